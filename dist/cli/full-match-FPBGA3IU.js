import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fullMatch
} from "./chunk-5JF7ROVM.js";
import "./chunk-TB6QAKHI.js";
export {
  fullMatch
};
