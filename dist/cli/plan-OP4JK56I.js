import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-J5DV3DO3.js";
import "./chunk-ECYO66WB.js";
import "./chunk-XBAC2AGD.js";
import "./chunk-4B2NKQRZ.js";
import "./chunk-JUN4JGFW.js";
import "./chunk-XNFU5P34.js";
import "./chunk-E23DGZL2.js";
import "./chunk-PWPJKWIQ.js";
import "./chunk-TPODL7HV.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-7HFIG22D.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
