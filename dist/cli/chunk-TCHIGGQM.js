import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// builtin-by-require:util
import { createRequire } from "node:module";
var m = createRequire(import.meta.url)("node:util");
var { inspect, isDeepStrictEqual, parseArgs, promisify, types } = m;

export {
  inspect,
  isDeepStrictEqual,
  parseArgs,
  promisify,
  types
};
