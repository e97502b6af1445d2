import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  filterKey,
  groupMatcher,
  liveFilter,
  searchPrefix,
  specFilter
} from "./chunk-JMQYM5OC.js";
import {
  allowlistReads,
  allowlistReadsOf,
  appsOnServer,
  chooseOrgs,
  credentialsFromEnv,
  groupNamesToResolve,
  isOktaOrLocalOrigin,
  lintSpec,
  lintTenant,
  orgUrlProblem,
  orgVariableSuffix,
  overLimitFindings,
  profileValue,
  specForOrg,
  usersCount
} from "./chunk-OCDX2CVE.js";
import {
  APP_ID,
  GROUP_ID_LIKE,
  SERVER_ID,
  checkExpression,
  formatPath,
  isGroupId,
  literalAllowlistEntries,
  parse
} from "./chunk-ITESICWW.js";
import {
  ACCEPT_ENCODING,
  AnswerTooLarge,
  AnswerUndecodable,
  CAPPED_READ,
  OAuthClient,
  OAuthError,
  RequestError,
  appLabelled,
  capDownload,
  decodeBody,
  redirectSummary,
  serverNamed,
  source_default
} from "./chunk-EGRNYFG2.js";
import {
  VERSION
} from "./chunk-YZTESDR2.js";
import {
  Agent
} from "./chunk-VVA3I4Z3.js";
import {
  PRECEDENCE,
  appProfileKeys,
  calleeName,
  propertyPath,
  transform,
  walk
} from "./chunk-RQZC4SAM.js";
import {
  SpecError,
  UserError
} from "./chunk-GF2GQFVC.js";
import {
  printable
} from "./chunk-YPXYFTOR.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TB6QAKHI.js";

