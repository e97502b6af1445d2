import type { Command } from "./io.js";

/**
 * The commands, each loaded only when it runs: `validate` never loads the HTTP client, jose or
 * the embedded tenant, and a cold start pays for what the command uses (see the bench).
 */
export interface CommandEntry {
  usage: string;
  summary: string;
  load: () => Promise<Command>;
  /** Reads a tenant in bulk (plan, apply, import): its process keeps a small young generation (heap.ts). */
  readsTenant?: true;
}

export const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    usage: "validate --spec FILE",
    summary: "check a spec offline: schema, expressions, references",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  plan: {
    usage: "plan --spec FILE [--org-url URL] [--format F] [--out FILE]",
    summary: "read Okta, compare it with the spec, report drift",
    load: async () => (await import("./plan.js")).planCommand,
    readsTenant: true,
  },
  apply: {
    usage: "apply --spec FILE [--plan-hash H] [--prune] [--dry-run]",
    summary: "make Okta match the spec (re-reads Okta first)",
    load: async () => (await import("./apply.js")).applyCommand,
    readsTenant: true,
  },
  smoke: {
    usage: "smoke --spec FILE [--test NAME]",
    summary: "get real tokens, verify them, check the groups claim",
    load: async () => (await import("./smoke.js")).smokeCommand,
  },
  import: {
    usage: "import (--app A | --auth-server S | --all)... [--out FILE | --merge FILE]",
    summary: "write a spec of what Okta has now: adoption's first step",
    load: async () => (await import("./import.js")).importCommand,
    readsTenant: true,
  },
  rules: {
    usage: "rules",
    summary: "list the claim lint rules: IDs, severity, why, fix",
    load: async () => (await import("./rules.js")).rulesCommand,
  },
  schema: {
    usage: "schema [--plan]",
    summary: "print the spec's JSON Schema (for editors), or with --plan the JSON report's",
    load: async () => (await import("./schema.js")).schemaCommand,
  },
  emulator: {
    usage: "emulator --tenant FILE [--port N] [--api-token TOKEN]",
    summary: "serve an embedded Okta tenant on 127.0.0.1 (for the demo and tests)",
    load: async () => (await import("./emulator.js")).emulatorCommand,
  },
  demo: {
    usage: "demo",
    summary: "run plan on the example spec against the embedded tenant",
    load: async () => (await import("./demo.js")).demoCommand,
  },
};
