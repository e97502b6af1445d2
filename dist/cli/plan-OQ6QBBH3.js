import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-CNDG2WOU.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-O3F7PT4H.js";
import "./chunk-LORO36DP.js";
import "./chunk-K2YNDMM2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-QLQPHZ23.js";
import "./chunk-HBFCJPO4.js";
import "./chunk-XHWGXLTU.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-56R7XYNB.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
