// npm run local-action: the Action's run() through @github/local-action (as
// actions/typescript-action does), against the embedded Okta tenant of examples/, started
// here on port 18081 and stopped afterwards. Inputs come from .env, else .env.example.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const env = existsSync(".env") ? ".env" : ".env.example";
const emulator = spawn(
  process.execPath,
  [
    "dist/cli.js",
    "emulator",
    "--tenant",
    "examples/tenant.yml",
    "--port",
    "18081",
    "--api-token",
    "demo-api-token",
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
await new Promise((resolve, reject) => {
  emulator.stdout.on("data", (chunk) => String(chunk).includes("listening on") && resolve());
  emulator.once("exit", (code) => reject(new Error(`the embedded tenant did not start (exit ${code})`)));
});
// The job summary goes to a file, as on a runner.
const summary = join(mkdtempSync(join(tmpdir(), "okta-drift-local-action-")), "summary.md");
writeFileSync(summary, "");
const action = spawn("npx", ["local-action", "run", ".", "src/action/main.ts", env], {
  stdio: "inherit",
  env: { ...process.env, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: dirname(summary) },
});
const [code] = await once(action, "exit");
emulator.kill("SIGTERM");
console.log(`\njob summary: ${summary}`);
process.exitCode = code ?? 1;
