// Preloaded into the okta-drift process the benchmark measures: on exit, writes the process's
// peak resident memory (KB, from the kernel's accounting) to BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
