// Bundles the Action and the CLI into dist/ (committed, as every JavaScript action's is).
// `node scripts/build.mjs --check` builds into a temporary folder and fails when dist/ differs.

import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, transform } from "esbuild";

/** The CLI's commands (src/cli/commands.ts): each `src/cli/<name>.ts` exports `<name>Command`. */
const COMMANDS = ["validate", "plan", "apply", "smoke", "import", "rules", "schema", "emulator", "demo"];

/** What a command bundle's function is called with (src/cli/code-cache.ts passes them). */
const BUNDLE_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname", "__bundleUrl"];

/**
 * The Action is one file. The CLI is dist/cli.js, which chooses the command, and one bundle
 * per command, dist/cli/<name>.js, holding everything that command can run: a cold start
 * loads two files (a split into shared chunks loaded ~25 for a plan, ~1 ms each), and
 * `validate` still never loads got, jose or the embedded tenant. Code a command needs only
 * sometimes (smoke's tokens, a service app's signing, RE2, writing YAML) is in its bundle but
 * runs only when first used.
 */
const BUILDS = [
  { entryPoints: { index: "src/action/index.ts" } },
  {
    entryPoints: Object.fromEntries(COMMANDS.map((name) => [`cli/${name}`, `okta-drift-command:${name}`])),
    plugins: [commandEntries()],
    // A script, not a module: dist/cli.js compiles each with node:vm so that V8's code cache of
    // it can be made after it has run (src/cli/code-cache.ts). The file is one function, which
    // the loader calls with CommonJS's arguments and the bundle's URL; wrapped here, not by the
    // loader, so positions in the file are positions in the script (stack traces, coverage).
    format: "cjs",
    // ASCII only (other characters escaped), so the loader reads it as latin1: ~5 ms less than
    // decoding 1.4 MB of UTF-8, and a one-byte string for V8. bundle() checks it.
    charset: "ascii",
    banner: { js: `(function (${BUNDLE_PARAMETERS.join(", ")}) {` },
    footer: { js: "})" },
    define: { "import.meta.url": "__bundleUrl" },
  },
  // Last: it is told each command bundle's hash, which names the bundle's code cache.
  { entryPoints: { cli: "src/cli/main.ts" }, defineBundleHashes: true },
];

/** Each command bundle's entry: runCommand (run-command.ts) over that command. */
function commandEntries() {
  return {
    name: "command-entries",
    setup(build) {
      build.onResolve({ filter: /^okta-drift-command:/ }, (args) => ({
        path: args.path.slice("okta-drift-command:".length),
        namespace: "okta-drift-command",
      }));
      build.onLoad({ filter: /.*/, namespace: "okta-drift-command" }, ({ path: name }) => ({
        contents: [
          'import { runCommand } from "./run-command.ts";',
          `import { ${name}Command as command } from "./${name}.ts";`,
          `export const run = (args, io) => runCommand(${JSON.stringify(name)}, command, args, io);`,
        ].join("\n"),
        resolveDir: join(process.cwd(), "src", "cli"),
        loader: "js",
      }));
    },
  };
}

async function bundle(outdir) {
  const inputs = {};
  const bundleHashes = {};
  for (const { defineBundleHashes, ...entry } of BUILDS) {
    const { metafile } = await build({
      ...COMMON,
      ...entry,
      plugins: [...COMMON.plugins, ...(entry.plugins ?? [])],
      ...(defineBundleHashes ? { define: { OKTA_DRIFT_BUNDLE_HASHES: JSON.stringify(bundleHashes) } } : {}),
      outdir,
    });
    for (const output of Object.keys(metafile.outputs)) {
      const command = /[\\/]cli[\\/]([a-z]+)\.js$/.exec(output)?.[1];
      if (!command) continue;
      const ascii = await asciiComments(output, await readFile(output, "utf8"));
      await writeFile(output, ascii);
      bundleHashes[command] = createHash("sha256").update(ascii).digest("hex").slice(0, 16);
    }
    Object.assign(inputs, metafile.inputs);
    // A package's namespace import of a name a shim above does not export becomes `(void 0)`,
    // silently (esbuild does not warn inside node_modules): a call of it fails the build here.
    for (const output of Object.keys(metafile.outputs))
      if ((await readFile(output, "utf8")).includes("(void 0)("))
        throw new Error(
          `${output}: calls an import that is undefined (a shim in scripts/build.mjs lacks a name)`,
        );
  }
  await writeFile(join(outdir, "licenses.txt"), await thirdPartyLicenses({ inputs }));
}

