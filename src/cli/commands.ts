import { VERSION } from "../version.js";
import { type CliIo, EXIT } from "./io.js";

/**
 * The commands, by name: what `okta-drift --help` lists. Each command's code is loaded only
 * when it runs (run.ts in-process; the binary loads the command's own bundle, main.ts), so a
 * cold start pays for what the command uses: `validate` never loads the HTTP client, jose or
 * the embedded tenant (see the bench).
 */
export interface CommandInfo {
  usage: string;
  summary: string;
  /** Reads a tenant in bulk (plan, apply, import): its process keeps a small young generation (heap.ts). */
  readsTenant?: true;
}

export const COMMANDS = {
  validate: {
    usage: "validate --spec FILE",
    summary: "check a spec offline: schema, expressions, references",
  },
  plan: {
    usage: "plan --spec FILE [--org-url URL] [--format F] [--out FILE]",
    summary: "read Okta, compare it with the spec, report drift",
    readsTenant: true,
  },
  apply: {
    usage: "apply --spec FILE [--plan-hash H] [--prune] [--dry-run]",
    summary: "make Okta match the spec (re-reads Okta first)",
    readsTenant: true,
  },
  smoke: {
    usage: "smoke --spec FILE [--test NAME]",
    summary: "get real tokens, verify them, check the groups claim",
  },
  import: {
    usage: "import (--app A | --auth-server S | --all)... [--out FILE | --merge FILE]",
    summary: "write a spec of what Okta has now: adoption's first step",
    readsTenant: true,
  },
  rules: {
    usage: "rules",
    summary: "list the claim lint rules: IDs, severity, why, fix",
  },
  schema: {
    usage: "schema [--plan]",
    summary: "print the spec's JSON Schema (for editors), or with --plan the JSON report's",
  },
  emulator: {
    usage: "emulator --tenant FILE [--port N] [--api-token TOKEN]",
    summary: "serve an embedded Okta tenant on 127.0.0.1 (for the demo and tests)",
  },
  demo: {
    usage: "demo",
    summary: "run plan on the example spec against the embedded tenant",
  },
} satisfies Record<string, CommandInfo>;

export type CommandName = keyof typeof COMMANDS;

const USAGE = `okta-drift ${VERSION}: keeps an Okta tenant's groups claims honest

Usage: okta-drift <command> [options]

Commands:
${Object.values(COMMANDS as Record<string, CommandInfo>)
  .map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`)
  .join("\n")}

Run okta-drift <command> --help for a command's options.
Exit codes: 0 ok, 1 error, 2 drift found (plan) or a smoke test failed (smoke).`;

/**
 * The command an argv names and its arguments, or the exit code once the usage, the version
 * or an unknown command's error is printed. `io` should redact (redacting.ts): a mistyped
 * command is echoed.
 */
export function chooseCommand(
  argv: string[],
  io: CliIo,
): { name: CommandName; info: CommandInfo; rest: string[] } | number {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${USAGE}\n`);
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  if (name === "--version") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.stderr.write(`okta-drift: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT.error;
  }
  const known = name as CommandName;
  return { name: known, info: COMMANDS[known], rest };
}
