import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-K6KRZFWD.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-ES34P6XS.js";
import "./chunk-XBAC2AGD.js";
import "./chunk-TXMXXF5B.js";
import "./chunk-PWPJKWIQ.js";
import "./chunk-JUN4JGFW.js";
import "./chunk-EXXBH4HD.js";
import "./chunk-N34YMQNN.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-A6RFARTR.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
