import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  inspect
} from "./chunk-TCHIGGQM.js";

// src/secret.ts
var Secret = class {
  #value;
  constructor(value) {
    this.#value = value;
  }
  reveal() {
    return this.#value;
  }
  toString() {
    return "***";
  }
  toJSON() {
    return "***";
  }
  [inspect.custom]() {
    return "Secret(***)";
  }
};
var Redactor = class {
  values = /* @__PURE__ */ new Set();
  add(value) {
    if (!value || value.length < 6) return;
    this.values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 16) this.values.add(line.trim());
    try {
      const jwk = JSON.parse(value);
      for (const member of ["d", "p", "q", "dp", "dq", "qi", "k"])
        if (typeof jwk[member] === "string" && jwk[member].length >= 8) this.values.add(jwk[member]);
    } catch {
    }
  }
  redact(text) {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length))
      out = out.replaceAll(value, "***");
    return out;
  }
};

export {
  Secret,
  Redactor
};