// node_modules/http-link-header/lib/link.js
var require_link = __commonJS({
  "node_modules/http-link-header/lib/link.js"(exports, module) {
    "use strict";
    var COMPATIBLE_ENCODING_PATTERN = /^utf-?8|ascii|utf-?16-?le|ucs-?2|base-?64|latin-?1$/i;
    var WS_TRIM_PATTERN = /^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g;
    var WS_CHAR_PATTERN = /\s|\uFEFF|\xA0/;
    var WS_FOLD_PATTERN = /\r?\n[\x20\x09]+/g;
    var DELIMITER_PATTERN = /[;,"]/;
    var WS_DELIMITER_PATTERN = /[;,"]|\s/;
    var TOKEN_PATTERN = /^[!#$%&'*+\-\.^_`|~\da-zA-Z]+$/;
    var STATE = {
      IDLE: 1 << 0,
      URI: 1 << 1,
      ATTR: 1 << 2
    };
    function trim(value) {
      return value.replace(WS_TRIM_PATTERN, "");
    }
    function hasWhitespace(value) {
      return WS_CHAR_PATTERN.test(value);
    }
    function skipWhitespace(value, offset) {
      while (hasWhitespace(value[offset])) {
        offset++;
      }
      return offset;
    }
    function needsQuotes(value) {
      return WS_DELIMITER_PATTERN.test(value) || !TOKEN_PATTERN.test(value);
    }
    function shallowCompareObjects(object1, object2) {
      return Object.keys(object1).length === Object.keys(object2).length && Object.keys(object1).every(
        (key) => key in object2 && object1[key] === object2[key]
      );
    }
    var Link = class _Link {
      /**
       * Link
       * @constructor
       * @param {String} [value]
       * @returns {Link}
       */
      constructor(value) {
        this.refs = [];
        if (value) {
          this.parse(value);
        }
      }
      /**
       * Get refs with given relation type
       * @param {String} value
       * @returns {Array<Object>}
       */
      rel(value) {
        var links = [];
        var type = value.toLowerCase();
        for (var i = 0; i < this.refs.length; i++) {
          if (typeof this.refs[i].rel === "string" && this.refs[i].rel.toLowerCase() === type) {
            links.push(this.refs[i]);
          }
        }
        return links;
      }
      /**
       * Get refs where given attribute has a given value
       * @param {String} attr
       * @param {String} value
       * @returns {Array<Object>}
       */
      get(attr, value) {
        attr = attr.toLowerCase();
        value = value.toLowerCase();
        var links = [];
        for (var i = 0; i < this.refs.length; i++) {
          if (typeof this.refs[i][attr] === "string" && this.refs[i][attr].toLowerCase() === value) {
            links.push(this.refs[i]);
          }
        }
        return links;
      }
      /** Sets a reference. */
      set(link) {
        this.refs.push(link);
        return this;
      }
      /**
       * Sets a reference if a reference with similar properties isn’t already set.
       */
      setUnique(link) {
        if (!this.refs.some((ref) => shallowCompareObjects(ref, link))) {
          this.refs.push(link);
        }
        return this;
      }
      has(attr, value) {
        attr = attr.toLowerCase();
        value = value.toLowerCase();
        for (var i = 0; i < this.refs.length; i++) {
          if (typeof this.refs[i][attr] === "string" && this.refs[i][attr].toLowerCase() === value) {
            return true;
          }
        }
        return false;
      }
      parse(value, offset) {
        offset = offset || 0;
        value = offset ? value.slice(offset) : value;
        value = trim(value).replace(WS_FOLD_PATTERN, "");
        var state = STATE.IDLE;
        var length = value.length;
        var offset = 0;
        var ref = null;
        while (offset < length) {
          if (state === STATE.IDLE) {
            if (hasWhitespace(value[offset])) {
              offset++;
              continue;
            } else if (value[offset] === "<") {
              if (ref != null) {
                ref.rel != null ? this.refs.push(..._Link.expandRelations(ref)) : this.refs.push(ref);
              }
              var end = value.indexOf(">", offset);
              if (end === -1) throw new Error("Expected end of URI delimiter at offset " + offset);
              ref = { uri: value.slice(offset + 1, end) };
              offset = end;
              state = STATE.URI;
            } else {
              throw new Error('Unexpected character "' + value[offset] + '" at offset ' + offset);
            }
            offset++;
          } else if (state === STATE.URI) {
            if (hasWhitespace(value[offset])) {
              offset++;
              continue;
            } else if (value[offset] === ";") {
              state = STATE.ATTR;
              offset++;
            } else if (value[offset] === ",") {
              state = STATE.IDLE;
              offset++;
            } else {
              throw new Error('Unexpected character "' + value[offset] + '" at offset ' + offset);
            }
          } else if (state === STATE.ATTR) {
            if (value[offset] === ";" || hasWhitespace(value[offset])) {
              offset++;
              continue;
            }
            var end = value.indexOf("=", offset);
            if (end === -1) end = value.indexOf(";", offset);
            if (end === -1) end = value.length;
            var attr = trim(value.slice(offset, end)).toLowerCase();
            var attrValue = "";
            offset = end + 1;
            offset = skipWhitespace(value, offset);
            if (value[offset] === '"') {
              offset++;
              while (offset < length) {
                if (value[offset] === '"') {
                  offset++;
                  break;
                }
                if (value[offset] === "\\") {
                  offset++;
                }
                attrValue += value[offset];
                offset++;
              }
            } else {
              var end = offset + 1;
              while (!DELIMITER_PATTERN.test(value[end]) && end < length) {
                end++;
              }
              attrValue = value.slice(offset, end);
              offset = end;
            }
            if (ref[attr] && _Link.isSingleOccurenceAttr(attr)) {
            } else if (attr[attr.length - 1] === "*") {
              ref[attr] = _Link.parseExtendedValue(attrValue);
            } else {
              attrValue = attr === "type" ? attrValue.toLowerCase() : attrValue;
              if (ref[attr] != null) {
                if (Array.isArray(ref[attr])) {
                  ref[attr].push(attrValue);
                } else {
                  ref[attr] = [ref[attr], attrValue];
                }
              } else {
                ref[attr] = attrValue;
              }
            }
            switch (value[offset]) {
              case ",":
                state = STATE.IDLE;
                break;
              case ";":
                state = STATE.ATTR;
                break;
            }
            offset++;
          } else {
            throw new Error('Unknown parser state "' + state + '"');
          }
        }
        if (ref != null) {
          ref.rel != null ? this.refs.push(..._Link.expandRelations(ref)) : this.refs.push(ref);
        }
        ref = null;
        return this;
      }
      toString() {
        var refs = [];
        var link = "";
        var ref = null;
        for (var i = 0; i < this.refs.length; i++) {
          ref = this.refs[i];
          link = Object.keys(this.refs[i]).reduce(function(link2, attr) {
            if (attr === "uri") return link2;
            return link2 + "; " + _Link.formatAttribute(attr, ref[attr]);
          }, "<" + ref.uri + ">");
          refs.push(link);
        }
        return refs.join(", ");
      }
    };
    Link.isCompatibleEncoding = function(value) {
      return COMPATIBLE_ENCODING_PATTERN.test(value);
    };
    Link.parse = function(value, offset) {
      return new Link().parse(value, offset);
    };
    Link.isSingleOccurenceAttr = function(attr) {
      return attr === "rel" || attr === "type" || attr === "media" || attr === "title" || attr === "title*";
    };
    Link.isTokenAttr = function(attr) {
      return attr === "rel" || attr === "type" || attr === "anchor";
    };
    Link.escapeQuotes = function(value) {
      return value.replace(/"/g, '\\"');
    };
    Link.expandRelations = function(ref) {
      var rels = ref.rel.split(" ");
      return rels.map(function(rel) {
        var value = Object.assign({}, ref);
        value.rel = rel;
        return value;
      });
    };
    Link.parseExtendedValue = function(value) {
      var parts = /([^']+)?(?:'([^']*)')?(.+)/.exec(value);
      return {
        language: parts[2].toLowerCase(),
        encoding: Link.isCompatibleEncoding(parts[1]) ? null : parts[1].toLowerCase(),
        value: Link.isCompatibleEncoding(parts[1]) ? decodeURIComponent(parts[3]) : parts[3]
      };
    };
    Link.formatExtendedAttribute = function(attr, data) {
      var encoding = (data.encoding || "utf-8").toUpperCase();
      var language = data.language || "en";
      var encodedValue = "";
      if (typeof Buffer !== "undefined" && Buffer.isBuffer(data.value) && Link.isCompatibleEncoding(encoding)) {
        encodedValue = data.value.toString(encoding);
      } else if (typeof Buffer !== "undefined" && Buffer.isBuffer(data.value)) {
        encodedValue = data.value.toString("hex").replace(/[0-9a-f]{2}/gi, "%$1");
      } else {
        encodedValue = encodeURIComponent(data.value);
      }
      return attr + "=" + encoding + "'" + language + "'" + encodedValue;
    };
    Link.formatAttribute = function(attr, value) {
      if (Array.isArray(value)) {
        return value.map((item) => {
          return Link.formatAttribute(attr, item);
        }).join("; ");
      }
      if (attr[attr.length - 1] === "*" || typeof value !== "string") {
        return Link.formatExtendedAttribute(attr, value);
      }
      if (Link.isTokenAttr(attr)) {
        value = needsQuotes(value) ? '"' + Link.escapeQuotes(value) + '"' : Link.escapeQuotes(value);
      } else if (needsQuotes(value)) {
        value = encodeURIComponent(value);
        value = value.replace(/%20/g, " ").replace(/%2C/g, ",").replace(/%3B/g, ";");
        value = '"' + value + '"';
      }
      return attr + "=" + value;
    };
    module.exports = Link;
  }
});

// src/okta/batches.ts
var MAX_SEARCH_LENGTH = 3500;
function quote(value) {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}
function queryLength(value) {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) length += ASCII_LENGTH[c];
    else if (c < 2048) length += 6;
    else if (c >= 55296 && c <= 56319 && isLowSurrogate(value.charCodeAt(i + 1))) {
      length += 12;
      i++;
    } else length += 9;
  }
  return length;
}
var isLowSurrogate = (c) => c >= 56320 && c <= 57343;
var ASCII_LENGTH = Uint8Array.from(
  { length: 128 },
  (_, c) => /[A-Za-z0-9*\-._ ]/.test(String.fromCharCode(c)) ? 1 : 3
);
function searchBatches(items, term) {
  const separator = " or ";
  const separatorLength = queryLength(separator);
  const batches = [];
  for (const item of items) {
    const t = term(item);
    const length = queryLength(t);
    const current = batches.at(-1);
    if (current && current.length + separatorLength + length <= MAX_SEARCH_LENGTH) {
      current.items.push(item);
      current.terms.push(t);
      current.length += separatorLength + length;
    } else {
      batches.push({ items: [item], terms: [t], length });
    }
  }
  return batches.map((b) => ({ items: b.items, filter: b.terms.join(separator) }));
}

// src/okta/client.ts
import { Agent as HttpsAgent } from "node:https";
import { setImmediate as nextTurn, setTimeout as sleep2 } from "node:timers/promises";
var import_http_link_header = __toESM(require_link(), 1);

// src/okta/errors.ts
var OktaApiError = class extends UserError {
  /** Okta's words are kept printable (see printable.ts): they reach terminals and the Actions log. */
  constructor(method, path, status, errorCode, errorSummary, errorCauses = [], requestId = void 0) {
    const causes = errorCauses.map((c) => printable(String(c?.errorSummary ?? ""))).filter(Boolean);
    const code = errorCode === void 0 ? void 0 : printable(String(errorCode));
    const id2 = requestId === void 0 ? void 0 : printable(String(requestId));
    const summary = printable(String(errorSummary));
    super(
      [
        `${method} ${path}: ${status === void 0 ? "" : `${status} `}${code ? `${code} ` : ""}${summary}`,
        ...causes.map((c) => `  cause: ${c}`),
        ...id2 ? [`  X-Okta-Request-Id: ${id2}`] : []
      ].join("\n")
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.errorCode = code;
    this.errorSummary = summary;
    this.errorCauses = causes.map((c) => ({ errorSummary: c }));
    this.requestId = id2;
  }
  method;
  path;
  status;
  name = "OktaApiError";
  errorCode;
  errorSummary;
  errorCauses;
  requestId;
  /** True when the write may have happened although no answer came back. */
  get outcomeUnknown() {
    return this.status === void 0;
  }
};

// src/okta/rate-gate.ts
import { setTimeout as sleep } from "node:timers/promises";
function endpointFamily(path) {
  if (/^\/api\/v1\/apps\/?$/.test(path)) return "apps";
  if (/^\/api\/v1\/apps\/[^/]+\/?$/.test(path)) return "app";
  if (path.startsWith("/api/v1/apps/")) return "apps";
  if (/^\/api\/v1\/groups\/?$/.test(path)) return "groups";
  if (path.startsWith("/api/v1/groups/")) return "group";
  if (path.startsWith("/api/v1/users")) return "users";
  if (path.startsWith("/api/v1/authorizationServers")) return "authorizationServers";
  if (path.startsWith("/oauth2/")) return "oauth";
  return "other";
}
var PENDING = Number.POSITIVE_INFINITY;
var RateGate = class {
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  buckets = /* @__PURE__ */ new Map();
  /** Requests held back, for the statistics of a run. */
  waits = 0;
  async acquire(family) {
    for (; ; ) {
      const bucket = this.buckets.get(family);
      if (!bucket) {
        this.buckets.set(family, {
          limit: Number.POSITIVE_INFINITY,
          remaining: Number.POSITIVE_INFINITY,
          resetAt: 0,
          inFlight: 1
        });
        return;
      }
      if (this.now() >= bucket.resetAt) {
        bucket.remaining = bucket.limit;
        bucket.resetAt = PENDING;
      }
      if (bucket.remaining - bucket.inFlight > 0) {
        bucket.inFlight++;
        return;
      }
      this.waits++;
      const wait = bucket.resetAt === PENDING ? 25 : Math.max(10, bucket.resetAt - this.now());
      await sleep(wait);
    }
  }
  /** Records what a response said of its bucket. `serverNow` corrects for clock skew. */
  release(family, headers) {
    const bucket = this.buckets.get(family);
    if (!bucket) return;
    bucket.inFlight = Math.max(0, bucket.inFlight - 1);
    if (headers.limit === void 0 || headers.remaining === void 0 || headers.reset === void 0) return;
    const skew = headers.serverNow === void 0 ? 0 : this.now() - headers.serverNow;
    const resetAt = headers.reset * 1e3 + skew + 100;
    if (bucket.resetAt === PENDING || resetAt > bucket.resetAt + 1e3 || bucket.limit === Number.POSITIVE_INFINITY) {
      bucket.remaining = headers.remaining;
    } else {
      bucket.remaining = Math.min(bucket.remaining, headers.remaining);
    }
    bucket.limit = headers.limit;
    bucket.resetAt = bucket.resetAt === PENDING ? resetAt : Math.max(bucket.resetAt, resetAt);
  }
  /**
   * After a 429: nothing is left until the reset the 429 named. That is Okta's newest word on
   * this bucket, so it replaces what earlier answers said (a later window's reset would hold
   * the whole family back long after Okta takes requests again).
   */
  exhausted(family, resetAt) {
    const bucket = this.buckets.get(family);
    if (!bucket) return;
    bucket.remaining = 0;
    bucket.resetAt = resetAt;
  }
};

// src/okta/client.ts
var DEFAULT_CONCURRENCY = 50;
var MAX_LIST_PAGES = 2e3;
var MAX_LIST_ITEMS = 4e5;
function answerTooLarge(method, path) {
  return new OktaApiError(method, path, void 0, void 0, new AnswerTooLarge().message);
}
function decodedBody(method, path, raw, encoding) {
  try {
    return decodeBody(raw, encoding);
  } catch (error) {
    if (error instanceof AnswerTooLarge) throw answerTooLarge(method, path);
    if (error instanceof AnswerUndecodable)
      throw new OktaApiError(method, path, void 0, void 0, error.message);
    throw error;
  }
}
function pagingError(path, what) {
  return new OktaApiError(
    "GET",
    path,
    void 0,
    void 0,
    `Okta's list answered with ${what}; stopped reading it`
  );
}
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "PUT", "DELETE"]);
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([500, 502, 503, 504]);
function parseOrgUrl(raw) {
  const problem = orgUrlProblem(raw);
  if (problem) throw new UserError(problem);
  return new URL(new URL(raw).origin);
}
var OktaClient = class {
  constructor(settings) {
    this.settings = settings;
    this.maxConcurrency = settings.maxConcurrency ?? DEFAULT_CONCURRENCY;
    this.http = source_default.extend({
      prefixUrl: settings.orgUrl.origin,
      headers: {
        accept: "application/json",
        "accept-encoding": ACCEPT_ENCODING,
        "user-agent": `okta-drift/${VERSION} (+https://github.com/okta-drift/okta-drift) node/${process.versions.node}`
      },
      throwHttpErrors: false,
      // Retries are ours: got's rules do not know a 429's reset or which writes are safe.
      retry: { limit: 0 },
      timeout: { request: settings.requestTimeoutMs ?? 3e4 },
      // Connections of this client only: one org's pool, and none left warm by another client.
      agent: { http: new Agent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
      // Bodies are decompressed here, not by got, so that their decoded size is capped too.
      ...CAPPED_READ
    });
  }
  settings;
  http;
  gate = new RateGate();
  maxConcurrency;
  inFlight = 0;
  queue = [];
  stats = { requests: 0, byFamily: {}, retries: 0, rateLimited: 0, heldBack: 0 };
  get orgUrl() {
    return this.settings.orgUrl;
  }
  /** One resource: Okta's answer must be a JSON object. */
  async get(path, query) {
    return (await this.send("GET", path, { query, expect: "object" })).body;
  }
  /**
   * Every page of a list, following `Link: <...>; rel="next"` on the same origin. A next link
   * that repeats a page, or more pages or items than any real list has, stops with an error.
   */
  async getAll(path, query) {
    return (await this.getUpTo(path, query, Number.POSITIVE_INFINITY)).items;
  }
  /** The first `max` items of a list (pages read only as far as needed), and whether there are more. */
  async getUpTo(path, query, max) {
    const items = [];
    const visited = /* @__PURE__ */ new Set();
    let next = {
      path,
      ...query ? { query } : {}
    };
    while (next) {
      const page = await this.send("GET", next.path, {
        query: next.query,
        expect: "list"
      });
      items.push(...page.body);
      if (items.length >= max)
        return { items: items.slice(0, max), truncated: items.length > max || page.next !== void 0 };
      if (items.length > MAX_LIST_ITEMS || visited.size >= MAX_LIST_PAGES)
        throw pagingError(path, `more than ${MAX_LIST_PAGES} pages or ${MAX_LIST_ITEMS} items`);
      if (page.next) {
        const key = `${page.next.pathname}${page.next.search}`;
        if (visited.has(key) || key === `${path}?${new URLSearchParams(query).toString()}`)
          throw pagingError(path, "a next-page link that points back at a page already read");
        visited.add(key);
      }
      next = page.next ? { path: page.next.pathname, query: Object.fromEntries(page.next.searchParams) } : void 0;
    }
    return { items, truncated: false };
  }
  /**
   * Writes. `retry: false` turns off the automatic retry of an idempotent write after a 5xx or
   * a lost answer, for callers that first read whether the write happened (apply does). A 429
   * is always waited out and resent: Okta did not process it.
   */
  async put(path, body, options = {}) {
    return (await this.send("PUT", path, { body, retry: options.retry, expect: "object" })).body;
  }
  async post(path, body) {
    return (await this.send("POST", path, { body, expect: "object" })).body;
  }
  async delete(path, options = {}) {
    await this.send("DELETE", path, { retry: options.retry, expect: "nothing" });
  }
  async send(method, path, request) {
    const { query, body } = request;
    const retry = request.retry ?? true;
    const family = endpointFamily(path);
    const retryable = retry && IDEMPOTENT.has(method);
    let retries = 0;
    let waits429 = 0;
    let renewed = false;
    for (; ; ) {
      const heldBefore = this.gate.waits;
      await this.gate.acquire(family);
      this.stats.heldBack += this.gate.waits - heldBefore;
      await this.slot();
      this.stats.requests++;
      this.stats.byFamily[family] = (this.stats.byFamily[family] ?? 0) + 1;
      await nextTurn();
      let exchanged;
      try {
        exchanged = await this.exchange(method, path, query, body);
      } finally {
        this.gate.release(family, exchanged?.response ? rateHeaders(exchanged.response.headers) : {});
        this.release();
      }
      const { response, failure } = exchanged;
      if (failure?.code === "ENOTFOUND") {
        throw new OktaApiError(
          method,
          path,
          void 0,
          "ENOTFOUND",
          `cannot reach ${this.settings.orgUrl.host}: the name does not resolve; check the org URL (the org's own https://…okta.com or custom domain)`
        );
      }
      if (failure) {
        if (retryable && retries < (this.settings.maxRetries ?? 3)) {
          retries++;
          await this.backoff(retries, `${method} ${path}: ${failure.code ?? failure.message}; retrying`);
          continue;
        }
        throw new OktaApiError(
          method,
          path,
          void 0,
          failure.code,
          `no response from Okta (${failure.code ?? failure.message})`
        );
      }
      const status = response.statusCode;
      const { headers } = response;
      if (status === 401 && this.settings.credentials.reset && !renewed) {
        renewed = true;
        this.settings.credentials.reset();
        continue;
      }
      if (status === 429) {
        this.stats.rateLimited++;
        const resetAt = resetTime(headers);
        this.gate.exhausted(family, resetAt ?? Date.now() + 1e3);
        if (waits429 < (this.settings.max429Waits ?? 3)) {
          waits429++;
          const wait = Math.max(0, (resetAt ?? Date.now() + 1e3) - Date.now());
          this.settings.log?.(
            `${method} ${path}: rate limited; waiting ${Math.ceil(wait / 1e3)}s for the reset`
          );
          await sleep2(wait);
          continue;
        }
      } else if (RETRYABLE_STATUS.has(status) && retryable && retries < (this.settings.maxRetries ?? 3)) {
        retries++;
        await this.backoff(retries, `${method} ${path}: ${status}; retrying`);
        continue;
      }
      const text = decodedBody(method, path, response.rawBody, header(headers, "content-encoding"));
      if (status >= 400)
        throw apiError(
          method,
          path,
          status,
          text,
          headers,
          this.settings.credentials.explain?.(status, method, path)
        );
      if (status < 200 || status >= 300)
        throw unexpectedStatus(method, path, status, headers, this.settings.orgUrl);
      return {
        body: answerBody(method, path, status, text, request.expect, headers),
        next: nextLink(headers.link, this.settings.orgUrl)
      };
    }
  }
  /** One request on the wire: its answer, or the failure that left none. Never reads past the cap. */
  async exchange(method, path, query, body) {
    const abort = new AbortController();
    const pending = this.http(path.replace(/^\//, ""), {
      method,
      ...query ? { searchParams: query } : {},
      ...body === void 0 ? {} : { json: body },
      headers: await this.settings.credentials.headers(method, new URL(path, this.settings.orgUrl)),
      responseType: "buffer",
      signal: abort.signal
    });
    const cut = capDownload(pending, abort);
    try {
      return { response: await pending };
    } catch (error) {
      if (cut()) throw answerTooLarge(method, path);
      if (error instanceof RequestError) return { failure: error };
      throw error;
    }
  }
  async backoff(attempt, message) {
    this.stats.retries++;
    this.settings.log?.(message);
    const base = (this.settings.backoffMs ?? 250) * 2 ** (attempt - 1);
    await sleep2(base / 2 + Math.random() * base);
  }
  async slot() {
    if (this.inFlight < this.maxConcurrency) {
      this.inFlight++;
      return;
    }
    await new Promise((resolve) => this.queue.push(resolve));
  }
  release() {
    const next = this.queue.shift();
    if (next) next();
    else this.inFlight--;
  }
};
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function rateHeaders(headers) {
  const number = (name) => {
    const value = header(headers, name);
    return value === void 0 || value.includes(",") ? void 0 : Number(value);
  };
  const date = header(headers, "date");
  return {
    limit: number("x-rate-limit-limit"),
    remaining: number("x-rate-limit-remaining"),
    reset: number("x-rate-limit-reset"),
    serverNow: date ? Date.parse(date) : void 0
  };
}
function resetTime(headers) {
  const { reset, serverNow } = rateHeaders(headers);
  if (reset === void 0 || Number.isNaN(reset)) return void 0;
  const skew = serverNow === void 0 || Number.isNaN(serverNow) ? 0 : Date.now() - serverNow;
  return reset * 1e3 + skew + 250;
}
function nextLink(link, org) {
  const headers = Array.isArray(link) ? link : link ? [link] : [];
  for (const header2 of headers) {
    let refs;
    try {
      refs = import_http_link_header.default.parse(header2).refs;
    } catch {
      throw new OktaApiError(
        "GET",
        org.pathname,
        void 0,
        void 0,
        "Okta sent a Link header that does not parse"
      );
    }
    const next = refs.find((r) => r.rel.toLowerCase().split(/\s+/).includes("next"));
    if (!next) continue;
    if (!URL.canParse(next.uri, org.href))
      throw new OktaApiError(
        "GET",
        org.pathname,
        void 0,
        void 0,
        "Okta sent a next-page link that is not a URL"
      );
    const url = new URL(next.uri, org);
    if (url.origin !== org.origin)
      throw new UserError(
        `Okta sent a next-page link to another origin (${url.origin}); refusing to follow it`
      );
    return url;
  }
  return void 0;
}
var SHAPE = { object: "an object", list: "a list" };
function answerBody(method, path, status, text, expect, headers) {
  if (expect === "nothing") return void 0;
  const unexpected = (what) => new OktaApiError(
    method,
    path,
    status,
    void 0,
    `Okta's answer is ${what}, not ${SHAPE[expect]} as this request expects; check the org URL (is something between okta-drift and Okta?)`,
    [],
    header(headers, "x-okta-request-id")
  );
  if (text.trim() === "") throw unexpected("empty");
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw unexpected("not JSON");
  }
  const list = Array.isArray(body);
  if (expect === "list") {
    if (!list) throw unexpected(describeJson(body));
    if (!body.every(isResource))
      throw unexpected("a list holding something other than Okta objects");
  } else if (list || typeof body !== "object" || body === null) {
    throw unexpected(describeJson(body));
  }
  return body;
}
function isResource(item) {
  return typeof item === "object" && item !== null && !Array.isArray(item) && typeof item.id === "string";
}
function describeJson(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function unexpectedStatus(method, path, status, headers, org) {
  const summary = status >= 300 && status < 400 ? redirectSummary(header(headers, "location"), org) : `Okta answered with status ${status}, which okta-drift does not expect here; check the org URL`;
  return new OktaApiError(method, path, status, void 0, summary, [], header(headers, "x-okta-request-id"));
}
function apiError(method, path, status, text, headers, hint) {
  let body = {};
  try {
    body = JSON.parse(text);
  } catch {
  }
  return new OktaApiError(
    method,
    path,
    status,
    body.errorCode,
    body.errorSummary ?? `HTTP ${status}`,
    [...Array.isArray(body.errorCauses) ? body.errorCauses : [], ...hint ? [{ errorSummary: hint }] : []],
    header(headers, "x-okta-request-id")
  );
}

// src/okta/admin.ts
var apps = "/api/v1/apps";
var OIDC_APP_NAME = "oidc_client";
var groups = "/api/v1/groups";
var servers = "/api/v1/authorizationServers";
var id = encodeURIComponent;
var appPath = (appId) => `${apps}/${id(appId)}`;
var claimsPath = (serverId) => `${servers}/${id(serverId)}/claims`;
var claimPath = (serverId, claimId) => `${claimsPath(serverId)}/${id(claimId)}`;
var writeRequest = {
  replaceApp: (appId) => ({ method: "PUT", path: appPath(appId) }),
  createClaim: (serverId) => ({ method: "POST", path: claimsPath(serverId) }),
  replaceClaim: (serverId, claimId) => ({
    method: "PUT",
    path: claimPath(serverId, claimId)
  }),
  deleteClaim: (serverId, claimId) => ({
    method: "DELETE",
    path: claimPath(serverId, claimId)
  })
};
function replaceAppBody(app) {
  const { _links, _embedded, ...body } = app;
  return body;
}
var OktaAdmin = class _OktaAdmin {
  constructor(client) {
    this.client = client;
  }
  client;
  /** The gateway over a new HTTP client for one org. */
  static connect(settings) {
    return new _OktaAdmin(new OktaClient(settings));
  }
  get orgUrl() {
    return this.client.orgUrl;
  }
  get stats() {
    return this.client.stats;
  }
  /**
   * In batched `filter=id eq "..." or ...` lists instead of one GET each. An org that refuses
   * such a filter (400) gets one GET per app instead.
   */
  async appsByIds(ids) {
    if (ids.length === 0) return /* @__PURE__ */ new Map();
    const batches = searchBatches(ids, (appId) => `id eq ${quote(appId)}`);
    try {
      const lists = await Promise.all(
        batches.map((b) => this.client.getAll(apps, { filter: b.filter, limit: "200" }))
      );
      return new Map(lists.flat().map((app) => [app.id, app]));
    } catch (error) {
      if (!(error instanceof OktaApiError && error.status === 400)) throw error;
    }
    const found = await Promise.all(ids.map((appId) => orNotFound(this.client.get(appPath(appId)))));
    return new Map(found.flatMap((app) => app ? [[app.id, app]] : []));
  }
  async appsLabelled(label) {
    return (await this.client.getAll(apps, { q: label, limit: "200" })).filter((a) => a.label === label);
  }
  /**
   * Filtered by Okta's name for OIDC apps (`oidc_client`); an org that refuses the filter (400)
   * gets the whole app list, filtered here.
   */
  async oidcApps() {
    const isOidc = (app) => app.name === OIDC_APP_NAME && app.signOnMode === "OPENID_CONNECT";
    try {
      const found = await this.client.getAll(apps, {
        filter: `name eq ${quote(OIDC_APP_NAME)}`,
        limit: "200"
      });
      return found.filter(isOidc);
    } catch (error) {
      if (!(error instanceof OktaApiError && error.status === 400)) throw error;
    }
    return (await this.client.getAll(apps, { limit: "200" })).filter(isOidc);
  }
  app(appId) {
    return this.client.get(appPath(appId));
  }
  server(serverId) {
    return orNotFound(this.client.get(`${servers}/${id(serverId)}`));
  }
  allServers() {
    return this.client.getAll(servers, { limit: "200" });
  }
  async serversNamed(name) {
    return (await this.client.getAll(servers, { q: name })).filter(
      (s) => s.name === name
    );
  }
  claims(serverId) {
    return orNotFound(this.client.getAll(claimsPath(serverId)));
  }
  claim(serverId, claimId) {
    return orNotFound(this.client.get(claimPath(serverId, claimId)));
  }
  /** By batched exact searches; Okta's `eq` may ignore case, a name here means this exact name. */
  async groupsNamed(names) {
    const found = /* @__PURE__ */ new Map();
    const batches = searchBatches(names, (name) => `profile.name eq ${quote(name)}`);
    await Promise.all(
      batches.map(async (batch) => {
        const asked = new Set(batch.items);
        for (const group of await this.searchGroups(batch.filter)) {
          if (!asked.has(group.profile.name)) continue;
          found.set(group.profile.name, [...found.get(group.profile.name) ?? [], group]);
        }
      })
    );
    return found;
  }
  async groupsByIds(ids) {
    const batches = searchBatches([...new Set(ids)], (groupId) => `id eq ${quote(groupId)}`);
    return (await Promise.all(batches.map((b) => this.searchGroups(b.filter)))).flat();
  }
  async groupsStartingWith(prefixes) {
    const batches = searchBatches([...new Set(prefixes)], (prefix) => `profile.name sw ${quote(prefix)}`);
    const found = /* @__PURE__ */ new Map();
    for (const group of (await Promise.all(batches.map((b) => this.searchGroups(b.filter)))).flat())
      found.set(group.id, group);
    return [...found.values()];
  }
  allGroups() {
    return this.listGroups({ limit: "200", expand: "stats" });
  }
  async groupMembers(groupId, max) {
    const { items, truncated } = await this.client.getUpTo(
      `${groups}/${id(groupId)}/users`,
      { limit: String(Math.min(200, Math.max(1, max))) },
      max
    );
    return {
      users: items.map((u) => ({
        id: u.id,
        login: typeof u.profile?.login === "string" ? u.profile.login : u.id
      })),
      truncated
    };
  }
  async replaceApp(app, options = {}) {
    await this.client.put(appPath(app.id), replaceAppBody(app), { retry: options.retry ?? false });
  }
  async createClaim(serverId, claim) {
    await this.client.post(claimsPath(serverId), claim);
  }
  async replaceClaim(serverId, claimId, claim, options = {}) {
    await this.client.put(claimPath(serverId, claimId), claim, { retry: options.retry ?? false });
  }
  async deleteClaim(serverId, claimId) {
    await this.client.delete(claimPath(serverId, claimId), { retry: false });
  }
  searchGroups(filter) {
    return this.listGroups({ search: filter, limit: "200", expand: "stats" });
  }
  /** A group without a name is no group okta-drift can match or show: said as Okta's fault. */
  async listGroups(query) {
    const found = await this.client.getAll(groups, query);
    const nameless = found.find(
      (g) => typeof g.profile?.name !== "string"
    );
    if (nameless)
      throw new OktaApiError(
        "GET",
        groups,
        200,
        void 0,
        `Okta's group ${nameless.id} has no profile.name`
      );
    return found.map(slimGroup);
  }
};
function slimGroup(group) {
  const count = group._embedded?.stats?.usersCount;
  return {
    id: group.id,
    type: group.type,
    profile: { name: group.profile.name },
    ...count === void 0 ? {} : { _embedded: { stats: { usersCount: count } } }
  };
}
async function orNotFound(request) {
  try {
    return await request;
  } catch (error) {
    if (error instanceof OktaApiError && error.status === 404) return void 0;
    throw error;
  }
}

// src/apply/writes.ts
function writesFor(changes, live) {
  const apps2 = /* @__PURE__ */ new Map();
  const claims = [];
  const deletes = [];
  for (const change of changes) {
    if (change.resource === "app-profile") {
      let write = apps2.get(change.appId);
      if (!write) {
        const app = live.apps.find((a) => a.app.id === change.appId).app;
        write = {
          kind: "app",
          ...writeRequest.replaceApp(change.appId),
          appId: change.appId,
          app,
          profile: {},
          changes: []
        };
        apps2.set(change.appId, write);
      }
      write.profile[change.key] = change.allowlist;
      write.changes.push(change);
      continue;
    }
    const { serverId } = change;
    if (change.action === "create") {
      claims.push({
        kind: "claim-create",
        ...writeRequest.createClaim(serverId),
        serverId,
        desired: change.desired,
        changes: [change]
      });
    } else if (change.action === "update") {
      claims.push({
        kind: "claim-replace",
        ...writeRequest.replaceClaim(serverId, change.claimId),
        serverId,
        claimId: change.claimId,
        desired: change.desired,
        changes: [change]
      });
    } else {
      deletes.push({
        kind: "claim-delete",
        ...writeRequest.deleteClaim(serverId, change.claimId),
        serverId,
        claimId: change.claimId,
        changes: [change]
      });
    }
  }
  const added = keysAdded([...apps2.values()]);
  const waits = (write) => readsAnyOf(write.changes[0].desiredExpr, added);
  return [[...apps2.values(), ...claims.filter((w) => !waits(w))], claims.filter(waits), deletes].filter(
    (phase) => phase.length > 0
  );
}
function keysAdded(appWrites) {
  const added = /* @__PURE__ */ new Set();
  for (const write of appWrites)
    for (const key of Object.keys(write.profile))
      if (profileValue(write.app, key) === void 0) added.add(key);
  return added;
}
function readsAnyOf(expr, keys) {
  if (keys.size === 0 || !expr) return false;
  const read = appProfileKeys(expr);
  return read === "any" || [...read].some((key) => keys.has(key));
}
function withProfile(app, profile) {
  return { ...app, profile: { ...app.profile ?? {}, ...profile } };
}

// src/apply/apply.ts
async function applyPlan(plan2, live, writer) {
  const phases = writesFor(plan2.changes, live);
  const writes = phases.flat();
  const outcome = {
    plan: plan2,
    writes,
    applied: [],
    failed: [],
    notAttempted: [],
    ...writer.shown ? { shown: writer.shown } : {}
  };
  for (const phase of phases) {
    const queue = [...phase];
    const worker = async () => {
      for (let write = queue.shift(); write; write = queue.shift()) {
        if (outcome.failed.length > 0) {
          outcome.notAttempted.push(write);
          continue;
        }
        try {
          await writer.write(write);
          outcome.applied.push(write);
        } catch (error) {
          if (!(error instanceof OktaApiError)) throw error;
          outcome.failed.push({ write, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(WORKERS, phase.length) }, worker));
  }
  const order = (w) => writes.indexOf(w);
  for (const list of [outcome.applied, outcome.notAttempted]) list.sort((a, b) => order(a) - order(b));
  outcome.failed.sort((a, b) => order(a.write) - order(b.write));
  return outcome;
}
var WORKERS = DEFAULT_CONCURRENCY;

// src/apply/dry-run.ts
var DryRunWriter = class {
  shown = [];
  async write(write) {
    this.shown.push({ write, body: maskSecrets(requestBody(write)) });
  }
};
function requestBody(write) {
  switch (write.kind) {
    case "app":
      return replaceAppBody(withProfile(write.app, write.profile));
    case "claim-create":
    case "claim-replace":
      return write.desired;
    case "claim-delete":
      return void 0;
  }
}
function maskSecrets(value, underCredentials = false) {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, underCredentials));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (underCredentials) return [key, NOT_SECRET_IN_CREDENTIALS.has(key) ? v : maskSecrets(v, true)];
        if (key === "credentials") return [key, maskSecrets(v, true)];
        return [key, SECRET_KEY.test(key) ? MASK : maskSecrets(v)];
      })
    );
  if (value === null || value === void 0 || typeof value === "boolean") return value;
  if (underCredentials || typeof value === "string" && SECRET_VALUE.test(value)) return MASK;
  return value;
}
var MASK = "***";
var SECRET_KEY = /secret|passw|private_?key|api_?key|credential|^(access_?|refresh_?|id_?|session_?|bearer_?)?token$/i;
var SECRET_VALUE = /^eyJ[\w-]+\.[\w-]+\.|-----BEGIN [A-Z ]*PRIVATE KEY-----|^SSWS /;
var NOT_SECRET_IN_CREDENTIALS = /* @__PURE__ */ new Set([
  "token_endpoint_auth_method",
  "autoKeyRotation",
  "pkce_required",
  "client_id",
  "userNameTemplate"
]);

// src/el/print.ts
function print(expr) {
  return printAt(expr, CONDITIONAL);
}
var CONDITIONAL = -2;
var ELVIS = -1;
var UNARY = 7;
var POSTFIX = 8;
function level(expr) {
  switch (expr.kind) {
    case "conditional":
      return CONDITIONAL;
    case "elvis":
      return ELVIS;
    case "binary":
      return PRECEDENCE[expr.op];
    case "unary":
      return UNARY;
    case "number":
      return expr.value < 0 || Object.is(expr.value, -0) ? UNARY : POSTFIX;
    default:
      return POSTFIX;
  }
}
function printAt(expr, min) {
  const text = printBare(expr);
  return level(expr) < min ? `(${text})` : text;
}
function printBare(expr) {
  switch (expr.kind) {
    case "string":
      return `"${expr.value.replaceAll('"', '""')}"`;
    case "number":
      return String(expr.value);
    case "boolean":
      return String(expr.value);
    case "null":
      return "null";
    case "identifier":
      return expr.name;
    case "array":
      return `{${expr.items.map((item) => print(item)).join(", ")}}`;
    case "map":
      return `{${expr.entries.map((e) => `${printAt(e.key, ELVIS)}: ${printAt(e.value, ELVIS)}`).join(", ")}}`;
    case "member":
      return `${printAt(expr.object, POSTFIX)}.${expr.property}`;
    case "index":
      return `${printAt(expr.object, POSTFIX)}[${print(expr.index)}]`;
    case "projection":
      return `${printAt(expr.object, POSTFIX)}.![${print(expr.body)}]`;
    case "call":
      return `${printAt(expr.callee, POSTFIX)}(${expr.args.map((arg) => print(arg)).join(", ")})`;
    case "unary":
      return `${expr.op}${printAt(expr.operand, UNARY)}`;
    case "binary": {
      const precedence = PRECEDENCE[expr.op];
      return `${printAt(expr.left, precedence)} ${expr.op} ${printAt(expr.right, precedence + 1)}`;
    }
    case "conditional":
      return `${printAt(expr.test, ELVIS)} ? ${print(expr.consequent)} : ${print(expr.alternate)}`;
    case "elvis":
      return `${printAt(expr.left, 1)} ?: ${printAt(expr.right, ELVIS)}`;
  }
}

// src/el/index.ts
function tryParse(source) {
  try {
    return parse(source);
  } catch {
    return void 0;
  }
}
function canonical(source) {
  const expr = tryParse(source);
  return expr && print(expr);
}
function sameExpression(a, b) {
  const left = canonical(a);
  const right = typeof b === "string" ? canonical(b) : print(b);
  if (left === void 0 || right === void 0)
    return a.trim() === (typeof b === "string" ? b : print(b)).trim();
  return left === right;
}

// src/el/render.ts
function mapAllowlistEntries(expr, map) {
  return transform(expr, (node) => {
    if (node.kind !== "call" || calleeName(node) !== "getFilteredGroups") return node;
    const [allowlist, ...rest] = node.args;
    if (allowlist?.kind !== "array") return node;
    const items = allowlist.items.map(
      (item) => item.kind === "string" ? { kind: "string", value: map(item.value) } : item
    );
    return { ...node, args: [{ kind: "array", items }, ...rest] };
  });
}

// src/diff/claims.ts
function desiredClaim(claim, groups2) {
  const expr = claim.expr && mapAllowlistEntries(claim.expr, (entry) => isGroupId(entry) ? entry : groups2.idOf(entry) ?? entry);
  return {
    desired: {
      name: claim.name,
      status: claim.status,
      claimType: claim.claimType,
      valueType: claim.valueType,
      value: expr ? print(expr) : claim.value,
      conditions: { scopes: claim.scopes },
      alwaysIncludeInToken: claim.alwaysIncludeInToken,
      ...claim.valueType === "GROUPS" ? { group_filter_type: claim.groupFilterType } : {}
    },
    expr
  };
}
function createdFields(desired, expr) {
  const fields = [
    ["status", desired.status],
    ["valueType", desired.valueType],
    ["value", desired.value],
    ...desired.group_filter_type ? [["group_filter_type", desired.group_filter_type]] : [],
    ["conditions.scopes", desired.conditions.scopes],
    ["alwaysIncludeInToken", desired.alwaysIncludeInToken]
  ];
  return fields.map(([field, after]) => ({
    field,
    before: null,
    after,
    ...field === "value" && expr ? { trees: { after: expr } } : {}
  }));
}
function claimDifferences(current, desired, expr) {
  const fields = [];
  const differ = (field, before, after) => fields.push({ field, before: before ?? null, after });
  if (current.status !== desired.status) differ("status", current.status, desired.status);
  if (current.valueType !== desired.valueType) differ("valueType", current.valueType, desired.valueType);
  const expressions = desired.valueType === "EXPRESSION" && current.valueType === "EXPRESSION";
  const sameValue = expressions ? sameExpression(current.value ?? "", expr ?? desired.value) : current.value === desired.value;
  if (!sameValue) {
    const before = current.valueType === "EXPRESSION" ? tryParse(current.value ?? "") : void 0;
    const trees = { ...before ? { before } : {}, ...expr ? { after: expr } : {} };
    fields.push({
      field: "value",
      before: current.value ?? null,
      after: desired.value,
      ...before || expr ? { trees } : {}
    });
  }
  if (desired.valueType === "GROUPS" && current.group_filter_type !== desired.group_filter_type) {
    differ("group_filter_type", current.group_filter_type, desired.group_filter_type);
  }
  const scopes = current.conditions?.scopes ?? [];
  const wanted = desired.conditions.scopes;
  if (scopes.length !== wanted.length || !wanted.every((s) => scopes.includes(s)))
    differ("conditions.scopes", scopes, wanted);
  if ((current.alwaysIncludeInToken ?? true) !== desired.alwaysIncludeInToken)
    differ("alwaysIncludeInToken", current.alwaysIncludeInToken, desired.alwaysIncludeInToken);
  return fields;
}
function liveClaimSummary(claim) {
  return {
    status: claim.status,
    valueType: claim.valueType,
    value: claim.value ?? null,
    ...claim.group_filter_type ? { group_filter_type: claim.group_filter_type } : {},
    conditions: { scopes: claim.conditions?.scopes ?? [] },
    alwaysIncludeInToken: claim.alwaysIncludeInToken ?? true
  };
}

// src/model/order.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/plan/hash.ts
import { createHash } from "node:crypto";
function planHash(changes, org) {
  const fieldsOf = (c) => c.fields.map(({ field, before, after }) => ({ field, before, after }));
  const canonical2 = changes.map(
    (c) => c.resource === "app-profile" ? { resource: c.resource, action: c.action, appId: c.appId, key: c.key, fields: fieldsOf(c) } : {
      resource: c.resource,
      action: c.action,
      serverId: c.serverId,
      claimId: c.claimId ?? null,
      claimName: c.claimName,
      claimType: c.claimType,
      fields: fieldsOf(c),
      desired: c.desired ?? null
    }
  );
  const identity = org === void 0 ? canonical2 : { org, changes: canonical2 };
  return createHash("sha256").update(stableStringify(identity)).digest("hex");
}
function stableStringify(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => byCodeUnits(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
}

// src/diff/diff.ts
function diff(loaded, live) {
  const { spec, source } = loaded;
  const problems = [];
  const at = (path) => {
    const { file, line, col } = source.locate(path);
    return { file, line, col };
  };
  const changes = [];
  const unmanaged = [];
  const toId = (ref) => isGroupId(ref) ? ref : live.groups.idOf(ref) ?? ref;
  spec.apps.forEach((_, i) => {
    const { app } = live.apps[i];
    for (const [key, allowlist] of spec.apps[i].profile) {
      const desired = allowlist.groups.map(toId);
      const current = profileValue(app, key);
      if (sameAllowlist(current, desired, allowlist.ordered)) continue;
      changes.push({
        resource: "app-profile",
        action: "update",
        appId: app.id,
        appLabel: app.label,
        key,
        allowlist: desired,
        ordered: allowlist.ordered,
        fields: [{ field: `profile.${key}`, before: current ?? null, after: desired }],
        spec: at(allowlist.keyPath)
      });
    }
  });
  const found = { at, changes, unmanaged, problems };
  spec.authorizationServers.forEach((serverSpec, i) => {
    diffServer(serverSpec, live.servers[i], live, found);
  });
  const org = loaded.spec.org;
  return {
    plan: { ...org === void 0 ? {} : { org }, changes, unmanaged, hash: planHash(changes, org) },
    problems
  };
}
function diffServer(serverSpec, server, live, { at, changes, unmanaged, problems }) {
  const claimed = /* @__PURE__ */ new Set();
  serverSpec.claims.forEach((claimSpec) => {
    const { path } = claimSpec;
    const current = server.claims.find(
      (c) => c.name === claimSpec.name && c.claimType === claimSpec.claimType
    );
    if (current?.system) {
      problems.push({
        ...at([...path, "name"]),
        field: formatPath([...path, "name"]),
        message: `"${claimSpec.name}" (${claimSpec.claimType}) is one of Okta's system claims, which okta-drift does not manage`
      });
      return;
    }
    const { desired, expr } = desiredClaim(claimSpec, live.groups);
    const base = () => ({
      resource: "claim",
      serverId: server.id,
      serverName: server.name,
      claimName: claimSpec.name,
      claimType: claimSpec.claimType,
      spec: at(path),
      desired,
      desiredExpr: expr
    });
    if (!current) {
      changes.push({ ...base(), action: "create", claimId: void 0, fields: createdFields(desired, expr) });
      return;
    }
    claimed.add(current.id);
    const fields = claimDifferences(current, desired, expr);
    if (fields.length > 0) changes.push({ ...base(), action: "update", claimId: current.id, fields });
  });
  const others = server.claims.filter((c) => !c.system && !claimed.has(c.id)).sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.claimType, b.claimType));
  for (const claim of others) {
    const identity = {
      serverId: server.id,
      serverName: server.name,
      claimId: claim.id,
      claimName: claim.name,
      claimType: claim.claimType
    };
    if (serverSpec.prune) {
      changes.push({
        ...identity,
        resource: "claim",
        action: "delete",
        desired: void 0,
        fields: [{ field: "claim", before: liveClaimSummary(claim), after: null }],
        spec: at(serverSpec.path)
      });
    } else {
      unmanaged.push({ resource: "claim", ...identity });
    }
  }
}
function sameAllowlist(current, desired, ordered) {
  if (!Array.isArray(current) || !current.every((v) => typeof v === "string")) return false;
  if (ordered) return current.length === desired.length && current.every((v, i) => v === desired[i]);
  const a = new Set(current);
  const b = new Set(desired);
  return a.size === b.size && [...a].every((v) => b.has(v));
}

// src/apply/okta-writer.ts
var ATTEMPTS = 2;
var OktaWriter = class {
  constructor(okta, log = () => {
  }) {
    this.okta = okta;
    this.log = log;
  }
  okta;
  log;
  async write(write) {
    let current;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send(write, current);
        return;
      } catch (error) {
        if (!(error instanceof OktaApiError) || error instanceof StaleWrite || !uncertain(error) || attempt >= ATTEMPTS)
          throw error;
        this.log(
          `${write.method} ${write.path}: ${error.status ?? error.errorCode ?? "no answer"}; reading whether it happened`
        );
        const check = await this.happened(write);
        if (check.done) return;
        current = check.app;
        this.log(`${write.method} ${write.path}: it did not; sending it again`);
      }
    }
  }
  async send(write, current) {
    switch (write.kind) {
      case "app": {
        const app = current ?? await this.okta.app(write.appId);
        if (current === void 0) assertNotMoved(write, app);
        await this.okta.replaceApp(withProfile(app, write.profile));
        return;
      }
      case "claim-create":
        return this.okta.createClaim(write.serverId, write.desired);
      case "claim-replace":
        return this.okta.replaceClaim(write.serverId, write.claimId, write.desired);
      case "claim-delete":
        return this.okta.deleteClaim(write.serverId, write.claimId);
    }
  }
  /** Whether Okta already holds what the write would make it hold (and, for an app, what it holds). */
  async happened(write) {
    switch (write.kind) {
      case "app": {
        const app = await this.okta.app(write.appId);
        const done = write.changes.every(
          (c) => sameAllowlist(profileValue(app, c.key), c.allowlist, c.ordered)
        );
        return { done, app };
      }
      case "claim-create": {
        const claims = await this.okta.claims(write.serverId) ?? [];
        const existing = claims.find(
          (c) => c.name === write.desired.name && c.claimType === write.desired.claimType
        );
        if (!existing) return { done: false };
        const expr = write.changes[0]?.desiredExpr;
        if (claimDifferences(existing, write.desired, expr).length > 0)
          await this.okta.replaceClaim(write.serverId, existing.id, write.desired, { retry: true });
        return { done: true };
      }
      case "claim-replace": {
        const claim = await this.okta.claim(write.serverId, write.claimId);
        if (!claim) throw missing(write);
        return { done: claimDifferences(claim, write.desired, write.changes[0]?.desiredExpr).length === 0 };
      }
      case "claim-delete":
        return { done: await this.okta.claim(write.serverId, write.claimId) === void 0 };
    }
  }
};
var StaleWrite = class extends OktaApiError {
  name = "StaleWrite";
};
function assertNotMoved(write, app) {
  if (app.lastUpdated === write.app.lastUpdated) return;
  const moved = write.changes.filter((c) => {
    const now = profileValue(app, c.key);
    return stableStringify(now ?? null) !== stableStringify(c.fields[0]?.before ?? null);
  });
  if (moved.length === 0) return;
  throw new StaleWrite(
    write.method,
    write.path,
    void 0,
    void 0,
    `the app changed in Okta since the plan read it (lastUpdated ${String(write.app.lastUpdated)} → ${String(app.lastUpdated)}; ${moved.map((c) => `profile.${c.key}`).join(", ")} no longer as planned); not written. Run okta-drift plan again and review the new plan`
  );
}
function uncertain(error) {
  return error.outcomeUnknown || error.status !== void 0 && error.status >= 500;
}
function missing(write) {
  return new OktaApiError("GET", write.path, 404, "E0000007", "Not found: the claim no longer exists");
}

