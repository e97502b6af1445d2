import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-D6M4CG42.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-NICN4Z3G.js";
import "./chunk-QL5ISQCL.js";
import "./chunk-ZY4RL3VU.js";
import "./chunk-PWPJKWIQ.js";
import "./chunk-JUN4JGFW.js";
import "./chunk-2KN6GMW4.js";
import "./chunk-N34YMQNN.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-A6RFARTR.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
