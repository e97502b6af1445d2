import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-JQOVGBPY.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-4GK3BUYN.js";
import "./chunk-3JRV6DL4.js";
import "./chunk-K2YNDMM2.js";
import "./chunk-JUN4JGFW.js";
import "./chunk-KIXOIRZN.js";
import "./chunk-N34YMQNN.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-56R7XYNB.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
