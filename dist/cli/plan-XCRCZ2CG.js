import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-GVIB2ACZ.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-7CYK76DR.js";
import "./chunk-45ISBNXN.js";
import "./chunk-LUYJ2I55.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VLRS7SL7.js";
import "./chunk-SIJDX7IU.js";
import "./chunk-GNKYNAV4.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-R2372K3V.js";
import "./chunk-7RNHUJ4C.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-6E7DBK6M.js";
export {
  planCommand
};
