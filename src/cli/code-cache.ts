import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, Script } from "node:vm";

export interface LoadedBundle<T> {
  exports: T;
  /** Writes the cache when the load found none that V8 took (errors are ignored: it is a cache). */
  saveCodeCache(): void;
}

/**
 * Loads a command's bundle (dist/cli/<name>.js, a CommonJS script) with V8's code cache of it.
 *
 * Most of a cold command's compiling is of functions V8 compiles lazily, as they first run.
 * Node's own compile cache is made when a file is compiled, before any of them has, so it
 * holds little more than the top level. This cache is made after the command has run
 * (`saveCodeCache`), so the next run of it compiles almost nothing: a cold plan of the bench's
 * scenario L ~40 ms faster here, a validate ~20 ms.
 *
 * V8 refuses a cache made by another V8 or under other flags (the command then runs as if
 * there were none, and its cache is made again); the file's name carries the bundle's content
 * hash (given at build time), so a cache never meets another bundle of the same length. A
 * cache is code this process runs, so it is read only from a directory of this user's that no
 * one else can write. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does node's.
 *
 * `name` says which bundle it is, with its content hash (main.ts).
 */
export function loadBundle<T>(url: URL, name: string, env: NodeJS.ProcessEnv): LoadedBundle<T> {
  const file = fileURLToPath(url);
  const directory = cacheDirectory(env);
  const cacheFile =
    directory === undefined ? undefined : join(directory, `${name}-${process.version}-${process.arch}.cache`);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  // The file is one function expression (scripts/build.mjs wraps it), called below. It is
  // ASCII (the build checks), so latin1 reads it exactly, faster than UTF-8 decoding.
  const script = new Script(readFileSync(file, "latin1"), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const needsCache =
    cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  if (cacheFile !== undefined && cachedData !== undefined && !needsCache) markCacheUsed(cacheFile);
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), url.href);
  return {
    exports: module.exports,
    saveCodeCache() {
      if (!needsCache) return;
      const temporary = `${cacheFile}.${process.pid}`;
      try {
        // Written aside, then renamed: a run beside this one never reads half a cache.
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
        pruneCodeCaches(dirname(cacheFile), cacheFile);
      } catch {
        // A full or read-only disk costs the next run its cache, nothing more.
        rmSync(temporary, { force: true });
      }
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * Dates a cache V8 took to now, at most once a day (one stat a run, a write a day), so that
 * pruning, which goes by date, keeps the caches in use and removes those of installs gone.
 */
function markCacheUsed(file: string): void {
  const now = Date.now();
  try {
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime !== undefined && now - mtime > DAY_MS) utimesSync(file, now / 1000, now / 1000);
  } catch {
    // A read-only directory: the cache may be pruned early and made again, nothing more.
  }
}

/** How many caches of one command are kept: this install's and those of a few others. */
export const CACHES_KEPT = 3;

/**
 * Removes the least recently used caches of `kept`'s command beyond CACHES_KEPT (every upgrade
 * of okta-drift or node makes a new one, ~1 MB each; markCacheUsed dates those in use), and
 * writes left half done more than an hour ago (a run killed while writing). Called only after
 * a cache is written, so a run that reads one pays no more than markCacheUsed's stat.
 */
export function pruneCodeCaches(directory: string, kept: string): void {
  const command = basename(kept).split("-")[0];
  const now = Date.now();
  const caches: { file: string; mtime: number }[] = [];
  for (const entry of readdirSync(directory)) {
    if (!entry.startsWith(`${command}-`)) continue;
    const file = join(directory, entry);
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined || file === kept) continue;
    if (entry.endsWith(".cache")) caches.push({ file, mtime });
    else if (/\.cache\.\d+$/.test(entry) && now - mtime > 3_600_000) rmSync(file, { force: true });
  }
  caches.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of caches.slice(CACHES_KEPT - 1)) rmSync(file, { force: true });
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * This user's own cache directory (under NODE_COMPILE_CACHE if set, else the temp directory),
 * or none when it cannot be made or someone else could write it: a directory that is a link,
 * is another user's, or is writable by group or others is not used.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const directory = join(env.NODE_COMPILE_CACHE || tmpdir(), `okta-drift-${uid ?? "code"}-cache`);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = lstatSync(directory);
    if (!stat.isDirectory()) return undefined;
    // Windows has no owners or modes here; its temp directory is the user's own.
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}
