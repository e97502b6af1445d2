import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// builtin-by-require:http
import { createRequire } from "node:module";
var m = createRequire(import.meta.url)("node:http");
var http_default = m;
var { Agent, ServerResponse, createServer, request, get, validateHeaderName, validateHeaderValue } = m;

export {
  http_default,
  Agent,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue
};
