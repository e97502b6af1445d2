import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-ZSAEGK43.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-HU4VYIQV.js";
import "./chunk-4GK3BUYN.js";
import "./chunk-AR7TMNMF.js";
import "./chunk-PWPJKWIQ.js";
import "./chunk-JUN4JGFW.js";
import "./chunk-RHAJ7U3Q.js";
import "./chunk-N34YMQNN.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-A6RFARTR.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
