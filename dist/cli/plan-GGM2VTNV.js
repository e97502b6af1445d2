import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-C5UPML73.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-BWXGK4YY.js";
import "./chunk-JMQYM5OC.js";
import "./chunk-5GUVVWZD.js";
import "./chunk-KLSYZ7W3.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-34XURY7B.js";
import "./chunk-7YQFARGX.js";
import "./chunk-YI5LMORW.js";
import "./chunk-4MP7JDIM.js";
import "./chunk-V5XYLBEL.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-YZTESDR2.js";
import "./chunk-RQZC4SAM.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-TB6QAKHI.js";
export {
  planCommand
};