// src/impact/impact.ts
var NOTHING = { ids: /* @__PURE__ */ new Set(), limit: void 0 };
function* claimsOfServers(loaded, live, diff2) {
  const deleted = new Set(
    diff2.changes.flatMap(
      (c) => c.resource === "claim" && c.action === "delete" && c.claimId ? [c.claimId] : []
    )
  );
  for (const [s, server] of loaded.spec.authorizationServers.entries()) {
    const liveServer = live.servers[s];
    const pairs = /* @__PURE__ */ new Map();
    for (const claim of liveServer.claims)
      if (!claim.system) pairs.set(`${claim.name}/${claim.claimType}`, { before: claim });
    for (const claim of server.claims) {
      const key = `${claim.name}/${claim.claimType}`;
      pairs.set(key, { ...pairs.get(key), after: claim });
    }
    const sides = [...pairs.values()].map(({ before, after }) => {
      const stays = after !== void 0 || before !== void 0 && !deleted.has(before.id);
      const filterBefore = liveFilter(before);
      return {
        before,
        after,
        stays,
        changed: diff2.changes.some(
          (c) => c.resource === "claim" && c.serverId === liveServer.id && c.claimName === (after?.name ?? before?.name) && c.claimType === (after?.claimType ?? before?.claimType)
        ),
        filterBefore,
        // A claim the spec does not name stays as Okta has it, unless the plan prunes it.
        filterAfter: !stays ? void 0 : after ? specFilter(after) : filterBefore
      };
    });
    yield { serverIndex: s, sides };
  }
}
var sameFilter = (a, b) => (a && filterKey(a)) === (b && filterKey(b));
function changedGroupFilters(loaded, live, diff2) {
  const found = /* @__PURE__ */ new Map();
  for (const { serverIndex, sides } of claimsOfServers(loaded, live, diff2)) {
    if (appsOnServer(loaded.spec, serverIndex).length === 0) continue;
    for (const side of sides) {
      if (!side.changed || sameFilter(side.filterBefore, side.filterAfter)) continue;
      for (const filter of [side.filterBefore, side.filterAfter])
        if (filter) found.set(filterKey(filter), filter);
    }
  }
  return [...found.values()];
}
function tokenImpacts(loaded, live, diff2, matches = /* @__PURE__ */ new Map()) {
  const { spec } = loaded;
  const withMembers = (id2) => ({ id: id2, members: live.groupFacts.members.get(id2) });
  const impacts = [];
  const changedKeysCache = /* @__PURE__ */ new Map();
  const changedKeys = (a) => {
    let keys = changedKeysCache.get(a);
    if (!keys) {
      const okta = live.apps[a].app;
      keys = new Set(
        [...spec.apps[a].profile].flatMap(
          ([key, managed]) => sameSet(
            idList(profileValue(okta, key)),
            managed.groups.map((ref) => live.groups.idOfRef(ref) ?? ref)
          ) ? [] : [key]
        )
      );
      changedKeysCache.set(a, keys);
    }
    return keys;
  };
  for (const { serverIndex: s, sides } of claimsOfServers(loaded, live, diff2)) {
    const server = spec.authorizationServers[s];
    const liveServer = live.servers[s];
    const apps2 = appsOnServer(spec, s);
    const anyChanged = sides.some((c) => c.changed);
    if (!anyChanged && apps2.every((a) => changedKeys(a).size === 0)) continue;
    const claims = sides.map((side) => {
      const beforeExpr = side.before?.valueType === "EXPRESSION" ? tryParse(side.before.value ?? "") : void 0;
      const afterExpr = side.after ? desiredClaim(side.after, live.groups).expr : beforeExpr;
      return { ...side, beforeExpr, afterExpr, reads: keysRead(afterExpr ?? beforeExpr) };
    });
    for (const a of apps2) {
      const moved = changedKeys(a);
      if (!anyChanged && moved.size === 0) continue;
      const app = spec.apps[a];
      const okta = live.apps[a].app;
      const inOkta = (key) => idList(profileValue(okta, key));
      const inSpec = (key) => {
        const managed = app.profile.get(key);
        if (!managed) return inOkta(key);
        return managed.groups.map((ref) => live.groups.idOfRef(ref) ?? ref);
      };
      for (const {
        before,
        after,
        stays,
        changed,
        filterBefore,
        filterAfter,
        beforeExpr,
        afterExpr,
        reads
      } of claims) {
        const allowlistChanged = reads.some((k) => moved.has(k));
        if (!allowlistChanged && !changed) continue;
        const was = before ? groupSet(before.valueType, beforeExpr, inOkta, filterBefore, matches) : NOTHING;
        const will = !stays ? NOTHING : after ? groupSet(after.valueType, afterExpr, inSpec, filterAfter, matches) : groupSet(before.valueType, beforeExpr, inSpec, filterAfter, matches);
        if (filterBefore && sameFilter(filterBefore, filterAfter)) continue;
        const entering = was && will ? [...will.ids].filter((id2) => !was.ids.has(id2)) : [];
        const leaving = was && will ? [...was.ids].filter((id2) => !will.ids.has(id2)) : [];
        const unknown = !was ? !will ? "both" : "before" : !will ? "after" : void 0;
        const limit = { before: was?.limit, after: will?.limit };
        if (entering.length === 0 && leaving.length === 0 && limit.before === limit.after && !unknown)
          continue;
        const unread = [...!was ? [filterBefore] : [], ...!will ? [filterAfter] : []].some(
          (f) => f !== void 0
        );
        impacts.push({
          appId: okta.id,
          appLabel: okta.label,
          serverId: liveServer.id,
          serverName: server.name ?? liveServer.name,
          claimName: after?.name ?? before.name,
          claimType: after?.claimType ?? before.claimType,
          cause: allowlistChanged && changed ? "both" : allowlistChanged ? "allowlist" : "claim",
          entering: entering.map(withMembers),
          leaving: leaving.map(withMembers),
          limit,
          ...unknown ? { unknown, unknownBecause: unread ? "group-filter" : "expression" } : {},
          ...!sameFilter(filterBefore, filterAfter) ? {
            filter: {
              before: filterBefore && filterKey(filterBefore),
              after: filterAfter && filterKey(filterAfter)
            }
          } : {}
        });
      }
    }
  }
  return impacts;
}
function idList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function sameSet(a, b) {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id2) => set.has(id2));
}
function keysRead(expr) {
  return expr ? allowlistReadsOf(expr).flatMap((r) => r.key === void 0 ? [] : [r.key]) : [];
}
function groupSet(valueType, expr, allowlist, filter, matches) {
  if (valueType === "GROUPS") {
    const ids2 = filter && matches.get(filterKey(filter));
    return ids2 ? { ids: new Set(ids2), limit: void 0 } : void 0;
  }
  if (valueType !== "EXPRESSION" || !expr) return void 0;
  const ids = /* @__PURE__ */ new Set();
  let limit;
  let readable = true;
  walk(expr, (node) => {
    if (node.kind !== "call") return;
    const name = calleeName(node);
    if (name?.startsWith("Groups.")) readable = false;
    if (name !== "getFilteredGroups") return;
    const [list, , max] = node.args;
    const path = list && propertyPath(list);
    if (path?.length === 3 && path[0] === "app" && path[1] === "profile")
      for (const id2 of allowlist(path[2])) ids.add(id2);
    else if (list?.kind === "array")
      for (const item of list.items) {
        if (item.kind === "string") ids.add(item.value);
        else readable = false;
      }
    else readable = false;
    if (max?.kind === "number") limit = limit === void 0 ? max.value : Math.min(limit, max.value);
  });
  return readable ? { ids, limit } : void 0;
}
function limitedAllowlists(loaded, live) {
  const { spec } = loaded;
  const found = [];
  spec.authorizationServers.forEach((server, s) => {
    for (const claim of server.claims)
      for (const read of allowlistReads(claim)) {
        if (read.key === void 0 || read.limit === void 0) continue;
        for (const a of appsOnServer(spec, s)) {
          const allowlist = spec.apps[a].profile.get(read.key);
          if (!allowlist) continue;
          found.push({
            appLabel: live.apps[a].app.label,
            claimName: claim.name,
            claimType: claim.claimType,
            groups: allowlist.groups.flatMap((ref) => live.groups.idOfRef(ref) ?? []),
            limit: read.limit,
            path: allowlist.path
          });
        }
      }
  });
  return found;
}