/**
 * `code` with the characters past ASCII that esbuild leaves in comments (it escapes them
 * everywhere else under charset "ascii") written as \u{…}: src/cli/code-cache.ts reads a
 * command bundle as latin1. Fails unless only comments changed: with comments and whitespace
 * dropped, the code before and after is the same.
 */
async function asciiComments(output, code) {
  const ascii = code.replace(/[^\0-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
  const bare = async (text) => (await transform(text, { minifyWhitespace: true, charset: "ascii" })).code;
  if (ascii !== code && (await bare(ascii)) !== (await bare(code)))
    throw new Error(`${output}: characters past ASCII outside comments (the loader reads it as latin1)`);
  return ascii;
}

/**
 * node:http's ESM face costs a cold start ~23 ms and ~13 MB: building a module namespace reads
 * every export, and its WebSocket getters load undici, which no command uses (node:fs's
 * `promises` getter loads node:fs/promises: ~4 ms). require() reads none, so the bundles take
 * node:http (and the other builtins whose namespace costs measurably) through it. Each shim
 * lists the names the bundled code imports; a new one fails the build (a named import), or the
 * check in bundle() does (a package's namespace import).
 */
const BY_REQUIRE = {
  http: [
    "Agent",
    "ServerResponse",
    "createServer",
    "request",
    "get",
    "validateHeaderName",
    "validateHeaderValue",
  ],
  // Only okta-drift's own imports of node:fs (the packages' may read any export).
  fs: [
    "closeSync",
    "lstatSync",
    "mkdirSync",
    "openSync",
    "readdirSync",
    "readFileSync",
    "readSync",
    "renameSync",
    "rmSync",
    "statSync",
    "utimesSync",
    "writeFileSync",
  ],
  process: [],
  util: ["inspect", "isDeepStrictEqual", "parseArgs", "promisify", "types"],
};

const builtinsByRequire = {
  name: "builtins-by-require",
  setup(build) {
    const names = Object.keys(BY_REQUIRE).join("|");
    // Only imports: a bundled CommonJS require() already reads the builtin the cheap way.
    build.onResolve({ filter: new RegExp(`^(node:)?(${names})$`) }, (args) => {
      const path = args.path.replace(/^node:/, "");
      const ours = !/[\\/]node_modules[\\/]/.test(args.importer);
      return args.kind === "import-statement" && (path !== "fs" || ours)
        ? { path, namespace: "builtin-by-require" }
        : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: "builtin-by-require" }, ({ path }) => ({
      contents: [
        'import { createRequire } from "node:module";',
        `const m = createRequire(import.meta.url)("node:${path}");`,
        "export default m;",
        BY_REQUIRE[path].length > 0 ? `export const { ${BY_REQUIRE[path].join(", ")} } = m;` : "",
      ].join("\n"),
      loader: "js",
    }));
  },
};

/**
 * @sindresorhus/is (got's) makes two Intl.ListFormat objects as it loads, for its error
 * messages. A process's first Intl object loads ICU's data: ~25 ms of every cold command that
 * talks to Okta, for messages that are never shown. They are made on first use instead; a
 * version of the package without those two lines fails the build, so the rewrite never rots.
 */
const EAGER_LIST_FORMAT = /const (andFormatter|orFormatter) = new Intl\.ListFormat\(([^;]*)\);/g;
const listFormatOnFirstUse = {
  name: "list-format-on-first-use",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]@sindresorhus[\\/]is[\\/]distribution[\\/]index\.js$/ },
      async ({ path }) => {
        const source = await readFile(path, "utf8");
        const found = source.match(EAGER_LIST_FORMAT) ?? [];
        if (found.length !== 2)
          throw new Error(
            `${path}: expected its two eager Intl.ListFormat lines, found ${found.length}; update scripts/build.mjs`,
          );
        const contents = source.replace(
          EAGER_LIST_FORMAT,
          (_, name, args) =>
            `let ${name}Made; const ${name} = { format: (list) => (${name}Made ??= new Intl.ListFormat(${args})).format(list) };`,
        );
        return { contents, loader: "js" };
      },
    );
  },
};

/**
 * The yaml package is the full parser: it reads a spec js-yaml refuses (to say what is wrong,
 * and where) and places fields js-yaml's events cannot. A valid spec never needs it, but its
 * modules ran at every start (~5-9 ms of a cold validate or plan). src/spec/source.ts takes
 * what it uses of yaml from this module instead, which loads yaml the first time it is called
 * (esbuild bundles the require() and runs yaml's code only then). Any other name fails the build.
 */
