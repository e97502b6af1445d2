import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-5ANCJYQR.js";
import "./chunk-U2FH5JXQ.js";
import "./chunk-MGVSJOTA.js";
import "./chunk-EAV4FJ6B.js";
import "./chunk-LOMSAFB3.js";
import "./chunk-LUYJ2I55.js";
import "./chunk-YZTESDR2.js";
import "./chunk-2Z7P67DA.js";
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