// src/impact/users.ts
function groupsToList(impacts, allowlists) {
  return [
    ...impacts.flatMap((i) => [...i.entering, ...i.leaving].map((g) => g.id)),
    ...allowlists.flatMap((a) => a.groups)
  ];
}
function withUsers(impacts, allowlists, members, truncated) {
  const logins = (ids) => [...new Set(ids.flatMap((id2) => (members.get(id2) ?? []).map((u) => u.login)))].sort();
  const withLists = impacts.map((i) => {
    const ids = [...i.entering, ...i.leaving].map((g) => g.id);
    return {
      ...i,
      users: {
        gaining: logins(i.entering.map((g) => g.id)),
        losing: logins(i.leaving.map((g) => g.id)),
        truncated: ids.some((id2) => truncated.has(id2))
      }
    };
  });
  const overLimit = [];
  for (const a of allowlists) {
    const count = /* @__PURE__ */ new Map();
    for (const id2 of new Set(a.groups))
      for (const u of members.get(id2) ?? []) count.set(u.login, (count.get(u.login) ?? 0) + 1);
    for (const [login, groups2] of [...count].sort(([x], [y]) => x < y ? -1 : 1))
      if (groups2 > a.limit)
        overLimit.push({
          login,
          appLabel: a.appLabel,
          claimName: a.claimName,
          claimType: a.claimType,
          groups: groups2,
          limit: a.limit,
          allowlistPath: a.path
        });
  }
  return { impacts: withLists, overLimit };
}

