import { closeSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { resolve } from "node:path";
import { UserError } from "./errors.js";
import { type LoadedSpec, loadSpec, MAX_SPEC_BYTES } from "./spec/load.js";

/** The spec file is not there (a shell may say where it should come from). */
export class SpecFileMissing extends UserError {}

/**
 * Reads and loads a spec file (both shells). Only a regular file is read (a directory, a
 * device such as /dev/zero or a FIFO is refused before it is opened), and never more than the
 * spec size limit, whatever `stat` said. `file` is read from `base` when given (the Action's
 * workspace) and named as written.
 */
export async function readSpecFile(file: string, base?: string): Promise<LoadedSpec> {
  const path = base === undefined ? file : resolve(base, file);
  // node:fs's synchronous calls: a spec is one small read before anything else runs, and
  // node:fs/promises costs a cold start ~3 ms to load.
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new SpecFileMissing(`cannot read the spec ${file}: no such file`);
  if (!info.isFile())
    throw new UserError(`cannot read the spec ${file}: it is ${kindOf(info)}, not a regular file`);
  if (info.size > MAX_SPEC_BYTES)
    throw new UserError(`${file}: the file is ${info.size} bytes; a spec may be at most ${MAX_SPEC_BYTES}`);
  let bytes: Buffer;
  try {
    bytes = readAtMost(path, MAX_SPEC_BYTES + 1);
  } catch (error) {
    throw new UserError(
      `cannot read the spec ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (bytes.length > MAX_SPEC_BYTES)
    throw new UserError(
      `${file}: the file is over ${MAX_SPEC_BYTES} bytes; a spec may be at most ${MAX_SPEC_BYTES}`,
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}: not UTF-8 text (a spec is UTF-8 YAML)`);
  }
  return loadSpec(file, text);
}

function readAtMost(path: string, limit: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, limit - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= limit) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}
