import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-66WPSDSS.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-36FHSS6G.js";
import "./chunk-YQEBW2JE.js";
import "./chunk-K2YNDMM2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-7FXFSJOK.js";
import "./chunk-SIJDX7IU.js";
import "./chunk-XHWGXLTU.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-R2372K3V.js";
import "./chunk-7RNHUJ4C.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
