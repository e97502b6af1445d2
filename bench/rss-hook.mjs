// Preloaded into the okta-drift process the benchmark measures: on exit, writes the process's
// peak resident memory (KB, from the kernel's accounting) to BENCH_RSS_FILE. node:fs comes
// from getBuiltinModule: an ESM import of it would load node:fs/promises (~4 ms) into every
// measured process, node -e 0 included.
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE)
    process
      .getBuiltinModule("node:fs")
      .writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