// src/import/names.ts
var NO_KNOWN_NAMES = { pins: /* @__PURE__ */ new Map(), unpinned: /* @__PURE__ */ new Set() };
function nameGroupRefs(ids, groups2, carrying, known) {
  const refs = /* @__PURE__ */ new Map();
  const pins = /* @__PURE__ */ new Map();
  for (const id2 of [...new Set(ids)].sort()) {
    const group = groups2.get(id2);
    if (!group) {
      refs.set(id2, { ref: id2, note: "no such group in Okta now; kept as its ID" });
      continue;
    }
    const name = group.profile.name;
    const byId = (note) => refs.set(id2, { ref: id2, note: `${quoted(name)}: ${note}` });
    if (!usableAsName(name)) byId("a name that reads as a group ID");
    else if (known.pins.has(name))
      known.pins.get(name) === id2 ? refs.set(id2, { ref: name }) : byId("the spec pins this name to another group");
    else {
      const holders = carrying.get(name) ?? [];
      if (holders.length === 1 && holders[0].id === id2) refs.set(id2, { ref: name });
      else if (holders.length <= 1) byId("Okta's search by this name does not find this group");
      else if (known.unpinned.has(name))
        byId(`${holders.length} groups carry this name, and the spec uses it unpinned`);
      else if (!pins.has(name)) {
        pins.set(name, id2);
        refs.set(id2, { ref: name });
      } else byId(`${holders.length} groups carry this name; the pin is for ${pins.get(name)}`);
    }
  }
  return { refs, pins: [...pins].sort(([a], [b]) => byCodeUnits(a, b)) };
}
function usableAsName(name) {
  return name.length > 0 && !GROUP_ID_LIKE.test(name);
}
function quoted(name) {
  return JSON.stringify(name);
}

