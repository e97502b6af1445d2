import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export {
  printable
};
