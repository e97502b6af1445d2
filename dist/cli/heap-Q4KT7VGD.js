import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-TB6QAKHI.js";

// src/cli/heap.ts
import { createRequire } from "node:module";
function keepYoungGenerationSmall() {
  void globalThis.ReadableStream;
  const v8 = createRequire(import.meta.url)("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}
export {
  keepYoungGenerationSmall
};