// src/import/import.ts
var NOTHING_KNOWN = {
  has: { app: () => false, server: () => false },
  names: NO_KNOWN_NAMES
};
async function importTenant(okta, selection, context = NOTHING_KNOWN) {
  const notes = [];
  const problems = [];
  const [apps2, servers2] = await Promise.all([
    selectApps(okta, selection, problems, notes),
    selectServers(okta, selection, problems)
  ]);
  if (problems.length > 0) throw new UserError(problems.map(printable).join("\n"));
  const wantedApps = apps2.filter(({ app }) => !skipped(context.has.app(app), `app ${app.id}`, notes));
  const wantedServers = servers2.filter(
    ({ server }) => !skipped(context.has.server(server), `authorization server ${server.id}`, notes)
  );
  const ids = [
    ...wantedApps.flatMap(({ keys }) => keys.flatMap(([, groups2]) => groups2)),
    ...wantedServers.flatMap(({ claims }) => claims.flatMap(literalGroupIds))
  ];
  const { refs, pins } = await nameGroups(okta, ids, context.names);
  const ref = (id2) => refs.get(id2) ?? { ref: id2 };
  return {
    draft: {
      pins,
      apps: wantedApps.map(({ app, keys }) => draftApp(app, keys, ref)),
      servers: wantedServers.map(({ server, claims }) => draftServer(server, claims, ref, notes))
    },
    notes
  };
}
function skipped(present, what, notes) {
  if (present) notes.push(`${what} is in the spec already; left as it is`);
  return present;
}
async function selectApps(okta, selection, problems, notes) {
  const byId = selection.apps.filter((a) => APP_ID.test(a));
  const byLabel = selection.apps.filter((a) => !APP_ID.test(a));
  const [found, labelled, all] = await Promise.all([
    byId.length > 0 ? okta.appsByIds(byId) : Promise.resolve(/* @__PURE__ */ new Map()),
    Promise.all(byLabel.map(async (label) => appLabelled(label, await okta.appsLabelled(label)))),
    selection.all ? okta.oidcApps() : Promise.resolve([])
  ]);
  const named = [];
  for (const id2 of byId) {
    const app = found.get(id2);
    if (app) named.push(app);
    else problems.push(`--app ${id2}: no app with this ID in Okta`);
  }
  labelled.forEach((lookup, i) => {
    if (lookup.found) named.push(lookup.found);
    else problems.push(`--app ${byLabel[i]}: ${lookup.problem}`);
  });
  const chosen = [];
  const seen = /* @__PURE__ */ new Set();
  for (const app of named) {
    if (seen.has(app.id)) continue;
    seen.add(app.id);
    if (app.signOnMode !== "OPENID_CONNECT") {
      problems.push(`--app ${app.id}: "${app.label}" is a ${app.signOnMode} app, not an OIDC app`);
      continue;
    }
    const keys = allowlistKeys(app, selection.profileKeys, problems);
    if (keys.length === 0 && selection.profileKeys.length === 0)
      problems.push(
        `--app ${app.id}: "${app.label}" has no profile key holding a list of group IDs; name the key with --profile-key`
      );
    else if (keys.length > 0) chosen.push({ app, keys });
  }
  const rest = all.filter((app) => app.status === "ACTIVE" && !seen.has(app.id));
  let without = 0;
  for (const app of rest) {
    const keys = allowlistKeys(app, selection.profileKeys, void 0);
    if (keys.length > 0) chosen.push({ app, keys });
    else without++;
  }
  if (without > 0) notes.push(`${without} active OIDC app(s) have no allowlist to manage; not imported`);
  return selection.all ? chosen.sort((a, b) => byCodeUnits(a.app.label, b.app.label) || byCodeUnits(a.app.id, b.app.id)) : chosen;
}
function allowlistKeys(app, named, problems) {
  const isIdList = (value) => Array.isArray(value) && value.every((v) => typeof v === "string" && isGroupId(v));
  if (named.length === 0)
    return Object.keys(app.profile ?? {}).sort(byCodeUnits).flatMap((key) => {
      const value = profileValue(app, key);
      return isIdList(value) && value.length > 0 ? [[key, value]] : [];
    });
  const keys = [];
  const missing2 = [];
  for (const key of named) {
    const value = profileValue(app, key);
    if (isIdList(value)) keys.push([key, value]);
    else if (value === void 0) missing2.push(key);
    else problems?.push(`--app ${app.id}: profile.${key} of "${app.label}" is not a list of group IDs`);
  }
  if (keys.length === 0 && missing2.length > 0)
    problems?.push(`--app ${app.id}: "${app.label}" has no profile key ${missing2.join(" or ")}`);
  return keys;
}
async function selectServers(okta, selection, problems) {
  if (!selection.all && selection.servers.length === 0) return [];
  const listed = await okta.allServers();
  const named = [];
  for (const wanted of selection.servers) {
    if (SERVER_ID.test(wanted)) {
      const server = listed.find((s) => s.id === wanted);
      if (server) named.push(server);
      else problems.push(`--auth-server ${wanted}: no authorization server with this ID in Okta`);
      continue;
    }
    const lookup = serverNamed(
      wanted,
      listed.filter((s) => s.name === wanted)
    );
    if (lookup.found) named.push(lookup.found);
    else problems.push(`--auth-server ${wanted}: ${lookup.problem}`);
  }
  const explicit = new Set(named.map((s) => s.id));
  const chosen = selection.all ? [...named, ...listed.filter((s) => !explicit.has(s.id))] : [...new Set(named)];
  const withClaims = await Promise.all(
    chosen.map(async (server) => {
      const claims = await okta.claims(server.id);
      if (!claims) problems.push(`authorization server ${server.id} is gone from Okta`);
      return { server, claims: (claims ?? []).filter(isManagedClaim) };
    })
  );
  const kept = withClaims.filter(({ server, claims }) => explicit.has(server.id) || claims.length > 0);
  return selection.all ? kept.sort((a, b) => byCodeUnits(a.server.name, b.server.name) || byCodeUnits(a.server.id, b.server.id)) : kept;
}
function isManagedClaim(claim) {
  return claim.system !== true && (claim.valueType === "EXPRESSION" || claim.valueType === "GROUPS");
}
function literalGroupIds(claim) {
  if (claim.valueType !== "EXPRESSION") return [];
  const tree = tryParse(claim.value ?? "");
  return tree ? literalAllowlistEntries(tree).filter(isGroupId) : [];
}
async function nameGroups(okta, ids, known) {
  if (ids.length === 0) return nameGroupRefs([], /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), known);
  const groups2 = new Map((await okta.groupsByIds(ids)).map((g) => [g.id, g]));
  const carrying = await okta.groupsNamed([...new Set([...groups2.values()].map((g) => g.profile.name))]);
  return nameGroupRefs(ids, groups2, carrying, known);
}
function draftApp(app, keys, ref) {
  return { id: app.id, label: app.label, profile: keys.map(([key, groups2]) => [key, groups2.map(ref)]) };
}
function draftServer(server, claims, ref, notes) {
  return {
    id: server.id,
    name: server.name,
    claims: claims.map((claim) => draftClaim(server, claim, ref, notes))
  };
}
function draftClaim(server, claim, ref, notes) {
  const valueType = claim.valueType;
  let value = claim.value ?? "";
  let note;
  if (valueType === "EXPRESSION") {
    const tree = tryParse(value);
    const byId = tree ? literalAllowlistEntries(tree).filter((e) => isGroupId(e) && ref(e).note) : [];
    const named = tree && print(mapAllowlistEntries(tree, (entry) => isGroupId(entry) ? ref(entry).ref : entry));
    const checked = named === void 0 ? void 0 : checkExpression(named);
    if (named !== void 0 && checked && checked.problems.length === 0) {
      value = named;
      if (byId.length > 0) note = `by ID: ${byId.map((id2) => `${id2} (${ref(id2).note})`).join("; ")}`;
    } else {
      const why = checked?.problems[0]?.message ?? "it does not parse";
      note = `as Okta has it: ${why}`;
      notes.push(
        `claim ${claim.name} (${claim.claimType}) on ${server.id}: its value is kept as Okta has it (${why}); validate reports it`
      );
    }
  }
  return {
    name: claim.name,
    claimType: claim.claimType,
    valueType,
    value,
    ...valueType === "GROUPS" && claim.group_filter_type ? { groupFilterType: claim.group_filter_type } : {},
    scopes: claim.conditions?.scopes ?? [],
    // Okta reports access-token claims as always included, whatever was sent.
    alwaysIncludeInToken: claim.alwaysIncludeInToken ?? true,
    status: claim.status,
    ...note ? { note } : {}
  };
}