const YAML_ON_FIRST_USE = ["isMap", "isPair", "isScalar", "isSeq", "parseDocument"];
const yamlOnFirstUse = {
  name: "yaml-on-first-use",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      /[\\/]src[\\/]spec[\\/]source\.ts$/.test(args.importer)
        ? { path: "yaml", namespace: "yaml-on-first-use", pluginData: { resolveDir: args.resolveDir } }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "yaml-on-first-use" }, ({ pluginData }) => ({
      contents: [
        "let yaml;",
        'const load = () => (yaml ??= require("yaml"));',
        ...YAML_ON_FIRST_USE.map((name) => `export const ${name} = (...args) => load().${name}(...args);`),
        "export class LineCounter { constructor() { return new (load().LineCounter)(); } }",
      ].join("\n"),
      resolveDir: pluginData.resolveDir,
      loader: "js",
    }));
  },
};

/**
 * got imports node:http2 for its HTTP/2 client, which okta-drift never turns on, and loading
 * it costs a cold start ~6 ms (it loads node:fs/promises too). got's imports of it are served
 * by a module that loads node:http2 on first use. The constants got reads as it loads are
 * HTTP/2's own (RFC 9113, nghttp2), copied from node:http2 when dist/ is built; any other name
 * is read from node:http2 itself.
 */
const http2OnFirstUse = {
  name: "http2-on-first-use",
  setup(build) {
    build.onResolve({ filter: /^(node:)?http2$/ }, (args) =>
      args.kind === "import-statement" ? { path: "http2", namespace: "http2-on-first-use" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "http2-on-first-use" }, async () => {
      const { constants } = await import("node:http2");
      return {
        contents: [
          'import { createRequire } from "node:module";',
          "let http2;",
          'const load = () => (http2 ??= createRequire(import.meta.url)("node:http2"));',
          `const known = ${JSON.stringify(constants)};`,
          "export const constants = new Proxy(known, { get: (t, k) => (Object.hasOwn(t, k) ? t[k] : load().constants[k]) });",
          "export const connect = (...args) => load().connect(...args);",
          "export class Http2ServerResponse {",
          "  static [Symbol.hasInstance](value) { return typeof value === 'object' && value !== null && value instanceof load().Http2ServerResponse; }",
          "}",
          "export default new Proxy({ constants, connect, Http2ServerResponse }, { get: (t, k) => (Object.hasOwn(t, k) ? t[k] : load()[k]) });",
        ].join("\n"),
        loader: "js",
      };
    });
  },
};

const COMMON = {
  plugins: [builtinsByRequire, listFormatOnFirstUse, yamlOnFirstUse, http2OnFirstUse],
  metafile: true,
  bundle: true,
  platform: "node",
  target: "node24",
  format: "esm",
  legalComments: "none",
  charset: "utf8",
  // Some dependencies still call require(); give ESM bundles one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
};

/**
 * The licenses of the packages dist/ bundles (esbuild drops their legal comments): one entry
 * per package, sorted, with its license file's text, as licensed-style actions ship them.
 */
async function thirdPartyLicenses(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match) continue;
    const dir = input.slice(0, match.index + match[0].length);
    packages.set(dir, match[1]);
  }
  const entries = [];
  for (const [dir, name] of packages) {
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const files = (await readdir(dir)).filter((f) => /^(licen[sc]e|copying)/i.test(f)).sort();
    const text =
      files.length > 0
        ? await readFile(join(dir, files[0]), "utf8")
        : `${manifest.license ?? "UNKNOWN"} (no license file in the package)`;
    entries.push({
      key: `${name}@${manifest.version}`,
      text: `${name}@${manifest.version}\n${manifest.license ?? ""}\n\n${text.trim()}\n`,
    });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const unique = [...new Map(entries.map((e) => [e.key, e.text])).values()];
  return `Third-party software bundled in dist/ (index.js, cli.js), with its licenses.\n\n${unique.join("\n-----\n\n")}`;
}

async function check() {
  const fresh = await mkdtemp(join(tmpdir(), "okta-drift-dist-"));
  try {
    await bundle(fresh);
    const names = (await readdir(fresh, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(fresh.length + 1))
      .sort();
    const stale = [];
    for (const name of names) {
      const built = await readFile(join(fresh, name));
      const committed = await readFile(join("dist", name)).catch(() => undefined);
      if (!committed || !built.equals(committed)) stale.push(name);
    }
    const extra = (await readdir("dist", { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice("dist/".length))
      .filter((n) => !names.includes(n));
    if (stale.length || extra.length) {
      console.error(
        `dist/ is stale (${[...stale, ...extra].join(", ")}): run npm run build and commit dist/`,
      );
      process.exit(1);
    }
    console.log("dist/ is up to date");
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

if (process.argv.includes("--check")) await check();
else {
  // Chunk names carry content hashes: old chunks would linger beside the new ones.
  await rm("dist", { recursive: true, force: true });
  await bundle("dist");
}
