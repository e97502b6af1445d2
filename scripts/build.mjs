// Bundles the Action and the CLI into dist/ (committed, as every JavaScript action's is).
// `node scripts/build.mjs --check` builds into a temporary folder and fails when dist/ differs.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const ENTRIES = { index: "src/action/index.ts", cli: "src/cli/main.ts" };

async function bundle(outdir) {
  await build({
    entryPoints: ENTRIES,
    outdir,
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
  });
}

async function check() {
  const fresh = await mkdtemp(join(tmpdir(), "okta-drift-dist-"));
  try {
    await bundle(fresh);
    const names = (await readdir(fresh)).sort();
    const stale = [];
    for (const name of names) {
      const built = await readFile(join(fresh, name));
      const committed = await readFile(join("dist", name)).catch(() => undefined);
      if (!committed || !built.equals(committed)) stale.push(name);
    }
    const extra = (await readdir("dist").catch(() => [])).filter((n) => !names.includes(n));
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
else await bundle("dist");
