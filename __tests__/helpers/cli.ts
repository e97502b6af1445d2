import { PassThrough } from "node:stream";
import { runCli } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (the same code as the binary), capturing its output. */
export async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  stderr.on("data", (chunk) => {
    err += String(chunk);
  });
  const code = await runCli(args, { env, stdout, stderr });
  return { code, stdout: out, stderr: err };
}
