import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Redactor
} from "./chunk-YI5LMORW.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import {
  VERSION
} from "./chunk-YZTESDR2.js";
import {
  parseArgs
} from "./chunk-TCHIGGQM.js";
import {
  SpecError,
  UserError
} from "./chunk-GF2GQFVC.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";

// src/cli/commands.ts
var COMMANDS = {
  validate: {
    usage: "validate --spec FILE",
    summary: "check a spec offline: schema, expressions, references",
    load: async () => (await import("./validate-VW2RZUPA.js")).validateCommand
  },
  plan: {
    usage: "plan --spec FILE [--org-url URL] [--format F] [--out FILE]",
    summary: "read Okta, compare it with the spec, report drift",
    load: async () => (await import("./plan-ORLIHM3W.js")).planCommand,
    readsTenant: true
  },
  apply: {
    usage: "apply --spec FILE [--plan-hash H] [--prune] [--dry-run]",
    summary: "make Okta match the spec (re-reads Okta first)",
    load: async () => (await import("./apply-ZZ4P6REV.js")).applyCommand,
    readsTenant: true
  },
  smoke: {
    usage: "smoke --spec FILE [--test NAME]",
    summary: "get real tokens, verify them, check the groups claim",
    load: async () => (await import("./smoke-4CWYZ4I4.js")).smokeCommand
  },
  import: {
    usage: "import (--app A | --auth-server S | --all)... [--out FILE | --merge FILE]",
    summary: "write a spec of what Okta has now: adoption's first step",
    load: async () => (await import("./import-U2D2PWOK.js")).importCommand,
    readsTenant: true
  },
  rules: {
    usage: "rules",
    summary: "list the claim lint rules: IDs, severity, why, fix",
    load: async () => (await import("./rules-4NM5KAR4.js")).rulesCommand
  },
  schema: {
    usage: "schema [--plan]",
    summary: "print the spec's JSON Schema (for editors), or with --plan the JSON report's",
    load: async () => (await import("./schema-VNWYWMZS.js")).schemaCommand
  },
  emulator: {
    usage: "emulator --tenant FILE [--port N] [--api-token TOKEN]",
    summary: "serve an embedded Okta tenant on 127.0.0.1 (for the demo and tests)",
    load: async () => (await import("./emulator-AIZKYGEJ.js")).emulatorCommand
  },
  demo: {
    usage: "demo",
    summary: "run plan on the example spec against the embedded tenant",
    load: async () => (await import("./demo-FIQ6CYFH.js")).demoCommand
  }
};

// src/cli/run.ts
var USAGE = `okta-drift ${VERSION}: keeps an Okta tenant's groups claims honest

Usage: okta-drift <command> [options]

Commands:
${Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`).join("\n")}

Run okta-drift <command> --help for a command's options.
Exit codes: 0 ok, 1 error, 2 drift found (plan) or a smoke test failed (smoke).`;
function optionProblem(args, message) {
  const flag = args.find((a) => /^--(api-token|token|okta-api-token|private-key|client-secret)(=|$)/.test(a));
  if (flag)
    return `${flag.split("=")[0]} is not an option: secrets are never flags (they would show in process lists and shell history); set OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY`;
  return message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
}
async function runCli(argv, given) {
  const secrets = new Redactor();
  for (const [name2, value] of Object.entries(given.env))
    if (/^OKTA_(API_TOKEN|PRIVATE_KEY)(_[A-Z0-9_]+)?$/.test(name2)) secrets.add(value);
  const redacting = (out) => ({
    write: (text) => out.write(secrets.redact(String(text))),
    ...out.isTTY === void 0 ? {} : { isTTY: out.isTTY }
  });
  const io = { ...given, stdout: redacting(given.stdout), stderr: redacting(given.stderr), secrets };
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${USAGE}
`);
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version") {
    io.stdout.write(`${VERSION}
`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!entry) {
    io.stderr.write(`okta-drift: unknown command "${name}"

${USAGE}
`);
    return EXIT.error;
  }
  const command = await entry.load();
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean" } },
      strict: true
    }));
  } catch (error) {
    io.stderr.write(
      `okta-drift ${name}: ${optionProblem(rest, error.message)}; see okta-drift ${name} --help
`
    );
    return EXIT.error;
  }
  if (values.help) {
    io.stdout.write(`${command.help}
`);
    return EXIT.ok;
  }
  given.loaded?.({ readsTenant: entry.readsTenant === true });
  try {
    return await command.run(values, io);
  } catch (error) {
    if (error instanceof SpecError || error instanceof UserError) {
      io.stderr.write(`okta-drift ${name}: ${error.message}
`);
      return EXIT.error;
    }
    throw error;
  }
}
export {
  runCli
};
