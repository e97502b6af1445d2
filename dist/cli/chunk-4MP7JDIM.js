import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, error: 1, drift: 2 };

export {
  EXIT
};
