import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-EILO3NLK.js";
import "./chunk-ECYO66WB.js";
import "./chunk-XBAC2AGD.js";
import "./chunk-X4STIPA6.js";
import "./chunk-JUN4JGFW.js";
import "./chunk-P6UB7FDP.js";
import "./chunk-E23DGZL2.js";
import "./chunk-PWPJKWIQ.js";
import "./chunk-LAQRLFMM.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-7HFIG22D.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
