import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { UserError } from "./errors.js";
import { type LoadedSpec, loadSpec, MAX_SPEC_BYTES } from "./spec/load.js";

/**
 * Reads and loads a spec file, refusing oversized files before reading them (both shells).
 * `file` is read from `base` when given (the Action's workspace) and named as written.
 */
export async function readSpecFile(file: string, base?: string): Promise<LoadedSpec> {
  const path = base === undefined ? file : resolve(base, file);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError(`cannot read the spec ${file}: no such file`);
  }
  if (size > MAX_SPEC_BYTES)
    throw new UserError(`${file}: the file is ${size} bytes; a spec may be at most ${MAX_SPEC_BYTES}`);
  return loadSpec(file, await readFile(path, "utf8"));
}
