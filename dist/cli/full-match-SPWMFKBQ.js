import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fullMatch
} from "./chunk-RTBV4FTF.js";
import "./chunk-TB6QAKHI.js";
export {
  fullMatch
};
