import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clientAuthentication
} from "./chunk-SRHLVVOD.js";
import "./chunk-GF2GQFVC.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-6ZC5OVBB.js";
import "./chunk-TB6QAKHI.js";
export {
  clientAuthentication
};
