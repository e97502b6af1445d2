import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-YGIYW4RR.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-GUQ6PEJT.js";
import "./chunk-HGC6DTXE.js";
import "./chunk-OXVHWBLZ.js";
import "./chunk-YZTESDR2.js";
import "./chunk-3HNHDIOT.js";
import "./chunk-JMNSJ2YB.js";
import "./chunk-EGVOP2ST.js";
import "./chunk-5LWC35LN.js";
import "./chunk-GNKYNAV4.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-4MP7JDIM.js";
import "./chunk-TB6QAKHI.js";
export {
  planCommand
};
