(function (exports, require, module, __filename, __dirname, __bundleUrl) {
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// okta-drift-command:rules
var rules_exports = {};
__export(rules_exports, {
  run: () => run
});
module.exports = __toCommonJS(rules_exports);

// builtin-by-require:util
var import_node_module = require("node:module");
var m = (0, import_node_module.createRequire)(__bundleUrl)("node:util");
var { inspect, isDeepStrictEqual, parseArgs, promisify, types } = m;

// src/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

// src/errors.ts
function formatProblem(p) {
  return printable(`${p.file}:${p.line}:${p.col} ${p.field ? `${p.field}: ` : ""}${p.message}`);
}
var SpecError = class extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
  }
  problems;
  name = "SpecError";
};
var UserError = class extends Error {
  name = "UserError";
};

// src/cli/io.ts
var EXIT = { ok: 0, error: 1, drift: 2 };

// src/secret.ts
var Secret = class {
  #value;
  constructor(value) {
    this.#value = value;
  }
  reveal() {
    return this.#value;
  }
  toString() {
    return "***";
  }
  toJSON() {
    return "***";
  }
  [inspect.custom]() {
    return "Secret(***)";
  }
};
var Redactor = class {
  values = /* @__PURE__ */ new Set();
  add(value) {
    if (!value || value.length < 6) return;
    this.values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 16) this.values.add(line.trim());
    try {
      const jwk = JSON.parse(value);
      for (const member of ["d", "p", "q", "dp", "dq", "qi", "k"])
        if (typeof jwk[member] === "string" && jwk[member].length >= 8) this.values.add(jwk[member]);
    } catch {
    }
  }
  redact(text) {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length))
      out = out.replaceAll(value, "***");
    return out;
  }
};

// src/cli/redacting.ts
function redactingIo(given) {
  const secrets = new Redactor();
  for (const [name, value] of Object.entries(given.env))
    if (/^OKTA_(API_TOKEN|PRIVATE_KEY)(_[A-Z0-9_]+)?$/.test(name)) secrets.add(value);
  const redacting = (out) => ({
    write: (text) => out.write(secrets.redact(String(text))),
    ...out.isTTY === void 0 ? {} : { isTTY: out.isTTY }
  });
  return { ...given, stdout: redacting(given.stdout), stderr: redacting(given.stderr), secrets };
}

// src/cli/run-command.ts
function optionProblem(args, message) {
  const flag = args.find((a) => /^--(api-token|token|okta-api-token|private-key|client-secret)(=|$)/.test(a));
  if (flag)
    return `${flag.split("=")[0]} is not an option: secrets are never flags (they would show in process lists and shell history); set OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY`;
  return message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
}
async function runCommand(name, command, args, given) {
  const io = redactingIo(given);
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { ...command.options, help: { type: "boolean" } },
      strict: true
    }));
  } catch (error) {
    io.stderr.write(
      `okta-drift ${name}: ${optionProblem(args, error.message)}; see okta-drift ${name} --help
`
    );
    return EXIT.error;
  }
  if (values.help) {
    io.stdout.write(`${command.help}
`);
    return EXIT.ok;
  }
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

// src/lint/rules.ts
var RULES = {
  "allowlist-over-limit": {
    severity: "warning",
    tenant: false,
    why: "The allowlist has more groups than the getFilteredGroups limit of a claim that reads it: a user in more of them than the limit gets an error instead of a token.",
    fix: "Raise the claim's limit (at most 100), or split the allowlist."
  },
  "groups-claim-without-scopes": {
    severity: "warning",
    tenant: false,
    why: "An access-token groups claim without scopes is put in every access token the server issues, whatever was asked for.",
    fix: "Give the claim scopes, e.g. scopes: [groups]."
  },
  "smoke-expects-unlisted-group": {
    severity: "error",
    tenant: false,
    why: "A smoke test expects a group that the app's allowlist does not hold, so the claim can never carry it and the test can never pass.",
    fix: "Add the group to the allowlist, or correct the test's expectation."
  },
  "everyone-allowlisted": {
    severity: "warning",
    tenant: true,
    why: "The Everyone group is allowlisted: every user of the org carries it, so the allowlist filters nothing for it.",
    fix: "Allowlist the groups that should be in the token instead."
  },
  "group-not-found": {
    severity: "warning",
    tenant: true,
    why: "A group named by ID (in an allowlist or a pin) does not exist in Okta: it never matches, and a group created later with that ID cannot exist either.",
    fix: "Remove the ID, or replace it with the group that took its place."
  },
  "duplicate-group": {
    severity: "warning",
    tenant: true,
    why: "Two entries of one allowlist are the same group (a name and its ID, or two names pinned to one ID).",
    fix: "Keep one of the entries."
  },
  "profile-key-missing": {
    severity: "warning",
    tenant: true,
    why: "A claim reads app.profile.KEY, but an app on its server has no such key in Okta and the spec does not give it one: the claim is empty or fails for that app's tokens.",
    fix: "Give the app the key in the spec, or read a key the app has."
  },
  "token-size-budget": {
    severity: "warning",
    tenant: true,
    why: "At its limit the groups claim can hold more than the token-size budget (8 KB: the claim's limit, or the allowlist's size when smaller, times the longest allowlisted group name): large tokens break headers and cookies.",
    fix: "Lower the claim's limit, or allowlist fewer groups with long names."
  }
};
var RULE_IDS = Object.keys(RULES);
var TOKEN_SIZE_BUDGET = 8 * 1024;

// src/cli/rules.ts
var rulesCommand = {
  help: `Usage: okta-drift rules

Lists the claim lint rules: each one's ID (a spec item silences a rule with
lint: { ignore: [{ rule: ID, reason: ... }] }), its severity, why it matters and how to fix it.
"offline" rules run in validate; "tenant" rules need what plan reads from Okta.

Exit codes: 0.`,
  options: {},
  async run(_values, io) {
    for (const [id, rule] of Object.entries(RULES))
      io.stdout.write(
        `${id}  (${rule.severity}, ${rule.tenant ? "tenant" : "offline"})
  why: ${rule.why}
  fix: ${rule.fix}

`
      );
    return EXIT.ok;
  }
};

// okta-drift-command:rules
var run = (args, io) => runCommand("rules", rulesCommand, args, io);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
})
