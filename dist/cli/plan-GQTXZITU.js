import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-5NZO3ONO.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-QKBUUIRY.js";
import "./chunk-VRAO6AGY.js";
import "./chunk-K2YNDMM2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-M6ND5HJX.js";
import "./chunk-B3ZZBVTF.js";
import "./chunk-XHWGXLTU.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-56R7XYNB.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
