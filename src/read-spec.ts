import { readFile, stat } from "node:fs/promises";
import { UserError } from "./errors.js";
import { type LoadedSpec, loadSpec, MAX_SPEC_BYTES } from "./spec/load.js";

/** Reads and loads a spec file, refusing oversized files before reading them (both shells). */
export async function readSpecFile(file: string): Promise<LoadedSpec> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new UserError(`cannot read the spec ${file}: no such file`);
  }
  if (size > MAX_SPEC_BYTES)
    throw new UserError(`${file}: the file is ${size} bytes; a spec may be at most ${MAX_SPEC_BYTES}`);
  return loadSpec(file, await readFile(file, "utf8"));
}
