import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";

/** The built CLI, as users run it. */
export const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");

/** dist/cli.js as a process, with `hook` (JavaScript) preloaded: its exit code and output. */
export async function runBuilt(
  args: string[],
  env: Record<string, string> = {},
  hook?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const preload = hook === undefined ? [] : ["--import", `data:text/javascript,${encodeURIComponent(hook)}`];
  const child = spawn(process.execPath, [...preload, CLI, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}
