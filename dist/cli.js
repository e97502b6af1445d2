#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// <define:OKTA_DRIFT_BUNDLE_HASHES>
var define_OKTA_DRIFT_BUNDLE_HASHES_default = { validate: "b7935e812ce42a53", plan: "97f1baae0e11af93", apply: "bbe7e599e3df36bd", smoke: "ae1557b73900bad7", import: "a4bf8cbde8f5b6dc", rules: "70c10311607cc7f9", schema: "d1d4a4e90d8845e4", emulator: "a56282049a439099", demo: "1f413751afc0c01c" };

// builtin-by-require:fs
import { createRequire } from "node:module";
var m = createRequire(import.meta.url)("node:fs");
var { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } = m;

// src/cli/code-cache.ts
import { createRequire as createRequire2 } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, Script } from "node:vm";
function loadBundle(url, name, env) {
  const file = fileURLToPath(url);
  const directory = cacheDirectory(env);
  const cacheFile = directory === void 0 ? void 0 : join(directory, `${name}-${process.version}-${process.arch}.cache`);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : void 0;
  const script = new Script(readFileSync(file, "latin1"), {
    filename: file,
    ...cachedData ? { cachedData } : {},
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  const needsCache = cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true);
  if (cacheFile !== void 0 && cachedData !== void 0 && !needsCache) markCacheUsed(cacheFile);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire2(file), module, file, dirname(file), url.href);
  return {
    exports: module.exports,
    saveCodeCache() {
      if (!needsCache) return;
      const temporary = `${cacheFile}.${process.pid}`;
      try {
        writeFileSync(temporary, script.createCachedData(), { mode: 384 });
        renameSync(temporary, cacheFile);
        pruneCodeCaches(dirname(cacheFile), cacheFile);
      } catch {
        rmSync(temporary, { force: true });
      }
    }
  };
}
var DAY_MS = 864e5;
function markCacheUsed(file) {
  const now = Date.now();
  try {
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime !== void 0 && now - mtime > DAY_MS) utimesSync(file, now / 1e3, now / 1e3);
  } catch {
  }
}
var CACHES_KEPT = 3;
function pruneCodeCaches(directory, kept) {
  const command = basename(kept).split("-")[0];
  const now = Date.now();
  const caches = [];
  for (const entry of readdirSync(directory)) {
    if (!entry.startsWith(`${command}-`)) continue;
    const file = join(directory, entry);
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === void 0 || file === kept) continue;
    if (entry.endsWith(".cache")) caches.push({ file, mtime });
    else if (/\.cache\.\d+$/.test(entry) && now - mtime > 36e5) rmSync(file, { force: true });
  }
  caches.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of caches.slice(CACHES_KEPT - 1)) rmSync(file, { force: true });
}
function readIfPresent(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
function cacheDirectory(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const uid = process.getuid?.();
  const directory = join(env.NODE_COMPILE_CACHE || tmpdir(), `okta-drift-${uid ?? "code"}-cache`);
  try {
    mkdirSync(directory, { recursive: true, mode: 448 });
    const stat = lstatSync(directory);
    if (!stat.isDirectory()) return void 0;
    if (uid !== void 0 && (stat.uid !== uid || (stat.mode & 18) !== 0)) return void 0;
    return directory;
  } catch {
    return void 0;
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/io.ts
var EXIT = { ok: 0, error: 1, drift: 2 };

// src/cli/commands.ts
var COMMANDS = {
  validate: {
    usage: "validate --spec FILE",
    summary: "check a spec offline: schema, expressions, references"
  },
  plan: {
    usage: "plan --spec FILE [--org-url URL] [--format F] [--out FILE]",
    summary: "read Okta, compare it with the spec, report drift",
    readsTenant: true
  },
  apply: {
    usage: "apply --spec FILE [--plan-hash H] [--prune] [--dry-run]",
    summary: "make Okta match the spec (re-reads Okta first)",
    readsTenant: true
  },
  smoke: {
    usage: "smoke --spec FILE [--test NAME]",
    summary: "get real tokens, verify them, check the groups claim"
  },
  import: {
    usage: "import (--app A | --auth-server S | --all)... [--out FILE | --merge FILE]",
    summary: "write a spec of what Okta has now: adoption's first step",
    readsTenant: true
  },
  rules: {
    usage: "rules",
    summary: "list the claim lint rules: IDs, severity, why, fix"
  },
  schema: {
    usage: "schema [--plan]",
    summary: "print the spec's JSON Schema (for editors), or with --plan the JSON report's"
  },
  emulator: {
    usage: "emulator --tenant FILE [--port N] [--api-token TOKEN]",
    summary: "serve an embedded Okta tenant on 127.0.0.1 (for the demo and tests)"
  },
  demo: {
    usage: "demo",
    summary: "run plan on the example spec against the embedded tenant"
  }
};
var USAGE = `okta-drift ${VERSION}: keeps an Okta tenant's groups claims honest

Usage: okta-drift <command> [options]

Commands:
${Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`).join("\n")}

Run okta-drift <command> --help for a command's options.
Exit codes: 0 ok, 1 error, 2 drift found (plan) or a smoke test failed (smoke).`;
function chooseCommand(argv, io2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout.write(`${USAGE}
`);
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version") {
    io2.stdout.write(`${VERSION}
`);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io2.stderr.write(`okta-drift: unknown command "${name}"

${USAGE}
`);
    return EXIT.error;
  }
  const known = name;
  return { name: known, info: COMMANDS[known], rest };
}

// src/cli/heap.ts
import { createRequire as createRequire3 } from "node:module";
var BUILTINS_FIRST = [
  "crypto",
  "dns",
  "http",
  "https",
  "net",
  "os",
  "process",
  "stream",
  "stream/promises",
  "timers/promises",
  "tls",
  "zlib"
];
function keepYoungGenerationSmall() {
  const require2 = createRequire3(import.meta.url);
  for (const name of BUILTINS_FIRST) require2(`node:${name}`);
  void globalThis.ReadableStream;
  require2("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
}

// builtin-by-require:util
import { createRequire as createRequire4 } from "node:module";
var m2 = createRequire4(import.meta.url)("node:util");
var { inspect, isDeepStrictEqual, parseArgs, promisify, types } = m2;

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

// src/cli/main.ts
var EXIT_ON = { SIGINT: 130, SIGTERM: 143 };
var stopping;
for (const [signal, code] of Object.entries(EXIT_ON)) {
  process.on(signal, () => {
    const stop = stopping;
    stopping = void 0;
    if (stop) stop();
    else process.exit(code);
  });
}
var io = {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stopSignal: () => new Promise((resolve) => {
    stopping = resolve;
  })
};
var chosen = chooseCommand(process.argv.slice(2), redactingIo(io));
if (typeof chosen === "number") process.exitCode = chosen;
else {
  if (chosen.info.readsTenant) keepYoungGenerationSmall();
  const bundle = loadBundle(
    new URL(`./cli/${chosen.name}.js`, import.meta.url),
    `${chosen.name}-${define_OKTA_DRIFT_BUNDLE_HASHES_default[chosen.name]}`,
    process.env
  );
  const code = await bundle.exports.run(chosen.rest, io);
  process.exitCode = code;
  if ((code === EXIT.ok || code === EXIT.drift) && !chosen.rest.includes("--help")) bundle.saveCodeCache();
}
await Promise.all([process.stdout, process.stderr].map(drained));
process.exit();
function drained(stream) {
  return new Promise((resolve) => {
    stream.once("error", () => resolve());
    stream.write("", () => resolve());
  });
}
