import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-WRJSX6O7.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-NK4SSZC6.js";
import "./chunk-T63OZF3Q.js";
import "./chunk-OXVHWBLZ.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VJUHGWSK.js";
import "./chunk-JMNSJ2YB.js";
import "./chunk-LFSAG5KP.js";
import "./chunk-5LWC35LN.js";
import "./chunk-GNKYNAV4.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-4MP7JDIM.js";
import "./chunk-TB6QAKHI.js";
export {
  planCommand
};
