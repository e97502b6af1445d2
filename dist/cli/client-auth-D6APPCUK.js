import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clientAuthentication
} from "./chunk-MZ6QPZLZ.js";
import "./chunk-6ZC5OVBB.js";
import "./chunk-H4BAEU2E.js";
import "./chunk-TB6QAKHI.js";
export {
  clientAuthentication
};