// src/plan/safety.ts
function assertSafe(plan2, limits) {
  if (limits.planHash !== void 0 && limits.planHash !== plan2.hash) {
    throw new UserError(
      `the plan changed since it was approved: --plan-hash ${limits.planHash} was given, the plan is now ${plan2.hash}. Nothing was written; run okta-drift plan and review it again.`
    );
  }
  const deletes = plan2.changes.filter((c) => c.action === "delete");
  if (deletes.length > 0 && !limits.prune) {
    throw new UserError(
      `the plan deletes ${deletes.length} claim(s) (${deletes.map((c) => c.resource === "claim" ? c.claimName : "").join(", ")}); pass --prune to allow deletes. Nothing was written.`
    );
  }
  if (plan2.changes.length > limits.maxChanges) {
    throw new UserError(
      `the plan changes ${plan2.changes.length} resources, more than --max-changes ${limits.maxChanges}. Nothing was written; raise the limit if this is intended.`
    );
  }
}

// src/state/group-matches.ts
async function readGroupMatches(okta, filters, everyGroup) {
  const matches = /* @__PURE__ */ new Map();
  if (filters.length === 0) return matches;
  const answerable = everyGroup ? [...filters] : filters.filter((f) => searchPrefix(f) !== void 0);
  if (answerable.length === 0) return matches;
  const candidates = everyGroup ? await okta.allGroups() : await okta.groupsStartingWith(answerable.map((f) => searchPrefix(f)));
  const regex = answerable.some((f) => f.type === "REGEX") ? (await import("./full-match-FPBGA3IU.js")).fullMatch : void 0;
  for (const filter of answerable) {
    const matcher = groupMatcher(filter, regex);
    if (matcher)
      matches.set(
        filterKey(filter),
        candidates.filter((g) => matcher(g.profile.name))
      );
  }
  return matches;
}

// src/state/members.ts
async function readMembers(okta, groupIds, max) {
  const ids = [...new Set(groupIds)].sort();
  const answers = await Promise.all(ids.map((id2) => okta.groupMembers(id2, max)));
  const members = /* @__PURE__ */ new Map();
  const truncated = /* @__PURE__ */ new Set();
  answers.forEach((answer, i) => {
    members.set(ids[i], answer.users);
    if (answer.truncated) truncated.add(ids[i]);
  });
  return { members, truncated };
}

// src/model/live.ts
var GroupDirectory = class {
  ids = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  constructor(pairs = []) {
    for (const [id2, name] of pairs) {
      this.ids.set(name, id2);
      this.names.set(id2, name);
    }
  }
  idOf(name) {
    return this.ids.get(name);
  }
  /** The ID a spec's group reference means: a group ID as written, else the name's ID (pins included). */
  idOfRef(ref) {
    return isGroupId(ref) ? ref : this.ids.get(ref);
  }
  nameOf(id2) {
    return this.names.get(id2);
  }
  /** Every ID → name pair known, for reports. */
  entries() {
    return [...this.names];
  }
};

// src/state/read.ts
async function readLiveState(okta, loaded) {
  const { spec } = loaded;
  const problems = [];
  const problem = (path, message) => problems.push({ ...loaded.source.locate(path), field: formatPath(path), message });
  const pinned = [...spec.groups].map(([name, id2]) => [id2, name]);
  const builtIn = /* @__PURE__ */ new Set();
  const members = /* @__PURE__ */ new Map();
  const referencedIds = groupIdsReferenced(loaded.spec);
  const [apps2, servers2, resolved, byId] = await Promise.all([
    okta.appsByIds(spec.apps.flatMap((a) => a.id === void 0 ? [] : [a.id])).then((byId2) => Promise.all(spec.apps.map((app) => readApp(okta, app, problem, byId2)))),
    Promise.all(spec.authorizationServers.map((server) => readServer(okta, server, problem))),
    resolveGroupNames(okta, loaded, problem, builtIn, members),
    referencedIds.length > 0 ? okta.groupsByIds(referencedIds) : Promise.resolve([])
  ]);
  for (const group of byId) {
    if (group.type === "BUILT_IN") builtIn.add(group.id);
    const count = usersCount(group);
    if (count !== void 0) members.set(group.id, count);
  }
  const found = new Set(byId.map((g) => g.id));
  if (problems.length > 0) throw new SpecError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  return {
    apps: apps2,
    servers: servers2,
    // Names read by ID first: a pin or a resolved name is what the spec means by that name.
    groups: new GroupDirectory([
      ...byId.map((g) => [g.id, g.profile.name]),
      ...pinned,
      ...resolved
    ]),
    groupFacts: { builtIn, missing: new Set(referencedIds.filter((id2) => !found.has(id2))), members }
  };
}
async function readApp(okta, app, problem, byId) {
  if (app.id !== void 0) {
    const found = byId.get(app.id);
    if (!found) problem(app.namedAt, `no app with ID ${app.id} in Okta`);
    return found && { app: found };
  }
  const lookup = appLabelled(app.label, await okta.appsLabelled(app.label));
  if (lookup.problem !== void 0) problem(app.namedAt, lookup.problem);
  return lookup.found && { app: lookup.found };
}
async function readServer(okta, server, problem) {
  let id2 = server.id;
  if (id2 === void 0) {
    const lookup = serverNamed(server.name, await okta.serversNamed(server.name));
    if (lookup.problem !== void 0) {
      problem(server.namedAt, lookup.problem);
      return void 0;
    }
    id2 = lookup.found.id;
  }
  const claims = await okta.claims(id2);
  if (!claims) {
    problem(server.namedAt, `no authorization server with ID ${id2} in Okta`);
    return void 0;
  }
  return { id: id2, name: server.name, claims };
}
async function resolveGroupNames(okta, loaded, problem, builtIn, members) {
  const references = groupNamesToResolve(loaded.spec);
  const found = await okta.groupsNamed(references.map((r) => r.name));
  const resolved = [];
  for (const { name, path } of references) {
    const matches = found.get(name) ?? [];
    if (matches.length === 1) {
      resolved.push([matches[0].id, name]);
      if (matches[0].type === "BUILT_IN") builtIn.add(matches[0].id);
      const count = usersCount(matches[0]);
      if (count !== void 0) members.set(matches[0].id, count);
    } else if (matches.length === 0) problem(path, `no group named "${name}" in Okta`);
    else
      problem(
        path,
        `the group name "${name}" matches ${matches.length} groups (${matches.map((g) => g.id).join(", ")}); pin one under groups:`
      );
  }
  return resolved;
}
function groupIdsReferenced(spec) {
  const ids = new Set(spec.groups.values());
  for (const app of spec.apps)
    for (const allowlist of app.profile.values())
      for (const ref of allowlist.groups) if (isGroupId(ref)) ids.add(ref);
  for (const server of spec.authorizationServers)
    for (const claim of server.claims)
      if (claim.expr) {
        for (const ref of literalAllowlistEntries(claim.expr)) if (isGroupId(ref)) ids.add(ref);
      }
  return [...ids].sort();
}
async function nameGroups2(okta, known, ids) {
  const unknown = [...new Set(ids)].filter((id2) => isGroupId(id2) && known.nameOf(id2) === void 0);
  if (unknown.length === 0) return [];
  return okta.groupsByIds(unknown);
}

