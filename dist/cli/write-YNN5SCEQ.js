import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SCHEMA_URL,
  STRINGIFY,
  TOP_KEYS,
  appNode,
  keyOf,
  orgIdNode,
  serverNode,
  writeSpec
} from "./chunk-53SJ464E.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";
export {
  SCHEMA_URL,
  STRINGIFY,
  TOP_KEYS,
  appNode,
  keyOf,
  orgIdNode,
  serverNode,
  writeSpec
};
