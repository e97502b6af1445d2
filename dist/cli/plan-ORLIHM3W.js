import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-MWLEHYLR.js";
import "./chunk-7PITNFYO.js";
import "./chunk-FIOG37SW.js";
import "./chunk-JMQYM5OC.js";
import "./chunk-AE64PL6H.js";
import "./chunk-GVBA5SDU.js";
import "./chunk-OCDX2CVE.js";
import "./chunk-YI5LMORW.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import "./chunk-4MP7JDIM.js";
import "./chunk-EGRNYFG2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-RQZC4SAM.js";
import "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";
export {
  planCommand
};