// src/engine.ts
async function plan(loaded, okta, options = {}) {
  const live = await readLiveState(okta, loaded);
  const { plan: found, problems } = diff(loaded, live);
  if (problems.length > 0) throw new SpecError(problems);
  const shown = found.changes.flatMap((c) => c.fields.flatMap((f) => [f.before, f.after])).flatMap((v) => Array.isArray(v) ? v.filter((id2) => typeof id2 === "string") : []);
  const [named, matches] = await Promise.all([
    nameGroups2(okta, live.groups, shown),
    readGroupMatches(okta, changedGroupFilters(loaded, live, found), options.impactGroups ?? false)
  ]);
  const matched = [...matches.values()].flat();
  const groupNames = Object.fromEntries(
    [
      ...live.groups.entries(),
      ...[...named, ...matched].map((g) => [g.id, g.profile.name])
    ].sort(([a], [b]) => byCodeUnits(a, b))
  );
  const findings = [...lintSpec(loaded), ...lintTenant(loaded, live)].sort(
    (a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col
  );
  const members = new Map(live.groupFacts.members);
  for (const group of [...named, ...matched]) {
    const count = usersCount(group);
    if (count !== void 0) members.set(group.id, count);
  }
  let impact = tokenImpacts(
    loaded,
    { ...live, groupFacts: { ...live.groupFacts, members } },
    found,
    new Map([...matches].map(([key, groups2]) => [key, groups2.map((g) => g.id)]))
  );
  if (options.impactUsers) {
    const allowlists = limitedAllowlists(loaded, live);
    const read = await readMembers(okta, groupsToList(impact, allowlists), options.impactUsers.maxUsers);
    const users = withUsers(impact, allowlists, read.members, read.truncated);
    impact = users.impacts;
    const appOf = (path) => loaded.spec.apps[path[1]];
    findings.push(...overLimitFindings(loaded, users.overLimit, (path) => [appOf(path)?.lint ?? /* @__PURE__ */ new Map()]));
    findings.sort((a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col);
  }
  return { plan: { ...found, groupNames, findings, impact }, live };
}
async function apply(loaded, okta, settings) {
  const { plan: fresh, live } = await plan(loaded, okta);
  settings.onPlan?.(fresh);
  assertSafe(fresh, settings);
  const writer = settings.dryRun ? new DryRunWriter() : new OktaWriter(okta, settings.log);
  return applyPlan(fresh, live, writer);
}
async function smoke(loaded, context, only) {
  const { runSmokeTests } = await import("./run-ORU5J7QC.js");
  return runSmokeTests(loaded, context, only);
}
async function importSpec(okta, selection, existing) {
  const spec = existing?.spec;
  const org = spec?.org;
  const ids = [];
  const match = (items, section, same, id2) => {
    const index = items.findIndex(same);
    if (index < 0) return false;
    if (org !== void 0 && items[index].id === void 0) ids.push({ path: [section, index], id: id2 });
    return true;
  };
  const { draft, notes } = await importTenant(
    okta,
    selection,
    spec && {
      has: {
        app: (app) => match(spec.apps, "apps", (a) => a.id === app.id || a.label === app.label, app.id),
        server: (server) => match(
          spec.authorizationServers,
          "authorizationServers",
          (s) => s.id === server.id || s.name === server.name,
          server.id
        )
      },
      names: { pins: spec.groups, unpinned: new Set(groupNamesToResolve(spec).map((r) => r.name)) }
    }
  );
  if (ids.length > 0) notes.push(`${ids.length} item(s) the spec has got their ID in ${org}`);
  const text = existing ? (await import("./merge-TDCYEIGH.js")).mergeSpec(
    existing.source.text,
    draft,
    org === void 0 ? void 0 : { org, ids }
  ) : (await import("./write-YNN5SCEQ.js")).writeSpec(draft, okta.orgUrl.origin);
  return { text, apps: draft.apps.length, servers: draft.servers.length, notes };
}

// src/okta/credentials.ts
function apiToken(token) {
  return { headers: async () => ({ authorization: `SSWS ${token.reveal()}` }) };
}
var SCOPES = {
  read: ["okta.apps.read", "okta.groups.read", "okta.authorizationServers.read"],
  write: ["okta.apps.manage", "okta.groups.read", "okta.authorizationServers.manage"]
};
function scopeFor(method, path) {
  const read = method === "GET";
  if (path.startsWith("/api/v1/apps")) return read ? "okta.apps.read" : "okta.apps.manage";
  if (path.startsWith("/api/v1/authorizationServers"))
    return read ? "okta.authorizationServers.read" : "okta.authorizationServers.manage";
  if (path.startsWith("/api/v1/groups")) return read ? "okta.groups.read" : "okta.groups.manage";
  if (path.startsWith("/api/v1/users")) return read ? "okta.users.read" : "okta.users.manage";
  return void 0;
}
var TOKEN_ATTEMPTS = 3;
function serviceApp(orgUrl2, clientId, privateKey, scopes) {
  let token;
  let dpop;
  const tokenEndpoint = new URL("/oauth2/v1/token", orgUrl2);
  const oauth = new OAuthClient(orgUrl2);
  const refused = (error) => new UserError(
    `the service app ${clientId} could not get an access token for ${scopes.join(" ")}: ${error.status ?? "no answer"} ${error.error} ${error.description}`.trim()
  );
  const fetchToken = async () => {
    const [{ clientAuthentication }, { DpopKey }] = await Promise.all([
      import("./client-auth-AQXHFVGQ.js"),
      import("./dpop-YZQBTCKM.js")
    ]);
    let nonce;
    for (let attempt = 1; ; attempt++) {
      const auth = await clientAuthentication(
        { clientId, method: "private_key_jwt", privateKey },
        tokenEndpoint.toString()
      );
      const form = { grant_type: "client_credentials", scope: scopes.join(" "), ...auth.form };
      const headers = dpop ? { dpop: await dpop.proof("POST", tokenEndpoint, nonce === void 0 ? {} : { nonce }) } : {};
      let body;
      try {
        body = await oauth.token(tokenEndpoint.toString(), form, headers);
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        if (attempt < TOKEN_ATTEMPTS && !dpop && wantsDpop(error)) {
          dpop = await DpopKey.create();
          continue;
        }
        if (attempt < TOKEN_ATTEMPTS && dpop && error.error === "use_dpop_nonce" && error.dpopNonce) {
          if (error.dpopNonce !== nonce) {
            nonce = error.dpopNonce;
            continue;
          }
        }
        throw refused(error);
      }
      if (!body.access_token)
        throw new UserError(`the service app ${clientId}: the token answer holds no access_token`);
      const bound = String(body.token_type).toLowerCase() === "dpop";
      if (bound && !dpop)
        throw new UserError(
          `the service app ${clientId}: Okta sent a DPoP token for a request without a proof`
        );
      return {
        value: body.access_token,
        expiresAt: Date.now() + (body.expires_in ?? 3600) * 1e3,
        dpop: bound ? dpop : void 0
      };
    }
  };
  const current = async () => {
    let pending = token;
    if (!pending) {
      pending = fetchToken();
      token = pending;
    }
    let got;
    try {
      got = await pending;
    } catch (error) {
      if (token === pending) token = void 0;
      throw error;
    }
    if (got.expiresAt <= Date.now() + 6e4) {
      if (token === pending) token = fetchToken();
      got = await token;
    }
    return got;
  };
  return {
    reset: () => {
      token = void 0;
    },
    async headers(method, url) {
      const { value, dpop: key } = await current();
      if (!key) return { authorization: `Bearer ${value}` };
      return { authorization: `DPoP ${value}`, dpop: await key.proof(method, url, { accessToken: value }) };
    },
    explain(status, method, path) {
      if (status !== 403) return void 0;
      const needed = scopeFor(method, path);
      const granted = needed !== void 0 && scopes.includes(needed);
      return needed === void 0 ? void 0 : granted ? `the service app ${clientId} has ${needed}; its admin role must allow this request too` : `the service app ${clientId} asked for ${scopes.join(" ")}; this request needs ${needed} (grant it on the app's Okta API Scopes tab)`;
    }
  };
}
function wantsDpop(error) {
  return error.error === "invalid_dpop_proof" || error.error === "invalid_request" && /dpop/i.test(error.description);
}
function oktaCredentials(orgUrl2, given, access) {
  if (given.apiToken) return apiToken(given.apiToken);
  if (!given.serviceApp) return void 0;
  return serviceApp(orgUrl2, given.serviceApp.clientId, given.serviceApp.privateKey, SCOPES[access]);
}

// src/cli/okta-settings.ts
var OKTA_OPTIONS = { "org-url": { type: "string" }, org: { type: "string" } };
var OKTA_HELP = `  --org-url URL       the Okta org, e.g. https://example.okta.com (default: OKTA_ORG_URL);
                      with --org, instead of the org's url in the spec
  --org NAME          with a spec that has orgs: the org to work on (needed when it has
                      more than one)

Environment:
  OKTA_ORG_URL        the Okta org, when --org-url is not given
  OKTA_ORG_URL_<ORG>  with --org: the org's URL, which must be the spec's; needed when the
                      spec's is not on an Okta domain (okta.com, oktapreview.com, ...)
  OKTA_API_TOKEN      an Okta API token (SSWS); never passed as a flag, so it stays out of
                      process lists and shell history
  OKTA_CLIENT_ID,     instead of a token: an OAuth service app's client ID and its private
  OKTA_PRIVATE_KEY    key (PKCS#8 PEM or JWK), granted okta.apps, okta.groups.read and
                      okta.authorizationServers scopes (read for plan, manage for apply)
  OKTA_API_TOKEN_<ORG>, or OKTA_CLIENT_ID_<ORG> and OKTA_PRIVATE_KEY_<ORG>: with --org, the
                      org's own credentials (<ORG> upper-cased, - as _; e.g. OKTA_API_TOKEN_PROD);
                      the unsuffixed ones are never sent to an org of a many-org spec`;
function orgTargets(loaded, values, io, options = {}) {
  const all = options.all === true;
  const named = values.org;
  const choice = chooseOrgs(loaded.spec, { ...named === void 0 ? {} : { names: [named] }, all });
  const file = loaded.source.file;
  if (choice.problem?.kind === "no-orgs")
    throw new UserError(
      `${file} defines no orgs, so ${all ? "--all-orgs" : "--org"} has nothing to pick; use --org-url (or OKTA_ORG_URL)`
    );
  if (choice.orgs?.length === 0) return [{ ...plainTarget(values, io), loaded }];
  if (all && named !== void 0) throw new UserError("give --org NAME or --all-orgs, not both");
  if (all && values["org-url"] !== void 0)
    throw new UserError("--org-url names one org; with --all-orgs each org's url comes from the spec");
  if (choice.problem?.kind === "ambiguous")
    throw new UserError(
      `${file} serves ${choice.problem.defined.length} orgs (${choice.problem.defined.join(", ")}): pass --org NAME${options.allowAll ? " or --all-orgs" : ""}`
    );
  if (choice.problem?.kind === "unknown")
    throw new UserError(
      `--org ${choice.problem.name}: ${file} defines no such org (it has ${choice.problem.defined.join(", ")})`
    );
  const chosen = choice.orgs;
  const urls = chosen.map((org) => orgAddress(org, loaded, values["org-url"], io.env));
  return chosen.map((org, i) => ({
    org,
    url: urls[i],
    loaded: specForOrg(loaded, org),
    credentials: credentialsFromEnv(io.env, orgVariableSuffix(org))
  }));
}
function orgAddress(org, loaded, flag, env) {
  if (flag !== void 0) return parseOrgUrl(flag);
  const variable = `OKTA_ORG_URL_${orgVariableSuffix(org)}`;
  const fromSpec = parseOrgUrl(loaded.spec.orgs.get(org).url);
  const confirmed = env[variable] ? parseOrgUrl(env[variable]) : void 0;
  if (confirmed && confirmed.origin !== fromSpec.origin)
    throw new UserError(
      `org ${org}: ${loaded.source.file} says ${fromSpec.origin} but ${variable} says ${confirmed.origin}; nothing was sent (change one of them)`
    );
  if (!confirmed && !isOktaOrLocalOrigin(fromSpec))
    throw new UserError(
      `org ${org}: ${fromSpec.origin} (from ${loaded.source.file}) is not on an Okta domain; set ${variable}=${fromSpec.origin} (or pass --org-url) to confirm it before ${org}'s credentials go there; nothing was sent`
    );
  return confirmed ?? fromSpec;
}
function orgUrl(values, io) {
  const raw = values["org-url"] ?? io.env.OKTA_ORG_URL;
  if (!raw) throw new UserError("no Okta org: pass --org-url or set OKTA_ORG_URL");
  return parseOrgUrl(raw);
}
function plainTarget(values, io) {
  if (values.org !== void 0)
    throw new UserError("--org picks one of a spec's orgs; without a spec, give --org-url (or OKTA_ORG_URL)");
  return { org: void 0, url: orgUrl(values, io), credentials: credentialsFromEnv(io.env) };
}
function hasOktaCredentials(target) {
  const c = target.credentials;
  return Boolean(c.apiToken || c.serviceApp);
}
function oktaAdmin(target, io, access = "read") {
  const { variables } = target.credentials;
  const credentials = oktaCredentials(target.url, target.credentials, access);
  if (!credentials)
    throw new UserError(
      `no Okta credentials${target.org === void 0 ? "" : ` for org ${target.org}`}: set ${variables}`
    );
  const prefix = target.org === void 0 ? "okta-drift" : `okta-drift [${target.org}]`;
  return OktaAdmin.connect({
    orgUrl: target.url,
    credentials,
    log: (message) => io.stderr.write(`${prefix}: ${message}
`)
  });
}

export {
  print,
  mapAllowlistEntries,
  plan,
  apply,
  smoke,
  importSpec,
  OKTA_OPTIONS,
  OKTA_HELP,
  orgTargets,
  plainTarget,
  hasOktaCredentials,
  oktaAdmin
};
