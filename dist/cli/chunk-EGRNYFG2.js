import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  VERSION
} from "./chunk-YZTESDR2.js";
import {
  ServerResponse,
  http_default,
  validateHeaderName,
  validateHeaderValue
} from "./chunk-VVA3I4Z3.js";
import {
  inspect,
  isDeepStrictEqual,
  promisify,
  types
} from "./chunk-TCHIGGQM.js";
import {
  UserError
} from "./chunk-GF2GQFVC.js";
import {
  printable
} from "./chunk-YPXYFTOR.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TB6QAKHI.js";

// node_modules/http-cache-semantics/index.js
var require_http_cache_semantics = __commonJS({
  "node_modules/http-cache-semantics/index.js"(exports, module) {
    "use strict";
    var statusCodeCacheableByDefault = /* @__PURE__ */ new Set([
      200,
      203,
      204,
      206,
      300,
      301,
      308,
      404,
      405,
      410,
      414,
      501
    ]);
    var understoodStatuses = /* @__PURE__ */ new Set([
      200,
      203,
      204,
      300,
      301,
      302,
      303,
      307,
      308,
      404,
      405,
      410,
      414,
      501
    ]);
    var errorStatusCodes = /* @__PURE__ */ new Set([
      500,
      502,
      503,
      504
    ]);
    var hopByHopHeaders2 = {
      date: true,
      // included, because we add Age update Date
      connection: true,
      "keep-alive": true,
      "proxy-authenticate": true,
      "proxy-authorization": true,
      te: true,
      trailer: true,
      "transfer-encoding": true,
      upgrade: true
    };
    var excludedFromRevalidationUpdate = {
      // Since the old body is reused, it doesn't make sense to change properties of the body
      "content-length": true,
      "content-encoding": true,
      "transfer-encoding": true,
      "content-range": true
    };
    function toNumberOrZero(s) {
      const n2 = parseInt(s, 10);
      return isFinite(n2) ? n2 : 0;
    }
    function isErrorResponse(response) {
      if (!response) {
        return true;
      }
      return errorStatusCodes.has(response.status);
    }
    function parseCacheControl(header) {
      const cc = {};
      if (!header) return cc;
      const parts = header.trim().split(/,/);
      for (const part of parts) {
        const [k, v] = part.split(/=/, 2);
        cc[k.trim()] = v === void 0 ? true : v.trim().replace(/^"|"$/g, "");
      }
      return cc;
    }
    function formatCacheControl(cc) {
      let parts = [];
      for (const k in cc) {
        const v = cc[k];
        parts.push(v === true ? k : k + "=" + v);
      }
      if (!parts.length) {
        return void 0;
      }
      return parts.join(", ");
    }
    module.exports = class CachePolicy {
      /**
       * Creates a new CachePolicy instance.
       * @param {HttpRequest} req - Incoming client request.
       * @param {HttpResponse} res - Received server response.
       * @param {Object} [options={}] - Configuration options.
       * @param {boolean} [options.shared=true] - Is the cache shared (a public proxy)? `false` for personal browser caches.
       * @param {number} [options.cacheHeuristic=0.1] - Fallback heuristic (age fraction) for cache duration.
       * @param {number} [options.immutableMinTimeToLive=86400000] - Minimum TTL for immutable responses in milliseconds.
       * @param {boolean} [options.ignoreCargoCult=false] - Detect nonsense cache headers, and override them.
       * @param {any} [options._fromObject] - Internal parameter for deserialization. Do not use.
       */
      constructor(req, res, {
        shared,
        cacheHeuristic,
        immutableMinTimeToLive,
        ignoreCargoCult,
        _fromObject
      } = {}) {
        if (_fromObject) {
          this._fromObject(_fromObject);
          return;
        }
        if (!res || !res.headers) {
          throw Error("Response headers missing");
        }
        this._assertRequestHasHeaders(req);
        this._responseTime = this.now();
        this._isShared = shared !== false;
        this._ignoreCargoCult = !!ignoreCargoCult;
        this._cacheHeuristic = void 0 !== cacheHeuristic ? cacheHeuristic : 0.1;
        this._immutableMinTtl = void 0 !== immutableMinTimeToLive ? immutableMinTimeToLive : 24 * 3600 * 1e3;
        this._status = "status" in res ? res.status : 200;
        this._resHeaders = res.headers;
        this._rescc = parseCacheControl(res.headers["cache-control"]);
        this._method = "method" in req ? req.method : "GET";
        this._url = req.url;
        this._host = req.headers.host;
        this._noAuthorization = !req.headers.authorization;
        this._reqHeaders = res.headers.vary ? req.headers : null;
        this._reqcc = parseCacheControl(req.headers["cache-control"]);
        if (this._ignoreCargoCult && "pre-check" in this._rescc && "post-check" in this._rescc) {
          delete this._rescc["pre-check"];
          delete this._rescc["post-check"];
          delete this._rescc["no-cache"];
          delete this._rescc["no-store"];
          delete this._rescc["must-revalidate"];
          this._resHeaders = Object.assign({}, this._resHeaders, {
            "cache-control": formatCacheControl(this._rescc)
          });
          delete this._resHeaders.expires;
          delete this._resHeaders.pragma;
        }
        if (res.headers["cache-control"] == null && /no-cache/.test(res.headers.pragma)) {
          this._rescc["no-cache"] = true;
        }
      }
      /**
       * You can monkey-patch it for testing.
       * @returns {number} Current time in milliseconds.
       */
      now() {
        return Date.now();
      }
      /**
       * Determines if the response is storable in a cache.
       * @returns {boolean} `false` if can never be cached.
       */
      storable() {
        return !!(!this._reqcc["no-store"] && // A cache MUST NOT store a response to any request, unless:
        // The request method is understood by the cache and defined as being cacheable, and
        ("GET" === this._method || "HEAD" === this._method || "POST" === this._method && this._hasExplicitExpiration()) && // the response status code is understood by the cache, and
        understoodStatuses.has(this._status) && // the "no-store" cache directive does not appear in request or response header fields, and
        !this._rescc["no-store"] && // the "private" response directive does not appear in the response, if the cache is shared, and
        (!this._isShared || !this._rescc.private) && // the Authorization header field does not appear in the request, if the cache is shared,
        (!this._isShared || this._noAuthorization || this._allowsStoringAuthenticated()) && // the response either:
        // contains an Expires header field, or
        (this._resHeaders.expires || // contains a max-age response directive, or
        // contains a s-maxage response directive and the cache is shared, or
        // contains a public response directive.
        this._rescc["max-age"] || this._isShared && this._rescc["s-maxage"] || this._rescc.public || // has a status code that is defined as cacheable by default
        statusCodeCacheableByDefault.has(this._status)));
      }
      /**
       * @returns {boolean} true if expiration is explicitly defined.
       */
      _hasExplicitExpiration() {
        return !!(this._isShared && this._rescc["s-maxage"] || this._rescc["max-age"] || this._resHeaders.expires);
      }
      /**
       * @param {HttpRequest} req - a request
       * @throws {Error} if the headers are missing.
       */
      _assertRequestHasHeaders(req) {
        if (!req || !req.headers) {
          throw Error("Request headers missing");
        }
      }
      /**
       * Checks if the request matches the cache and can be satisfied from the cache immediately,
       * without having to make a request to the server.
       *
       * This doesn't support `stale-while-revalidate`. See `evaluateRequest()` for a more complete solution.
       *
       * @param {HttpRequest} req - The new incoming HTTP request.
       * @returns {boolean} `true`` if the cached response used to construct this cache policy satisfies the request without revalidation.
       */
      satisfiesWithoutRevalidation(req) {
        const result = this.evaluateRequest(req);
        return !result.revalidation;
      }
      /**
       * @param {{headers: Record<string, string>, synchronous: boolean}|undefined} revalidation - Revalidation information, if any.
       * @returns {{response: HttpResponse, revalidation: {headers: Record<string, string>, synchronous: boolean}|undefined}} An object with a cached response headers and revalidation info.
       */
      _evaluateRequestHitResult(revalidation) {
        return {
          response: {
            headers: this.responseHeaders(),
            status: this._status
          },
          revalidation
        };
      }
      /**
       * @param {HttpRequest} request - new incoming
       * @param {boolean} synchronous - whether revalidation must be synchronous (not s-w-r).
       * @returns {{headers: Record<string, string>, synchronous: boolean}} An object with revalidation headers and a synchronous flag.
       */
      _evaluateRequestRevalidation(request2, synchronous) {
        return {
          synchronous,
          headers: this.revalidationHeaders(request2)
        };
      }
      /**
       * @param {HttpRequest} request - new incoming
       * @returns {{response: undefined, revalidation: {headers: Record<string, string>, synchronous: boolean}}} An object indicating no cached response and revalidation details.
       */
      _evaluateRequestMissResult(request2) {
        return {
          response: void 0,
          revalidation: this._evaluateRequestRevalidation(request2, true)
        };
      }
      /**
       * Checks if the given request matches this cache entry, and how the cache can be used to satisfy it. Returns an object with:
       *
       * ```
       * {
       *     // If defined, you must send a request to the server.
       *     revalidation: {
       *         headers: {}, // HTTP headers to use when sending the revalidation response
       *         // If true, you MUST wait for a response from the server before using the cache
       *         // If false, this is stale-while-revalidate. The cache is stale, but you can use it while you update it asynchronously.
       *         synchronous: bool,
       *     },
       *     // If defined, you can use this cached response.
       *     response: {
       *         headers: {}, // Updated cached HTTP headers you must use when responding to the client
       *     },
       * }
       * ```
       * @param {HttpRequest} req - new incoming HTTP request
       * @returns {{response: HttpResponse|undefined, revalidation: {headers: Record<string, string>, synchronous: boolean}|undefined}} An object containing keys:
       *   - revalidation: { headers: Record<string, string>, synchronous: boolean } Set if you should send this to the origin server
       *   - response: HttpResponse Set if you can respond to the client with these cached headers
       */
      evaluateRequest(req) {
        this._assertRequestHasHeaders(req);
        if (this._rescc["must-revalidate"]) {
          return this._evaluateRequestMissResult(req);
        }
        if (!this._requestMatches(req, false)) {
          return this._evaluateRequestMissResult(req);
        }
        const requestCC = parseCacheControl(req.headers["cache-control"]);
        if (requestCC["no-cache"] || /no-cache/.test(req.headers.pragma)) {
          return this._evaluateRequestMissResult(req);
        }
        if (requestCC["max-age"] && this.age() > toNumberOrZero(requestCC["max-age"])) {
          return this._evaluateRequestMissResult(req);
        }
        if (requestCC["min-fresh"] && this.maxAge() - this.age() < toNumberOrZero(requestCC["min-fresh"])) {
          return this._evaluateRequestMissResult(req);
        }
        if (this.stale()) {
          const allowsStaleWithoutRevalidation = "max-stale" in requestCC && (true === requestCC["max-stale"] || requestCC["max-stale"] > this.age() - this.maxAge());
          if (allowsStaleWithoutRevalidation) {
            return this._evaluateRequestHitResult(void 0);
          }
          if (this.useStaleWhileRevalidate()) {
            return this._evaluateRequestHitResult(this._evaluateRequestRevalidation(req, false));
          }
          return this._evaluateRequestMissResult(req);
        }
        return this._evaluateRequestHitResult(void 0);
      }
      /**
       * @param {HttpRequest} req - check if this is for the same cache entry
       * @param {boolean} allowHeadMethod - allow a HEAD method to match.
       * @returns {boolean} `true` if the request matches.
       */
      _requestMatches(req, allowHeadMethod) {
        return !!((!this._url || this._url === req.url) && this._host === req.headers.host && // the request method associated with the stored response allows it to be used for the presented request, and
        (!req.method || this._method === req.method || allowHeadMethod && "HEAD" === req.method) && // selecting header fields nominated by the stored response (if any) match those presented, and
        this._varyMatches(req));
      }
      /**
       * Determines whether storing authenticated responses is allowed.
       * @returns {boolean} `true` if allowed.
       */
      _allowsStoringAuthenticated() {
        return !!(this._rescc["must-revalidate"] || this._rescc.public || this._rescc["s-maxage"]);
      }
      /**
       * Checks whether the Vary header in the response matches the new request.
       * @param {HttpRequest} req - incoming HTTP request
       * @returns {boolean} `true` if the vary headers match.
       */
      _varyMatches(req) {
        if (!this._resHeaders.vary) {
          return true;
        }
        const fields = this._resHeaders.vary.trim().toLowerCase().split(/\s*,\s*/);
        for (const name of fields) {
          if (name === "*") {
            return false;
          }
          const newReq = Object.prototype.hasOwnProperty.call(
            req.headers,
            name
          ) && req.headers[name];
          const cachedReq = Object.prototype.hasOwnProperty.call(
            this._reqHeaders,
            name
          ) && this._reqHeaders[name];
          if (newReq !== cachedReq) {
            return false;
          }
        }
        return true;
      }
      /**
       * Creates a copy of the given headers without any hop-by-hop headers.
       * @param {Record<string, string>} inHeaders - old headers from the cached response
       * @returns {Record<string, string>} A new headers object without hop-by-hop headers.
       */
      _copyWithoutHopByHopHeaders(inHeaders) {
        const headers = {};
        for (const name in inHeaders) {
          if (hopByHopHeaders2[name]) continue;
          headers[name] = inHeaders[name];
        }
        if (inHeaders.connection) {
          const tokens = inHeaders.connection.trim().split(/\s*,\s*/);
          for (const name of tokens) {
            delete headers[name];
          }
        }
        if (headers.warning) {
          const warnings = headers.warning.split(/,/).filter((warning) => {
            return !/^\s*1[0-9][0-9]/.test(warning);
          });
          if (!warnings.length) {
            delete headers.warning;
          } else {
            headers.warning = warnings.join(",").trim();
          }
        }
        return headers;
      }
      /**
       * Returns the response headers adjusted for serving the cached response.
       * Removes hop-by-hop headers and updates the Age and Date headers.
       * @returns {Record<string, string>} The adjusted response headers.
       */
      responseHeaders() {
        const headers = this._copyWithoutHopByHopHeaders(this._resHeaders);
        const age = this.age();
        if (age > 3600 * 24 && !this._hasExplicitExpiration() && this.maxAge() > 3600 * 24) {
          headers.warning = (headers.warning ? `${headers.warning}, ` : "") + '113 - "rfc7234 5.5.4"';
        }
        headers.age = `${Math.round(age)}`;
        headers.date = new Date(this.now()).toUTCString();
        return headers;
      }
      /**
       * Returns the status code of the cached response.
       * @returns {number} The response status code.
       */
      status() {
        return this._status;
      }
      /**
       * Returns the Date header value from the response or the current time if invalid.
       * @returns {number} Timestamp (in milliseconds) representing the Date header or response time.
       */
      date() {
        const serverDate = Date.parse(this._resHeaders.date);
        if (isFinite(serverDate)) {
          return serverDate;
        }
        return this._responseTime;
      }
      /**
       * Value of the Age header, in seconds, updated for the current time.
       * May be fractional.
       * @returns {number} The age in seconds.
       */
      age() {
        let age = this._ageValue();
        const residentTime = (this.now() - this._responseTime) / 1e3;
        return age + residentTime;
      }
      /**
       * @returns {number} The Age header value as a number.
       */
      _ageValue() {
        return toNumberOrZero(this._resHeaders.age);
      }
      /**
       * Possibly outdated value of applicable max-age (or heuristic equivalent) in seconds.
       * This counts since response's `Date`.
       *
       * For an up-to-date value, see `timeToLive()`.
       *
       * Returns the maximum age (freshness lifetime) of the response in seconds.
       * @returns {number} The max-age value in seconds.
       */
      maxAge() {
        if (!this.storable() || this._rescc["no-cache"]) {
          return 0;
        }
        if (this._isShared && (this._resHeaders["set-cookie"] && !this._rescc.public && !this._rescc.immutable)) {
          return 0;
        }
        if (this._resHeaders.vary === "*") {
          return 0;
        }
        if (this._isShared) {
          if (this._rescc["proxy-revalidate"]) {
            return 0;
          }
          if (this._rescc["s-maxage"]) {
            return toNumberOrZero(this._rescc["s-maxage"]);
          }
        }
        if (this._rescc["max-age"]) {
          return toNumberOrZero(this._rescc["max-age"]);
        }
        const defaultMinTtl = this._rescc.immutable ? this._immutableMinTtl : 0;
        const serverDate = this.date();
        if (this._resHeaders.expires) {
          const expires = Date.parse(this._resHeaders.expires);
          if (Number.isNaN(expires) || expires < serverDate) {
            return 0;
          }
          return Math.max(defaultMinTtl, (expires - serverDate) / 1e3);
        }
        if (this._resHeaders["last-modified"]) {
          const lastModified = Date.parse(this._resHeaders["last-modified"]);
          if (isFinite(lastModified) && serverDate > lastModified) {
            return Math.max(
              defaultMinTtl,
              (serverDate - lastModified) / 1e3 * this._cacheHeuristic
            );
          }
        }
        return defaultMinTtl;
      }
      /**
       * Remaining time this cache entry may be useful for, in *milliseconds*.
       * You can use this as an expiration time for your cache storage.
       *
       * Prefer this method over `maxAge()`, because it includes other factors like `age` and `stale-while-revalidate`.
       * @returns {number} Time-to-live in milliseconds.
       */
      timeToLive() {
        const age = this.maxAge() - this.age();
        const staleIfErrorAge = age + toNumberOrZero(this._rescc["stale-if-error"]);
        const staleWhileRevalidateAge = age + toNumberOrZero(this._rescc["stale-while-revalidate"]);
        return Math.round(Math.max(0, age, staleIfErrorAge, staleWhileRevalidateAge) * 1e3);
      }
      /**
       * If true, this cache entry is past its expiration date.
       * Note that stale cache may be useful sometimes, see `evaluateRequest()`.
       * @returns {boolean} `false` doesn't mean it's fresh nor usable
       */
      stale() {
        return this.maxAge() <= this.age();
      }
      /**
       * @returns {boolean} `true` if `stale-if-error` condition allows use of a stale response.
       */
      _useStaleIfError() {
        return this.maxAge() + toNumberOrZero(this._rescc["stale-if-error"]) > this.age();
      }
      /** See `evaluateRequest()` for a more complete solution
       * @returns {boolean} `true` if `stale-while-revalidate` is currently allowed.
       */
      useStaleWhileRevalidate() {
        const swr = toNumberOrZero(this._rescc["stale-while-revalidate"]);
        return swr > 0 && this.maxAge() + swr > this.age();
      }
      /**
       * Creates a `CachePolicy` instance from a serialized object.
       * @param {Object} obj - The serialized object.
       * @returns {CachePolicy} A new CachePolicy instance.
       */
      static fromObject(obj) {
        return new this(void 0, void 0, { _fromObject: obj });
      }
      /**
       * @param {any} obj - The serialized object.
       * @throws {Error} If already initialized or if the object is invalid.
       */
      _fromObject(obj) {
        if (this._responseTime) throw Error("Reinitialized");
        if (!obj || obj.v !== 1) throw Error("Invalid serialization");
        this._responseTime = obj.t;
        this._isShared = obj.sh;
        this._cacheHeuristic = obj.ch;
        this._immutableMinTtl = obj.imm !== void 0 ? obj.imm : 24 * 3600 * 1e3;
        this._ignoreCargoCult = !!obj.icc;
        this._status = obj.st;
        this._resHeaders = obj.resh;
        this._rescc = obj.rescc;
        this._method = obj.m;
        this._url = obj.u;
        this._host = obj.h;
        this._noAuthorization = obj.a;
        this._reqHeaders = obj.reqh;
        this._reqcc = obj.reqcc;
      }
      /**
       * Serializes the `CachePolicy` instance into a JSON-serializable object.
       * @returns {Object} The serialized object.
       */
      toObject() {
        return {
          v: 1,
          t: this._responseTime,
          sh: this._isShared,
          ch: this._cacheHeuristic,
          imm: this._immutableMinTtl,
          icc: this._ignoreCargoCult,
          st: this._status,
          resh: this._resHeaders,
          rescc: this._rescc,
          m: this._method,
          u: this._url,
          h: this._host,
          a: this._noAuthorization,
          reqh: this._reqHeaders,
          reqcc: this._reqcc
        };
      }
      /**
       * Headers for sending to the origin server to revalidate stale response.
       * Allows server to return 304 to allow reuse of the previous response.
       *
       * Hop by hop headers are always stripped.
       * Revalidation headers may be added or removed, depending on request.
       * @param {HttpRequest} incomingReq - The incoming HTTP request.
       * @returns {Record<string, string>} The headers for the revalidation request.
       */
      revalidationHeaders(incomingReq) {
        this._assertRequestHasHeaders(incomingReq);
        const headers = this._copyWithoutHopByHopHeaders(incomingReq.headers);
        delete headers["if-range"];
        if (!this._requestMatches(incomingReq, true) || !this.storable()) {
          delete headers["if-none-match"];
          delete headers["if-modified-since"];
          return headers;
        }
        if (this._resHeaders.etag) {
          headers["if-none-match"] = headers["if-none-match"] ? `${headers["if-none-match"]}, ${this._resHeaders.etag}` : this._resHeaders.etag;
        }
        const forbidsWeakValidators = headers["accept-ranges"] || headers["if-match"] || headers["if-unmodified-since"] || this._method && this._method != "GET";
        if (forbidsWeakValidators) {
          delete headers["if-modified-since"];
          if (headers["if-none-match"]) {
            const etags = headers["if-none-match"].split(/,/).filter((etag) => {
              return !/^\s*W\//.test(etag);
            });
            if (!etags.length) {
              delete headers["if-none-match"];
            } else {
              headers["if-none-match"] = etags.join(",").trim();
            }
          }
        } else if (this._resHeaders["last-modified"] && !headers["if-modified-since"]) {
          headers["if-modified-since"] = this._resHeaders["last-modified"];
        }
        return headers;
      }
      /**
       * Creates new CachePolicy with information combined from the previews response,
       * and the new revalidation response.
       *
       * Returns {policy, modified} where modified is a boolean indicating
       * whether the response body has been modified, and old cached body can't be used.
       *
       * @param {HttpRequest} request - The latest HTTP request asking for the cached entry.
       * @param {HttpResponse} response - The latest revalidation HTTP response from the origin server.
       * @returns {{policy: CachePolicy, modified: boolean, matches: boolean}} The updated policy and modification status.
       * @throws {Error} If the response headers are missing.
       */
      revalidatedPolicy(request2, response) {
        this._assertRequestHasHeaders(request2);
        if (this._useStaleIfError() && isErrorResponse(response)) {
          return {
            policy: this,
            modified: false,
            matches: true
          };
        }
        if (!response || !response.headers) {
          throw Error("Response headers missing");
        }
        let matches = false;
        if (response.status !== void 0 && response.status != 304) {
          matches = false;
        } else if (response.headers.etag && !/^\s*W\//.test(response.headers.etag)) {
          matches = this._resHeaders.etag && this._resHeaders.etag.replace(/^\s*W\//, "") === response.headers.etag;
        } else if (this._resHeaders.etag && response.headers.etag) {
          matches = this._resHeaders.etag.replace(/^\s*W\//, "") === response.headers.etag.replace(/^\s*W\//, "");
        } else if (this._resHeaders["last-modified"]) {
          matches = this._resHeaders["last-modified"] === response.headers["last-modified"];
        } else {
          if (!this._resHeaders.etag && !this._resHeaders["last-modified"] && !response.headers.etag && !response.headers["last-modified"]) {
            matches = true;
          }
        }
        const optionsCopy = {
          shared: this._isShared,
          cacheHeuristic: this._cacheHeuristic,
          immutableMinTimeToLive: this._immutableMinTtl,
          ignoreCargoCult: this._ignoreCargoCult
        };
        if (!matches) {
          return {
            policy: new this.constructor(request2, response, optionsCopy),
            // Client receiving 304 without body, even if it's invalid/mismatched has no option
            // but to reuse a cached body. We don't have a good way to tell clients to do
            // error recovery in such case.
            modified: response.status != 304,
            matches: false
          };
        }
        const headers = {};
        for (const k in this._resHeaders) {
          headers[k] = k in response.headers && !excludedFromRevalidationUpdate[k] ? response.headers[k] : this._resHeaders[k];
        }
        const newResponse = Object.assign({}, response, {
          status: this._status,
          method: this._method,
          headers
        });
        return {
          policy: new this.constructor(request2, newResponse, optionsCopy),
          modified: false,
          matches: true
        };
      }
    };
  }
});

// src/model/lookup.ts
function exactlyOne(matches, none, many) {
  if (matches.length === 1) return { found: matches[0] };
  return { problem: printable(matches.length === 0 ? none : many(matches.map((m2) => m2.id).join(", "))) };
}
function appLabelled(label, matches) {
  return exactlyOne(
    matches,
    `no app labelled "${label}" in Okta`,
    (ids) => `${matches.length} apps are labelled "${label}" (${ids}); name the app by id`
  );
}
function serverNamed(name, matches) {
  return exactlyOne(
    matches,
    `no authorization server named "${name}" in Okta`,
    (ids) => `${matches.length} authorization servers are named "${name}" (${ids}); name it by id`
  );
}

// node_modules/got/dist/source/create.js
import { setTimeout as delay } from "node:timers/promises";

// node_modules/@sindresorhus/is/distribution/utilities.js
function keysOf(value) {
  return Object.keys(value);
}

// node_modules/@sindresorhus/is/distribution/index.js
var typedArrayTypeNames = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array"
];
function isTypedArrayName(name) {
  return typedArrayTypeNames.includes(name);
}
var objectTypeNames = [
  "Function",
  "Generator",
  "AsyncGenerator",
  "GeneratorFunction",
  "AsyncGeneratorFunction",
  "AsyncFunction",
  "Observable",
  "Array",
  "Buffer",
  "Blob",
  "Object",
  "RegExp",
  "Date",
  "Error",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "WeakRef",
  "ArrayBuffer",
  "SharedArrayBuffer",
  "DataView",
  "Promise",
  "URL",
  "FormData",
  "URLSearchParams",
  "HTMLElement",
  "NaN",
  ...typedArrayTypeNames
];
function isObjectTypeName(name) {
  return objectTypeNames.includes(name);
}
var primitiveTypeNames = [
  "null",
  "undefined",
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol"
];
function isPrimitiveTypeName(name) {
  return primitiveTypeNames.includes(name);
}
var assertionTypeDescriptions = [
  "bound Function",
  "positive number",
  "negative number",
  "Class",
  "string with a number",
  "null or undefined",
  "Iterable",
  "AsyncIterable",
  "native Promise",
  "EnumCase",
  "string with a URL",
  "truthy",
  "falsy",
  "primitive",
  "integer",
  "plain object",
  "TypedArray",
  "array-like",
  "tuple-like",
  "Node.js Stream",
  "infinite number",
  "empty array",
  "non-empty array",
  "empty string",
  "empty string or whitespace",
  "non-empty string",
  "non-empty string and not whitespace",
  "empty object",
  "non-empty object",
  "empty set",
  "non-empty set",
  "empty map",
  "non-empty map",
  "PropertyKey",
  "even integer",
  "finite number",
  "negative integer",
  "non-negative integer",
  "non-negative number",
  "odd integer",
  "positive integer",
  "safe integer",
  "T",
  "in range",
  "predicate returns truthy for any value",
  "predicate returns truthy for all values",
  "valid Date",
  "valid length",
  "whitespace string",
  ...objectTypeNames,
  ...primitiveTypeNames
];
var getObjectType = (value) => {
  const objectTypeName = Object.prototype.toString.call(value).slice(8, -1);
  if (new RegExp("HTML\\w+Element", "v").test(objectTypeName) && isHtmlElement(value)) {
    return "HTMLElement";
  }
  if (isObjectTypeName(objectTypeName)) {
    return objectTypeName;
  }
  return void 0;
};
function detect(value) {
  if (value === null) {
    return "null";
  }
  switch (typeof value) {
    case "undefined": {
      return "undefined";
    }
    case "string": {
      return "string";
    }
    case "number": {
      return Number.isNaN(value) ? "NaN" : "number";
    }
    case "boolean": {
      return "boolean";
    }
    case "function": {
      return "Function";
    }
    case "bigint": {
      return "bigint";
    }
    case "symbol": {
      return "symbol";
    }
    default:
  }
  if (isObservable(value)) {
    return "Observable";
  }
  if (isArray(value)) {
    return "Array";
  }
  if (isBuffer(value)) {
    return "Buffer";
  }
  const tagType = getObjectType(value);
  if (tagType !== void 0 && tagType !== "Object") {
    return tagType;
  }
  if (hasPromiseApi(value)) {
    return "Promise";
  }
  if (isBoxedPrimitiveObject(value)) {
    throw new TypeError("Please don't use object wrappers for primitive types");
  }
  return "Object";
}
function hasPromiseApi(value) {
  return isFunction(value?.then) && isFunction(value?.catch);
}
function hasBoxedPrimitiveBrand(value, valueOf) {
  try {
    Reflect.apply(valueOf, value, []);
    return true;
  } catch {
    return false;
  }
}
function isBoxedPrimitiveObject(value) {
  return hasBoxedPrimitiveBrand(value, String.prototype.valueOf) || hasBoxedPrimitiveBrand(value, Boolean.prototype.valueOf) || hasBoxedPrimitiveBrand(value, Number.prototype.valueOf);
}
var is = Object.assign(detect, {
  all: isAll,
  any: isAny,
  array: isArray,
  arrayBuffer: isArrayBuffer,
  arrayLike: isArrayLike,
  arrayOf: isArrayOf,
  asyncFunction: isAsyncFunction,
  asyncGenerator: isAsyncGenerator,
  asyncGeneratorFunction: isAsyncGeneratorFunction,
  asyncIterable: isAsyncIterable,
  bigint: isBigint,
  bigInt64Array: isBigInt64Array,
  bigUint64Array: isBigUint64Array,
  blob: isBlob,
  boolean: isBoolean,
  boundFunction: isBoundFunction,
  buffer: isBuffer,
  class: isClass,
  dataView: isDataView,
  date: isDate,
  detect,
  directInstanceOf: isDirectInstanceOf,
  emptyArray: isEmptyArray,
  emptyMap: isEmptyMap,
  emptyObject: isEmptyObject,
  emptySet: isEmptySet,
  emptyString: isEmptyString,
  emptyStringOrWhitespace: isEmptyStringOrWhitespace,
  enumCase: isEnumCase,
  error: isError,
  evenInteger: isEvenInteger,
  falsy: isFalsy,
  finiteNumber: isFiniteNumber,
  float32Array: isFloat32Array,
  float64Array: isFloat64Array,
  formData: isFormData,
  function: isFunction,
  generator: isGenerator,
  generatorFunction: isGeneratorFunction,
  htmlElement: isHtmlElement,
  infinite: isInfinite,
  inRange: isInRange,
  int16Array: isInt16Array,
  int32Array: isInt32Array,
  int8Array: isInt8Array,
  integer: isInteger,
  iterable: isIterable,
  map: isMap,
  nan: isNan,
  nativePromise: isNativePromise,
  negativeInteger: isNegativeInteger,
  negativeNumber: isNegativeNumber,
  nodeStream: isNodeStream,
  nonEmptyArray: isNonEmptyArray,
  nonEmptyMap: isNonEmptyMap,
  nonEmptyObject: isNonEmptyObject,
  nonEmptySet: isNonEmptySet,
  nonEmptyString: isNonEmptyString,
  nonEmptyStringAndNotWhitespace: isNonEmptyStringAndNotWhitespace,
  nonNegativeInteger: isNonNegativeInteger,
  nonNegativeNumber: isNonNegativeNumber,
  null: isNull,
  nullOrUndefined: isNullOrUndefined,
  number: isNumber,
  numericString: isNumericString,
  object: isObject,
  observable: isObservable,
  oddInteger: isOddInteger,
  oneOf: isOneOf,
  plainObject: isPlainObject,
  positiveInteger: isPositiveInteger,
  positiveNumber: isPositiveNumber,
  primitive: isPrimitive,
  promise: isPromise,
  propertyKey: isPropertyKey,
  regExp: isRegExp,
  safeInteger: isSafeInteger,
  set: isSet,
  sharedArrayBuffer: isSharedArrayBuffer,
  string: isString,
  symbol: isSymbol,
  truthy: isTruthy,
  tupleLike: isTupleLike,
  typedArray: isTypedArray,
  uint16Array: isUint16Array,
  uint32Array: isUint32Array,
  uint8Array: isUint8Array,
  uint8ClampedArray: isUint8ClampedArray,
  undefined: isUndefined,
  urlInstance: isUrlInstance,
  urlSearchParams: isUrlSearchParams,
  urlString: isUrlString,
  optional: isOptional,
  validDate: isValidDate,
  validLength: isValidLength,
  weakMap: isWeakMap,
  weakRef: isWeakRef,
  weakSet: isWeakSet,
  whitespaceString: isWhitespaceString
});
function isAbsoluteModule2(remainder) {
  return (value) => isInteger(value) && Math.abs(value % 2) === remainder;
}
function validatePredicateArray(predicateArray, allowEmpty) {
  if (predicateArray.length === 0) {
    if (allowEmpty) {
    } else {
      throw new TypeError("Invalid predicate array");
    }
    return;
  }
  for (const predicate of predicateArray) {
    validatePredicate(predicate);
  }
}
function validatePredicate(predicate) {
  if (!isFunction(predicate)) {
    throw new TypeError(`Invalid predicate: ${JSON.stringify(predicate)}`);
  }
}
function isAll(predicate, ...values) {
  if (Array.isArray(predicate)) {
    const predicateArray = predicate;
    validatePredicateArray(predicateArray, values.length === 0);
    const combinedPredicate = (value) => predicateArray.every((singlePredicate) => singlePredicate(value));
    if (values.length === 0) {
      return combinedPredicate;
    }
    return predicateOnArray(Array.prototype.every, combinedPredicate, values);
  }
  return predicateOnArray(Array.prototype.every, predicate, values);
}
function isAny(predicate, ...values) {
  if (Array.isArray(predicate)) {
    const predicateArray = predicate;
    validatePredicateArray(predicateArray, values.length === 0);
    const combinedPredicate = (value) => predicateArray.some((singlePredicate) => singlePredicate(value));
    if (values.length === 0) {
      return combinedPredicate;
    }
    return predicateOnArray(Array.prototype.some, combinedPredicate, values);
  }
  return predicateOnArray(Array.prototype.some, predicate, values);
}
function isOptional(value, predicate) {
  return isUndefined(value) || predicate(value);
}
function isArray(value, assertion) {
  if (!Array.isArray(value)) {
    return false;
  }
  if (!isFunction(assertion)) {
    return true;
  }
  return value.every((element) => assertion(element));
}
function isArrayBuffer(value) {
  return getObjectType(value) === "ArrayBuffer";
}
function isArrayLike(value) {
  return !isNullOrUndefined(value) && !isFunction(value) && isValidLength(value.length);
}
function isArrayOf(predicate) {
  return (value) => isArray(value) && value.every((element) => predicate(element));
}
function isAsyncFunction(value) {
  return getObjectType(value) === "AsyncFunction";
}
function isAsyncGenerator(value) {
  return isAsyncIterable(value) && isFunction(value.next) && isFunction(value.throw);
}
function isAsyncGeneratorFunction(value) {
  return getObjectType(value) === "AsyncGeneratorFunction";
}
function isAsyncIterable(value) {
  return isFunction(value?.[Symbol.asyncIterator]);
}
function isBigint(value) {
  return typeof value === "bigint";
}
function isBigInt64Array(value) {
  return getObjectType(value) === "BigInt64Array";
}
function isBigUint64Array(value) {
  return getObjectType(value) === "BigUint64Array";
}
function isBlob(value) {
  return getObjectType(value) === "Blob";
}
function isBoolean(value) {
  return value === true || value === false;
}
function isBoundFunction(value) {
  return isFunction(value) && !Object.hasOwn(value, "prototype");
}
function isBuffer(value) {
  return value?.constructor?.isBuffer?.(value) ?? false;
}
function isClass(value) {
  return isFunction(value) && new RegExp("^class(?:\\s+|\\{)", "v").test(value.toString());
}
function isDataView(value) {
  return getObjectType(value) === "DataView";
}
function isDate(value) {
  return getObjectType(value) === "Date";
}
function isDirectInstanceOf(instance, class_) {
  if (instance === void 0 || instance === null) {
    return false;
  }
  return Object.getPrototypeOf(instance) === class_.prototype;
}
function isEmptyArray(value) {
  return isArray(value) && value.length === 0;
}
function isEmptyMap(value) {
  return isMap(value) && value.size === 0;
}
function isEmptyObject(value) {
  return isObject(value) && !isFunction(value) && !isArray(value) && !isMap(value) && !isSet(value) && Object.keys(value).length === 0;
}
function isEmptySet(value) {
  return isSet(value) && value.size === 0;
}
function isEmptyString(value) {
  return isString(value) && value.length === 0;
}
function isEmptyStringOrWhitespace(value) {
  return isEmptyString(value) || isWhitespaceString(value);
}
function isEnumCase(value, targetEnum) {
  const enumObject = targetEnum;
  return Object.entries(enumObject).some(([key, enumValue]) => {
    if (!isString(enumValue)) {
      return enumValue === value;
    }
    const numericKey = Number(key);
    if (Number.isNaN(numericKey) || String(numericKey) !== key) {
      return enumValue === value;
    }
    return enumValue === value && !(Object.hasOwn(enumObject, enumValue) && enumObject[enumValue] === numericKey);
  });
}
function isError(value) {
  return getObjectType(value) === "Error";
}
function isEvenInteger(value) {
  return isAbsoluteModule2(0)(value);
}
function isFalsy(value) {
  return !value;
}
function isFiniteNumber(value) {
  return Number.isFinite(value);
}
function isFloat32Array(value) {
  return getObjectType(value) === "Float32Array";
}
function isFloat64Array(value) {
  return getObjectType(value) === "Float64Array";
}
function isFormData(value) {
  return getObjectType(value) === "FormData";
}
function isFunction(value) {
  return typeof value === "function";
}
function isGenerator(value) {
  return isIterable(value) && isFunction(value?.next) && isFunction(value?.throw);
}
function isGeneratorFunction(value) {
  return getObjectType(value) === "GeneratorFunction";
}
var NODE_TYPE_ELEMENT = 1;
var DOM_PROPERTIES_TO_CHECK = [
  "innerHTML",
  "ownerDocument",
  "style",
  "attributes",
  "nodeValue"
];
function isHtmlElement(value) {
  return isObject(value) && value.nodeType === NODE_TYPE_ELEMENT && isString(value.nodeName) && !isPlainObject(value) && DOM_PROPERTIES_TO_CHECK.every((property) => property in value);
}
function isInfinite(value) {
  return value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY;
}
function isInRange(value, range) {
  if (isNumber(range)) {
    return value >= Math.min(0, range) && value <= Math.max(range, 0);
  }
  if (isArray(range) && range.length === 2) {
    if (Number.isNaN(range[0]) || Number.isNaN(range[1])) {
      throw new TypeError(`Invalid range: ${JSON.stringify(range)}`);
    }
    return value >= Math.min(...range) && value <= Math.max(...range);
  }
  throw new TypeError(`Invalid range: ${JSON.stringify(range)}`);
}
function isInt16Array(value) {
  return getObjectType(value) === "Int16Array";
}
function isInt32Array(value) {
  return getObjectType(value) === "Int32Array";
}
function isInt8Array(value) {
  return getObjectType(value) === "Int8Array";
}
function isInteger(value) {
  return Number.isInteger(value);
}
function isIterable(value) {
  return isFunction(value?.[Symbol.iterator]);
}
function isMap(value) {
  return getObjectType(value) === "Map";
}
function isNan(value) {
  return Number.isNaN(value);
}
function isNativePromise(value) {
  return getObjectType(value) === "Promise";
}
function isNegativeInteger(value) {
  return isInteger(value) && value < 0;
}
function isNegativeNumber(value) {
  return isNumber(value) && value < 0;
}
function isNodeStream(value) {
  return isObject(value) && isFunction(value.pipe) && !isObservable(value);
}
function isNonEmptyArray(value) {
  return isArray(value) && value.length > 0;
}
function isNonEmptyMap(value) {
  return isMap(value) && value.size > 0;
}
function isNonEmptyObject(value) {
  return isObject(value) && !isFunction(value) && !isArray(value) && !isMap(value) && !isSet(value) && Object.keys(value).length > 0;
}
function isNonEmptySet(value) {
  return isSet(value) && value.size > 0;
}
function isNonEmptyString(value) {
  return isString(value) && value.length > 0;
}
function isNonEmptyStringAndNotWhitespace(value) {
  return isString(value) && !isEmptyStringOrWhitespace(value);
}
function isNonNegativeInteger(value) {
  return isInteger(value) && value >= 0;
}
function isNonNegativeNumber(value) {
  return isNumber(value) && value >= 0;
}
function isNull(value) {
  return value === null;
}
function isNullOrUndefined(value) {
  return isNull(value) || isUndefined(value);
}
function isNumber(value) {
  return typeof value === "number" && !Number.isNaN(value);
}
function isNumericString(value) {
  return isString(value) && !isEmptyStringOrWhitespace(value) && value === value.trim() && !Number.isNaN(Number(value));
}
function isObject(value) {
  return !isNull(value) && (typeof value === "object" || isFunction(value));
}
function isObservable(value) {
  if (!value) {
    return false;
  }
  if (Symbol.observable !== void 0 && value === value[Symbol.observable]?.()) {
    return true;
  }
  if (value === value["@@observable"]?.()) {
    return true;
  }
  return false;
}
function isOddInteger(value) {
  return isAbsoluteModule2(1)(value);
}
function isOneOf(values) {
  return (value) => values.includes(value);
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}
function isPositiveInteger(value) {
  return isInteger(value) && value > 0;
}
function isPositiveNumber(value) {
  return isNumber(value) && value > 0;
}
function isPrimitive(value) {
  return isNull(value) || isPrimitiveTypeName(typeof value);
}
function isPromise(value) {
  return isNativePromise(value) || hasPromiseApi(value);
}
function isPropertyKey(value) {
  return isAny([isString, isNumber, isSymbol], value);
}
function isRegExp(value) {
  return getObjectType(value) === "RegExp";
}
function isSafeInteger(value) {
  return Number.isSafeInteger(value);
}
function isSet(value) {
  return getObjectType(value) === "Set";
}
function isSharedArrayBuffer(value) {
  return getObjectType(value) === "SharedArrayBuffer";
}
function isString(value) {
  return typeof value === "string";
}
function isSymbol(value) {
  return typeof value === "symbol";
}
function isTruthy(value) {
  return Boolean(value);
}
function isTupleLike(value, guards) {
  if (isArray(guards) && isArray(value) && guards.length === value.length) {
    return guards.every((guard, index) => guard(value[index]));
  }
  return false;
}
function isTypedArray(value) {
  return isTypedArrayName(getObjectType(value));
}
function isUint16Array(value) {
  return getObjectType(value) === "Uint16Array";
}
function isUint32Array(value) {
  return getObjectType(value) === "Uint32Array";
}
function isUint8Array(value) {
  return getObjectType(value) === "Uint8Array";
}
function isUint8ClampedArray(value) {
  return getObjectType(value) === "Uint8ClampedArray";
}
function isUndefined(value) {
  return value === void 0;
}
function isUrlInstance(value) {
  return getObjectType(value) === "URL";
}
function isUrlSearchParams(value) {
  return getObjectType(value) === "URLSearchParams";
}
function isUrlString(value) {
  if (!isString(value)) {
    return false;
  }
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
function isValidDate(value) {
  return isDate(value) && !isNan(Number(value));
}
function isValidLength(value) {
  return isSafeInteger(value) && value >= 0;
}
function isWeakMap(value) {
  return getObjectType(value) === "WeakMap";
}
function isWeakRef(value) {
  return getObjectType(value) === "WeakRef";
}
function isWeakSet(value) {
  return getObjectType(value) === "WeakSet";
}
function isWhitespaceString(value) {
  return isString(value) && new RegExp("^\\s+$", "v").test(value);
}
function predicateOnArray(method, predicate, values) {
  validatePredicate(predicate);
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  return method.call(values, predicate);
}
function typeErrorMessage(description, value) {
  return `Expected value which is \`${description}\`, received value of type \`${is(value)}\`.`;
}
function typeErrorMessageNot(description, value) {
  return `Expected value which is not \`${description}\`, received value of type \`${is(value)}\`.`;
}
function unique(values) {
  return Array.from(new Set(values));
}
var andFormatterMade;
var andFormatter = { format: (list) => (andFormatterMade ??= new Intl.ListFormat("en", { style: "long", type: "conjunction" })).format(list) };
var orFormatterMade;
var orFormatter = { format: (list) => (orFormatterMade ??= new Intl.ListFormat("en", { style: "long", type: "disjunction" })).format(list) };
function typeErrorMessageMultipleValues(expectedType, values) {
  const uniqueExpectedTypes = unique((isArray(expectedType) ? expectedType : [expectedType]).map((value) => `\`${value}\``));
  const uniqueValueTypes = unique(values.map((value) => `\`${is(value)}\``));
  return `Expected values which are ${orFormatter.format(uniqueExpectedTypes)}. Received values of type${uniqueValueTypes.length > 1 ? "s" : ""} ${andFormatter.format(uniqueValueTypes)}.`;
}
function createAssertNot(predicate, description) {
  return (value, message) => {
    if (predicate(value)) {
      throw new TypeError(message ?? typeErrorMessageNot(description, value));
    }
  };
}
var assertNotUndefined = createAssertNot(isUndefined, "undefined");
var assertNotNull = createAssertNot(isNull, "null");
var assertNotNullOrUndefined = createAssertNot(isNullOrUndefined, "null or undefined");
var assertNotString = createAssertNot(isString, "string");
var assertNotBoolean = createAssertNot(isBoolean, "boolean");
var assertNotSymbol = createAssertNot(isSymbol, "symbol");
var assertNotBigint = createAssertNot(isBigint, "bigint");
var assertNotPrimitive = createAssertNot(isPrimitive, "primitive");
var notAssertions = {
  bigint: assertNotBigint,
  boolean: assertNotBoolean,
  null: assertNotNull,
  nullOrUndefined: assertNotNullOrUndefined,
  primitive: assertNotPrimitive,
  string: assertNotString,
  symbol: assertNotSymbol,
  undefined: assertNotUndefined
};
var assert = {
  all: assertAll,
  any: assertAny,
  not: notAssertions,
  optional: assertOptional,
  array: assertArray,
  arrayBuffer: assertArrayBuffer,
  arrayLike: assertArrayLike,
  asyncFunction: assertAsyncFunction,
  asyncGenerator: assertAsyncGenerator,
  asyncGeneratorFunction: assertAsyncGeneratorFunction,
  asyncIterable: assertAsyncIterable,
  bigint: assertBigint,
  bigInt64Array: assertBigInt64Array,
  bigUint64Array: assertBigUint64Array,
  blob: assertBlob,
  boolean: assertBoolean,
  boundFunction: assertBoundFunction,
  buffer: assertBuffer,
  class: assertClass,
  dataView: assertDataView,
  date: assertDate,
  directInstanceOf: assertDirectInstanceOf,
  emptyArray: assertEmptyArray,
  emptyMap: assertEmptyMap,
  emptyObject: assertEmptyObject,
  emptySet: assertEmptySet,
  emptyString: assertEmptyString,
  emptyStringOrWhitespace: assertEmptyStringOrWhitespace,
  enumCase: assertEnumCase,
  error: assertError,
  evenInteger: assertEvenInteger,
  falsy: assertFalsy,
  finiteNumber: assertFiniteNumber,
  float32Array: assertFloat32Array,
  float64Array: assertFloat64Array,
  formData: assertFormData,
  function: assertFunction,
  generator: assertGenerator,
  generatorFunction: assertGeneratorFunction,
  htmlElement: assertHtmlElement,
  infinite: assertInfinite,
  inRange: assertInRange,
  int16Array: assertInt16Array,
  int32Array: assertInt32Array,
  int8Array: assertInt8Array,
  integer: assertInteger,
  iterable: assertIterable,
  map: assertMap,
  nan: assertNan,
  nativePromise: assertNativePromise,
  negativeInteger: assertNegativeInteger,
  negativeNumber: assertNegativeNumber,
  nodeStream: assertNodeStream,
  nonEmptyArray: assertNonEmptyArray,
  nonEmptyMap: assertNonEmptyMap,
  nonEmptyObject: assertNonEmptyObject,
  nonEmptySet: assertNonEmptySet,
  nonEmptyString: assertNonEmptyString,
  nonEmptyStringAndNotWhitespace: assertNonEmptyStringAndNotWhitespace,
  nonNegativeInteger: assertNonNegativeInteger,
  nonNegativeNumber: assertNonNegativeNumber,
  null: assertNull,
  nullOrUndefined: assertNullOrUndefined,
  number: assertNumber,
  numericString: assertNumericString,
  object: assertObject,
  observable: assertObservable,
  oddInteger: assertOddInteger,
  plainObject: assertPlainObject,
  positiveInteger: assertPositiveInteger,
  positiveNumber: assertPositiveNumber,
  primitive: assertPrimitive,
  promise: assertPromise,
  propertyKey: assertPropertyKey,
  regExp: assertRegExp,
  safeInteger: assertSafeInteger,
  set: assertSet,
  sharedArrayBuffer: assertSharedArrayBuffer,
  string: assertString,
  symbol: assertSymbol,
  truthy: assertTruthy,
  tupleLike: assertTupleLike,
  typedArray: assertTypedArray,
  uint16Array: assertUint16Array,
  uint32Array: assertUint32Array,
  uint8Array: assertUint8Array,
  uint8ClampedArray: assertUint8ClampedArray,
  undefined: assertUndefined,
  urlInstance: assertUrlInstance,
  urlSearchParams: assertUrlSearchParams,
  urlString: assertUrlString,
  validDate: assertValidDate,
  validLength: assertValidLength,
  weakMap: assertWeakMap,
  weakRef: assertWeakRef,
  weakSet: assertWeakSet,
  whitespaceString: assertWhitespaceString
};
var methodTypeMap = {
  isArray: "Array",
  isArrayBuffer: "ArrayBuffer",
  isArrayLike: "array-like",
  isAsyncFunction: "AsyncFunction",
  isAsyncGenerator: "AsyncGenerator",
  isAsyncGeneratorFunction: "AsyncGeneratorFunction",
  isAsyncIterable: "AsyncIterable",
  isBigint: "bigint",
  isBigInt64Array: "BigInt64Array",
  isBigUint64Array: "BigUint64Array",
  isBlob: "Blob",
  isBoolean: "boolean",
  isBoundFunction: "bound Function",
  isBuffer: "Buffer",
  isClass: "Class",
  isDataView: "DataView",
  isDate: "Date",
  isDirectInstanceOf: "T",
  isEmptyArray: "empty array",
  isEmptyMap: "empty map",
  isEmptyObject: "empty object",
  isEmptySet: "empty set",
  isEmptyString: "empty string",
  isEmptyStringOrWhitespace: "empty string or whitespace",
  isEnumCase: "EnumCase",
  isError: "Error",
  isEvenInteger: "even integer",
  isFalsy: "falsy",
  isFiniteNumber: "finite number",
  isFloat32Array: "Float32Array",
  isFloat64Array: "Float64Array",
  isFormData: "FormData",
  isFunction: "Function",
  isGenerator: "Generator",
  isGeneratorFunction: "GeneratorFunction",
  isHtmlElement: "HTMLElement",
  isInfinite: "infinite number",
  isInRange: "in range",
  isInt16Array: "Int16Array",
  isInt32Array: "Int32Array",
  isInt8Array: "Int8Array",
  isInteger: "integer",
  isIterable: "Iterable",
  isMap: "Map",
  isNan: "NaN",
  isNativePromise: "native Promise",
  isNegativeInteger: "negative integer",
  isNegativeNumber: "negative number",
  isNodeStream: "Node.js Stream",
  isNonEmptyArray: "non-empty array",
  isNonEmptyMap: "non-empty map",
  isNonEmptyObject: "non-empty object",
  isNonEmptySet: "non-empty set",
  isNonEmptyString: "non-empty string",
  isNonEmptyStringAndNotWhitespace: "non-empty string and not whitespace",
  isNonNegativeInteger: "non-negative integer",
  isNonNegativeNumber: "non-negative number",
  isNull: "null",
  isNullOrUndefined: "null or undefined",
  isNumber: "number",
  isNumericString: "string with a number",
  isObject: "Object",
  isObservable: "Observable",
  isOddInteger: "odd integer",
  isPlainObject: "plain object",
  isPositiveInteger: "positive integer",
  isPositiveNumber: "positive number",
  isPrimitive: "primitive",
  isPromise: "Promise",
  isPropertyKey: "PropertyKey",
  isRegExp: "RegExp",
  isSafeInteger: "safe integer",
  isSet: "Set",
  isSharedArrayBuffer: "SharedArrayBuffer",
  isString: "string",
  isSymbol: "symbol",
  isTruthy: "truthy",
  isTupleLike: "tuple-like",
  isTypedArray: "TypedArray",
  isUint16Array: "Uint16Array",
  isUint32Array: "Uint32Array",
  isUint8Array: "Uint8Array",
  isUint8ClampedArray: "Uint8ClampedArray",
  isUndefined: "undefined",
  isUrlInstance: "URL",
  isUrlSearchParams: "URLSearchParams",
  isUrlString: "string with a URL",
  isValidDate: "valid Date",
  isValidLength: "valid length",
  isWeakMap: "WeakMap",
  isWeakRef: "WeakRef",
  isWeakSet: "WeakSet",
  isWhitespaceString: "whitespace string"
};
var isMethodNames = keysOf(methodTypeMap);
function isIsMethodName(value) {
  return isMethodNames.includes(value);
}
function assertAll(predicate, ...values) {
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  if (!isAll(predicate, ...values)) {
    const predicateFunction = predicate;
    const expectedType = !Array.isArray(predicate) && isIsMethodName(predicateFunction.name) ? methodTypeMap[predicateFunction.name] : "predicate returns truthy for all values";
    throw new TypeError(typeErrorMessageMultipleValues(expectedType, values));
  }
}
function assertAny(predicate, ...values) {
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  if (!isAny(predicate, ...values)) {
    const predicates = Array.isArray(predicate) ? predicate : [predicate];
    const expectedTypes = predicates.map((singlePredicate) => isIsMethodName(singlePredicate.name) ? methodTypeMap[singlePredicate.name] : "predicate returns truthy for any value");
    throw new TypeError(typeErrorMessageMultipleValues(expectedTypes, values));
  }
}
function assertOptional(value, assertion, message) {
  if (!isUndefined(value)) {
    assertion(value, message);
  }
}
function assertArray(value, assertion, message) {
  if (!isArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("Array", value));
  }
  if (assertion) {
    for (const element of value) {
      assertion(element, message);
    }
  }
}
function assertArrayBuffer(value, message) {
  if (!isArrayBuffer(value)) {
    throw new TypeError(message ?? typeErrorMessage("ArrayBuffer", value));
  }
}
function assertArrayLike(value, message) {
  if (!isArrayLike(value)) {
    throw new TypeError(message ?? typeErrorMessage("array-like", value));
  }
}
function assertAsyncFunction(value, message) {
  if (!isAsyncFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncFunction", value));
  }
}
function assertAsyncGenerator(value, message) {
  if (!isAsyncGenerator(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncGenerator", value));
  }
}
function assertAsyncGeneratorFunction(value, message) {
  if (!isAsyncGeneratorFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncGeneratorFunction", value));
  }
}
function assertAsyncIterable(value, message) {
  if (!isAsyncIterable(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncIterable", value));
  }
}
function assertBigint(value, message) {
  if (!isBigint(value)) {
    throw new TypeError(message ?? typeErrorMessage("bigint", value));
  }
}
function assertBigInt64Array(value, message) {
  if (!isBigInt64Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("BigInt64Array", value));
  }
}
function assertBigUint64Array(value, message) {
  if (!isBigUint64Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("BigUint64Array", value));
  }
}
function assertBlob(value, message) {
  if (!isBlob(value)) {
    throw new TypeError(message ?? typeErrorMessage("Blob", value));
  }
}
function assertBoolean(value, message) {
  if (!isBoolean(value)) {
    throw new TypeError(message ?? typeErrorMessage("boolean", value));
  }
}
function assertBoundFunction(value, message) {
  if (!isBoundFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("bound Function", value));
  }
}
function assertBuffer(value, message) {
  if (!isBuffer(value)) {
    throw new TypeError(message ?? typeErrorMessage("Buffer", value));
  }
}
function assertClass(value, message) {
  if (!isClass(value)) {
    throw new TypeError(message ?? typeErrorMessage("Class", value));
  }
}
function assertDataView(value, message) {
  if (!isDataView(value)) {
    throw new TypeError(message ?? typeErrorMessage("DataView", value));
  }
}
function assertDate(value, message) {
  if (!isDate(value)) {
    throw new TypeError(message ?? typeErrorMessage("Date", value));
  }
}
function assertDirectInstanceOf(instance, class_, message) {
  if (!isDirectInstanceOf(instance, class_)) {
    throw new TypeError(message ?? typeErrorMessage("T", instance));
  }
}
function assertEmptyArray(value, message) {
  if (!isEmptyArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty array", value));
  }
}
function assertEmptyMap(value, message) {
  if (!isEmptyMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty map", value));
  }
}
function assertEmptyObject(value, message) {
  if (!isEmptyObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty object", value));
  }
}
function assertEmptySet(value, message) {
  if (!isEmptySet(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty set", value));
  }
}
function assertEmptyString(value, message) {
  if (!isEmptyString(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty string", value));
  }
}
function assertEmptyStringOrWhitespace(value, message) {
  if (!isEmptyStringOrWhitespace(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty string or whitespace", value));
  }
}
function assertEnumCase(value, targetEnum, message) {
  if (!isEnumCase(value, targetEnum)) {
    throw new TypeError(message ?? typeErrorMessage("EnumCase", value));
  }
}
function assertError(value, message) {
  if (!isError(value)) {
    throw new TypeError(message ?? typeErrorMessage("Error", value));
  }
}
function assertEvenInteger(value, message) {
  if (!isEvenInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("even integer", value));
  }
}
function assertFalsy(value, message) {
  if (!isFalsy(value)) {
    throw new TypeError(message ?? typeErrorMessage("falsy", value));
  }
}
function assertFiniteNumber(value, message) {
  if (!isFiniteNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("finite number", value));
  }
}
function assertFloat32Array(value, message) {
  if (!isFloat32Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Float32Array", value));
  }
}
function assertFloat64Array(value, message) {
  if (!isFloat64Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Float64Array", value));
  }
}
function assertFormData(value, message) {
  if (!isFormData(value)) {
    throw new TypeError(message ?? typeErrorMessage("FormData", value));
  }
}
function assertFunction(value, message) {
  if (!isFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("Function", value));
  }
}
function assertGenerator(value, message) {
  if (!isGenerator(value)) {
    throw new TypeError(message ?? typeErrorMessage("Generator", value));
  }
}
function assertGeneratorFunction(value, message) {
  if (!isGeneratorFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("GeneratorFunction", value));
  }
}
function assertHtmlElement(value, message) {
  if (!isHtmlElement(value)) {
    throw new TypeError(message ?? typeErrorMessage("HTMLElement", value));
  }
}
function assertInfinite(value, message) {
  if (!isInfinite(value)) {
    throw new TypeError(message ?? typeErrorMessage("infinite number", value));
  }
}
function assertInRange(value, range, message) {
  if (!isInRange(value, range)) {
    throw new TypeError(message ?? typeErrorMessage("in range", value));
  }
}
function assertInt16Array(value, message) {
  if (!isInt16Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Int16Array", value));
  }
}
function assertInt32Array(value, message) {
  if (!isInt32Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Int32Array", value));
  }
}
function assertInt8Array(value, message) {
  if (!isInt8Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Int8Array", value));
  }
}
function assertInteger(value, message) {
  if (!isInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("integer", value));
  }
}
function assertIterable(value, message) {
  if (!isIterable(value)) {
    throw new TypeError(message ?? typeErrorMessage("Iterable", value));
  }
}
function assertMap(value, message) {
  if (!isMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("Map", value));
  }
}
function assertNan(value, message) {
  if (!isNan(value)) {
    throw new TypeError(message ?? typeErrorMessage("NaN", value));
  }
}
function assertNativePromise(value, message) {
  if (!isNativePromise(value)) {
    throw new TypeError(message ?? typeErrorMessage("native Promise", value));
  }
}
function assertNegativeInteger(value, message) {
  if (!isNegativeInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("negative integer", value));
  }
}
function assertNegativeNumber(value, message) {
  if (!isNegativeNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("negative number", value));
  }
}
function assertNodeStream(value, message) {
  if (!isNodeStream(value)) {
    throw new TypeError(message ?? typeErrorMessage("Node.js Stream", value));
  }
}
function assertNonEmptyArray(value, message) {
  if (!isNonEmptyArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty array", value));
  }
}
function assertNonEmptyMap(value, message) {
  if (!isNonEmptyMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty map", value));
  }
}
function assertNonEmptyObject(value, message) {
  if (!isNonEmptyObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty object", value));
  }
}
function assertNonEmptySet(value, message) {
  if (!isNonEmptySet(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty set", value));
  }
}
function assertNonEmptyString(value, message) {
  if (!isNonEmptyString(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty string", value));
  }
}
function assertNonEmptyStringAndNotWhitespace(value, message) {
  if (!isNonEmptyStringAndNotWhitespace(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty string and not whitespace", value));
  }
}
function assertNonNegativeInteger(value, message) {
  if (!isNonNegativeInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-negative integer", value));
  }
}
function assertNonNegativeNumber(value, message) {
  if (!isNonNegativeNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-negative number", value));
  }
}
function assertNull(value, message) {
  if (!isNull(value)) {
    throw new TypeError(message ?? typeErrorMessage("null", value));
  }
}
function assertNullOrUndefined(value, message) {
  if (!isNullOrUndefined(value)) {
    throw new TypeError(message ?? typeErrorMessage("null or undefined", value));
  }
}
function assertNumber(value, message) {
  if (!isNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("number", value));
  }
}
function assertNumericString(value, message) {
  if (!isNumericString(value)) {
    throw new TypeError(message ?? typeErrorMessage("string with a number", value));
  }
}
function assertObject(value, message) {
  if (!isObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("Object", value));
  }
}
function assertObservable(value, message) {
  if (!isObservable(value)) {
    throw new TypeError(message ?? typeErrorMessage("Observable", value));
  }
}
function assertOddInteger(value, message) {
  if (!isOddInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("odd integer", value));
  }
}
function assertPlainObject(value, message) {
  if (!isPlainObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("plain object", value));
  }
}
function assertPositiveInteger(value, message) {
  if (!isPositiveInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("positive integer", value));
  }
}
function assertPositiveNumber(value, message) {
  if (!isPositiveNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("positive number", value));
  }
}
function assertPrimitive(value, message) {
  if (!isPrimitive(value)) {
    throw new TypeError(message ?? typeErrorMessage("primitive", value));
  }
}
function assertPromise(value, message) {
  if (!isPromise(value)) {
    throw new TypeError(message ?? typeErrorMessage("Promise", value));
  }
}
function assertPropertyKey(value, message) {
  if (!isPropertyKey(value)) {
    throw new TypeError(message ?? typeErrorMessage("PropertyKey", value));
  }
}
function assertRegExp(value, message) {
  if (!isRegExp(value)) {
    throw new TypeError(message ?? typeErrorMessage("RegExp", value));
  }
}
function assertSafeInteger(value, message) {
  if (!isSafeInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("safe integer", value));
  }
}
function assertSet(value, message) {
  if (!isSet(value)) {
    throw new TypeError(message ?? typeErrorMessage("Set", value));
  }
}
function assertSharedArrayBuffer(value, message) {
  if (!isSharedArrayBuffer(value)) {
    throw new TypeError(message ?? typeErrorMessage("SharedArrayBuffer", value));
  }
}
function assertString(value, message) {
  if (!isString(value)) {
    throw new TypeError(message ?? typeErrorMessage("string", value));
  }
}
function assertSymbol(value, message) {
  if (!isSymbol(value)) {
    throw new TypeError(message ?? typeErrorMessage("symbol", value));
  }
}
function assertTruthy(value, message) {
  if (!isTruthy(value)) {
    throw new TypeError(message ?? typeErrorMessage("truthy", value));
  }
}
function assertTupleLike(value, guards, message) {
  if (!isTupleLike(value, guards)) {
    throw new TypeError(message ?? typeErrorMessage("tuple-like", value));
  }
}
function assertTypedArray(value, message) {
  if (!isTypedArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("TypedArray", value));
  }
}
function assertUint16Array(value, message) {
  if (!isUint16Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint16Array", value));
  }
}
function assertUint32Array(value, message) {
  if (!isUint32Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint32Array", value));
  }
}
function assertUint8Array(value, message) {
  if (!isUint8Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint8Array", value));
  }
}
function assertUint8ClampedArray(value, message) {
  if (!isUint8ClampedArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint8ClampedArray", value));
  }
}
function assertUndefined(value, message) {
  if (!isUndefined(value)) {
    throw new TypeError(message ?? typeErrorMessage("undefined", value));
  }
}
function assertUrlInstance(value, message) {
  if (!isUrlInstance(value)) {
    throw new TypeError(message ?? typeErrorMessage("URL", value));
  }
}
function assertUrlSearchParams(value, message) {
  if (!isUrlSearchParams(value)) {
    throw new TypeError(message ?? typeErrorMessage("URLSearchParams", value));
  }
}
function assertUrlString(value, message) {
  if (!isUrlString(value)) {
    throw new TypeError(message ?? typeErrorMessage("string with a URL", value));
  }
}
function assertValidDate(value, message) {
  if (!isValidDate(value)) {
    throw new TypeError(message ?? typeErrorMessage("valid Date", value));
  }
}
function assertValidLength(value, message) {
  if (!isValidLength(value)) {
    throw new TypeError(message ?? typeErrorMessage("valid length", value));
  }
}
function assertWeakMap(value, message) {
  if (!isWeakMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("WeakMap", value));
  }
}
function assertWeakRef(value, message) {
  if (!isWeakRef(value)) {
    throw new TypeError(message ?? typeErrorMessage("WeakRef", value));
  }
}
function assertWeakSet(value, message) {
  if (!isWeakSet(value)) {
    throw new TypeError(message ?? typeErrorMessage("WeakSet", value));
  }
}
function assertWhitespaceString(value, message) {
  if (!isWhitespaceString(value)) {
    throw new TypeError(message ?? typeErrorMessage("whitespace string", value));
  }
}
var distribution_default = is;

// node_modules/got/dist/source/as-promise/index.js
import { EventEmitter as EventEmitter3 } from "node:events";

// node_modules/got/dist/source/core/utils/strip-url-auth.js
function stripUrlAuth(url) {
  const sanitized = new URL(url);
  sanitized.username = "";
  sanitized.password = "";
  return sanitized.href;
}

// node_modules/got/dist/source/core/errors.js
var normalizeError = (error) => {
  if (error instanceof globalThis.Error) {
    return error;
  }
  if (distribution_default.object(error)) {
    const errorLike = error;
    const message = typeof errorLike.message === "string" ? errorLike.message : "Non-error object thrown";
    const normalizedError = new globalThis.Error(message, { cause: error });
    if (typeof errorLike.stack === "string") {
      normalizedError.stack = errorLike.stack;
    }
    if (typeof errorLike.code === "string") {
      normalizedError.code = errorLike.code;
    }
    if (typeof errorLike.input === "string") {
      normalizedError.input = errorLike.input;
    }
    return normalizedError;
  }
  return new globalThis.Error(String(error));
};
function isRequest(x) {
  return distribution_default.object(x) && "_onResponse" in x;
}
var RequestError = class extends Error {
  name = "RequestError";
  code = "ERR_GOT_REQUEST_ERROR";
  input;
  stack;
  response;
  request;
  timings;
  constructor(message, error, self, response) {
    super(message, { cause: error });
    Error.captureStackTrace(this, this.constructor);
    const errorLike = distribution_default.object(error) ? error : void 0;
    if (errorLike?.code) {
      this.code = errorLike.code;
    }
    this.input = errorLike?.input;
    if (isRequest(self)) {
      Object.defineProperties(this, {
        request: {
          enumerable: false,
          value: self
        },
        response: {
          enumerable: false,
          value: response ?? self.response
        }
      });
      this.options = self.options;
    } else {
      this.options = self;
    }
    this.timings = this.request?.timings;
    if (distribution_default.string(errorLike?.stack) && distribution_default.string(this.stack)) {
      const frameStart = (stack, message2) => {
        if (!message2) {
          return stack.indexOf("\n");
        }
        const messageStart = stack.indexOf(message2);
        return messageStart === -1 ? -1 : messageStart + message2.length;
      };
      const headerEnd = frameStart(this.stack, this.message);
      const thisStackTrace = (headerEnd === -1 ? "" : this.stack.slice(headerEnd)).split("\n").toReversed();
      const causeStart = frameStart(errorLike.stack, errorLike.message);
      const originalStack = distribution_default.string(errorLike.message) && causeStart !== -1 ? errorLike.stack.slice(causeStart) : `
${errorLike.stack}`;
      const errorStackTrace = originalStack.split("\n").toReversed();
      while (errorStackTrace.length > 0 && errorStackTrace[0] === thisStackTrace[0]) {
        thisStackTrace.shift();
      }
      const frames = `${thisStackTrace.toReversed().join("\n")}${errorStackTrace.toReversed().join("\n")}`;
      let assignedStack;
      Object.defineProperty(this, "stack", {
        configurable: true,
        enumerable: false,
        get: () => assignedStack ?? `${this.name}: ${this.message}${frames}`,
        set(value) {
          assignedStack = distribution_default.string(value) ? value : void 0;
        }
      });
    }
  }
};
var MaxRedirectsError = class extends RequestError {
  name = "MaxRedirectsError";
  code = "ERR_TOO_MANY_REDIRECTS";
  constructor(request2) {
    super(`Redirected ${request2.options.maxRedirects} times. Aborting.`, {}, request2);
  }
};
var HTTPError = class extends RequestError {
  name = "HTTPError";
  code = "ERR_NON_2XX_3XX_RESPONSE";
  constructor(response) {
    super(`Request failed with status code ${response.statusCode} (${response.statusMessage}): ${response.request.options.method} ${stripUrlAuth(response.request.options.url)}`, {}, response.request, response);
  }
};
var CacheError = class extends RequestError {
  name = "CacheError";
  code = "ERR_CACHE_ACCESS";
  constructor(error, request2) {
    super(error.message, error, request2);
  }
};
var UploadError = class extends RequestError {
  name = "UploadError";
  code = "ERR_UPLOAD";
  constructor(error, request2) {
    super(error.message, error, request2);
  }
};
var TimeoutError = class extends RequestError {
  name = "TimeoutError";
  code = "ETIMEDOUT";
  timings;
  event;
  constructor(error, timings, request2) {
    super(error.message, error, request2);
    this.event = error.event ?? "request";
    this.timings = timings;
  }
};
var ReadError = class extends RequestError {
  name = "ReadError";
  code = "ERR_READING_RESPONSE_STREAM";
  constructor(error, request2) {
    super(error.message, error, request2);
    if (error.code === "ECONNRESET" || error.code === "ERR_HTTP_CONTENT_LENGTH_MISMATCH") {
      this.code = error.code;
    }
  }
};
var RetryError = class extends RequestError {
  name = "RetryError";
  code = "ERR_RETRYING";
  constructor(request2) {
    super("Retrying", {}, request2);
  }
};
var AbortError = class extends RequestError {
  name = "AbortError";
  code = "ERR_ABORTED";
  constructor(request2) {
    super("This operation was aborted.", {}, request2);
    if (request2.options?.signal?.aborted) {
      this.cause = request2.options.signal.reason;
    }
  }
};

// builtin-by-require:process
import { createRequire } from "node:module";
var m = createRequire(import.meta.url)("node:process");
var process_default = m;

// node_modules/got/dist/source/core/index.js
import { Buffer as Buffer5 } from "node:buffer";
import { Duplex } from "node:stream";
import { addAbortListener, errorMonitor as errorMonitor2 } from "node:events";

// http2-on-first-use:http2
import { createRequire as createRequire2 } from "node:module";
var http2;
var load = () => http2 ??= createRequire2(import.meta.url)("node:http2");
var known = { "NGHTTP2_ERR_FRAME_SIZE_ERROR": -522, "NGHTTP2_SESSION_SERVER": 0, "NGHTTP2_SESSION_CLIENT": 1, "NGHTTP2_STREAM_STATE_IDLE": 1, "NGHTTP2_STREAM_STATE_OPEN": 2, "NGHTTP2_STREAM_STATE_RESERVED_LOCAL": 3, "NGHTTP2_STREAM_STATE_RESERVED_REMOTE": 4, "NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL": 5, "NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE": 6, "NGHTTP2_STREAM_STATE_CLOSED": 7, "NGHTTP2_FLAG_NONE": 0, "NGHTTP2_FLAG_END_STREAM": 1, "NGHTTP2_FLAG_END_HEADERS": 4, "NGHTTP2_FLAG_ACK": 1, "NGHTTP2_FLAG_PADDED": 8, "NGHTTP2_FLAG_PRIORITY": 32, "DEFAULT_SETTINGS_HEADER_TABLE_SIZE": 4096, "DEFAULT_SETTINGS_ENABLE_PUSH": 1, "DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS": 4294967295, "DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE": 65535, "DEFAULT_SETTINGS_MAX_FRAME_SIZE": 16384, "DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE": 65535, "DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL": 0, "MAX_MAX_FRAME_SIZE": 16777215, "MIN_MAX_FRAME_SIZE": 16384, "MAX_INITIAL_WINDOW_SIZE": 2147483647, "NGHTTP2_SETTINGS_HEADER_TABLE_SIZE": 1, "NGHTTP2_SETTINGS_ENABLE_PUSH": 2, "NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS": 3, "NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE": 4, "NGHTTP2_SETTINGS_MAX_FRAME_SIZE": 5, "NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE": 6, "NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL": 8, "PADDING_STRATEGY_NONE": 0, "PADDING_STRATEGY_ALIGNED": 1, "PADDING_STRATEGY_MAX": 2, "PADDING_STRATEGY_CALLBACK": 1, "NGHTTP2_NO_ERROR": 0, "NGHTTP2_PROTOCOL_ERROR": 1, "NGHTTP2_INTERNAL_ERROR": 2, "NGHTTP2_FLOW_CONTROL_ERROR": 3, "NGHTTP2_SETTINGS_TIMEOUT": 4, "NGHTTP2_STREAM_CLOSED": 5, "NGHTTP2_FRAME_SIZE_ERROR": 6, "NGHTTP2_REFUSED_STREAM": 7, "NGHTTP2_CANCEL": 8, "NGHTTP2_COMPRESSION_ERROR": 9, "NGHTTP2_CONNECT_ERROR": 10, "NGHTTP2_ENHANCE_YOUR_CALM": 11, "NGHTTP2_INADEQUATE_SECURITY": 12, "NGHTTP2_HTTP_1_1_REQUIRED": 13, "NGHTTP2_DEFAULT_WEIGHT": 16, "HTTP2_HEADER_STATUS": ":status", "HTTP2_HEADER_METHOD": ":method", "HTTP2_HEADER_AUTHORITY": ":authority", "HTTP2_HEADER_SCHEME": ":scheme", "HTTP2_HEADER_PATH": ":path", "HTTP2_HEADER_PROTOCOL": ":protocol", "HTTP2_HEADER_ACCEPT_ENCODING": "accept-encoding", "HTTP2_HEADER_ACCEPT_LANGUAGE": "accept-language", "HTTP2_HEADER_ACCEPT_RANGES": "accept-ranges", "HTTP2_HEADER_ACCEPT": "accept", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_CREDENTIALS": "access-control-allow-credentials", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_HEADERS": "access-control-allow-headers", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_METHODS": "access-control-allow-methods", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN": "access-control-allow-origin", "HTTP2_HEADER_ACCESS_CONTROL_EXPOSE_HEADERS": "access-control-expose-headers", "HTTP2_HEADER_ACCESS_CONTROL_REQUEST_HEADERS": "access-control-request-headers", "HTTP2_HEADER_ACCESS_CONTROL_REQUEST_METHOD": "access-control-request-method", "HTTP2_HEADER_AGE": "age", "HTTP2_HEADER_AUTHORIZATION": "authorization", "HTTP2_HEADER_CACHE_CONTROL": "cache-control", "HTTP2_HEADER_CONNECTION": "connection", "HTTP2_HEADER_CONTENT_DISPOSITION": "content-disposition", "HTTP2_HEADER_CONTENT_ENCODING": "content-encoding", "HTTP2_HEADER_CONTENT_LENGTH": "content-length", "HTTP2_HEADER_CONTENT_TYPE": "content-type", "HTTP2_HEADER_COOKIE": "cookie", "HTTP2_HEADER_DATE": "date", "HTTP2_HEADER_ETAG": "etag", "HTTP2_HEADER_FORWARDED": "forwarded", "HTTP2_HEADER_HOST": "host", "HTTP2_HEADER_IF_MODIFIED_SINCE": "if-modified-since", "HTTP2_HEADER_IF_NONE_MATCH": "if-none-match", "HTTP2_HEADER_IF_RANGE": "if-range", "HTTP2_HEADER_LAST_MODIFIED": "last-modified", "HTTP2_HEADER_LINK": "link", "HTTP2_HEADER_LOCATION": "location", "HTTP2_HEADER_RANGE": "range", "HTTP2_HEADER_REFERER": "referer", "HTTP2_HEADER_SERVER": "server", "HTTP2_HEADER_SET_COOKIE": "set-cookie", "HTTP2_HEADER_STRICT_TRANSPORT_SECURITY": "strict-transport-security", "HTTP2_HEADER_TRANSFER_ENCODING": "transfer-encoding", "HTTP2_HEADER_TE": "te", "HTTP2_HEADER_UPGRADE_INSECURE_REQUESTS": "upgrade-insecure-requests", "HTTP2_HEADER_UPGRADE": "upgrade", "HTTP2_HEADER_USER_AGENT": "user-agent", "HTTP2_HEADER_VARY": "vary", "HTTP2_HEADER_X_CONTENT_TYPE_OPTIONS": "x-content-type-options", "HTTP2_HEADER_X_FRAME_OPTIONS": "x-frame-options", "HTTP2_HEADER_KEEP_ALIVE": "keep-alive", "HTTP2_HEADER_PROXY_CONNECTION": "proxy-connection", "HTTP2_HEADER_X_XSS_PROTECTION": "x-xss-protection", "HTTP2_HEADER_ALT_SVC": "alt-svc", "HTTP2_HEADER_CONTENT_SECURITY_POLICY": "content-security-policy", "HTTP2_HEADER_EARLY_DATA": "early-data", "HTTP2_HEADER_EXPECT_CT": "expect-ct", "HTTP2_HEADER_ORIGIN": "origin", "HTTP2_HEADER_PURPOSE": "purpose", "HTTP2_HEADER_TIMING_ALLOW_ORIGIN": "timing-allow-origin", "HTTP2_HEADER_X_FORWARDED_FOR": "x-forwarded-for", "HTTP2_HEADER_PRIORITY": "priority", "HTTP2_HEADER_ACCEPT_CHARSET": "accept-charset", "HTTP2_HEADER_ACCESS_CONTROL_MAX_AGE": "access-control-max-age", "HTTP2_HEADER_ALLOW": "allow", "HTTP2_HEADER_CONTENT_LANGUAGE": "content-language", "HTTP2_HEADER_CONTENT_LOCATION": "content-location", "HTTP2_HEADER_CONTENT_MD5": "content-md5", "HTTP2_HEADER_CONTENT_RANGE": "content-range", "HTTP2_HEADER_DNT": "dnt", "HTTP2_HEADER_EXPECT": "expect", "HTTP2_HEADER_EXPIRES": "expires", "HTTP2_HEADER_FROM": "from", "HTTP2_HEADER_IF_MATCH": "if-match", "HTTP2_HEADER_IF_UNMODIFIED_SINCE": "if-unmodified-since", "HTTP2_HEADER_MAX_FORWARDS": "max-forwards", "HTTP2_HEADER_PREFER": "prefer", "HTTP2_HEADER_PROXY_AUTHENTICATE": "proxy-authenticate", "HTTP2_HEADER_PROXY_AUTHORIZATION": "proxy-authorization", "HTTP2_HEADER_REFRESH": "refresh", "HTTP2_HEADER_RETRY_AFTER": "retry-after", "HTTP2_HEADER_TRAILER": "trailer", "HTTP2_HEADER_TK": "tk", "HTTP2_HEADER_VIA": "via", "HTTP2_HEADER_WARNING": "warning", "HTTP2_HEADER_WWW_AUTHENTICATE": "www-authenticate", "HTTP2_HEADER_HTTP2_SETTINGS": "http2-settings", "HTTP2_METHOD_ACL": "ACL", "HTTP2_METHOD_BASELINE_CONTROL": "BASELINE-CONTROL", "HTTP2_METHOD_BIND": "BIND", "HTTP2_METHOD_CHECKIN": "CHECKIN", "HTTP2_METHOD_CHECKOUT": "CHECKOUT", "HTTP2_METHOD_CONNECT": "CONNECT", "HTTP2_METHOD_COPY": "COPY", "HTTP2_METHOD_DELETE": "DELETE", "HTTP2_METHOD_GET": "GET", "HTTP2_METHOD_HEAD": "HEAD", "HTTP2_METHOD_LABEL": "LABEL", "HTTP2_METHOD_LINK": "LINK", "HTTP2_METHOD_LOCK": "LOCK", "HTTP2_METHOD_MERGE": "MERGE", "HTTP2_METHOD_MKACTIVITY": "MKACTIVITY", "HTTP2_METHOD_MKCALENDAR": "MKCALENDAR", "HTTP2_METHOD_MKCOL": "MKCOL", "HTTP2_METHOD_MKREDIRECTREF": "MKREDIRECTREF", "HTTP2_METHOD_MKWORKSPACE": "MKWORKSPACE", "HTTP2_METHOD_MOVE": "MOVE", "HTTP2_METHOD_OPTIONS": "OPTIONS", "HTTP2_METHOD_ORDERPATCH": "ORDERPATCH", "HTTP2_METHOD_PATCH": "PATCH", "HTTP2_METHOD_POST": "POST", "HTTP2_METHOD_PRI": "PRI", "HTTP2_METHOD_PROPFIND": "PROPFIND", "HTTP2_METHOD_PROPPATCH": "PROPPATCH", "HTTP2_METHOD_PUT": "PUT", "HTTP2_METHOD_REBIND": "REBIND", "HTTP2_METHOD_REPORT": "REPORT", "HTTP2_METHOD_SEARCH": "SEARCH", "HTTP2_METHOD_TRACE": "TRACE", "HTTP2_METHOD_UNBIND": "UNBIND", "HTTP2_METHOD_UNCHECKOUT": "UNCHECKOUT", "HTTP2_METHOD_UNLINK": "UNLINK", "HTTP2_METHOD_UNLOCK": "UNLOCK", "HTTP2_METHOD_UPDATE": "UPDATE", "HTTP2_METHOD_UPDATEREDIRECTREF": "UPDATEREDIRECTREF", "HTTP2_METHOD_VERSION_CONTROL": "VERSION-CONTROL", "HTTP_STATUS_CONTINUE": 100, "HTTP_STATUS_SWITCHING_PROTOCOLS": 101, "HTTP_STATUS_PROCESSING": 102, "HTTP_STATUS_EARLY_HINTS": 103, "HTTP_STATUS_OK": 200, "HTTP_STATUS_CREATED": 201, "HTTP_STATUS_ACCEPTED": 202, "HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION": 203, "HTTP_STATUS_NO_CONTENT": 204, "HTTP_STATUS_RESET_CONTENT": 205, "HTTP_STATUS_PARTIAL_CONTENT": 206, "HTTP_STATUS_MULTI_STATUS": 207, "HTTP_STATUS_ALREADY_REPORTED": 208, "HTTP_STATUS_IM_USED": 226, "HTTP_STATUS_MULTIPLE_CHOICES": 300, "HTTP_STATUS_MOVED_PERMANENTLY": 301, "HTTP_STATUS_FOUND": 302, "HTTP_STATUS_SEE_OTHER": 303, "HTTP_STATUS_NOT_MODIFIED": 304, "HTTP_STATUS_USE_PROXY": 305, "HTTP_STATUS_TEMPORARY_REDIRECT": 307, "HTTP_STATUS_PERMANENT_REDIRECT": 308, "HTTP_STATUS_BAD_REQUEST": 400, "HTTP_STATUS_UNAUTHORIZED": 401, "HTTP_STATUS_PAYMENT_REQUIRED": 402, "HTTP_STATUS_FORBIDDEN": 403, "HTTP_STATUS_NOT_FOUND": 404, "HTTP_STATUS_METHOD_NOT_ALLOWED": 405, "HTTP_STATUS_NOT_ACCEPTABLE": 406, "HTTP_STATUS_PROXY_AUTHENTICATION_REQUIRED": 407, "HTTP_STATUS_REQUEST_TIMEOUT": 408, "HTTP_STATUS_CONFLICT": 409, "HTTP_STATUS_GONE": 410, "HTTP_STATUS_LENGTH_REQUIRED": 411, "HTTP_STATUS_PRECONDITION_FAILED": 412, "HTTP_STATUS_PAYLOAD_TOO_LARGE": 413, "HTTP_STATUS_URI_TOO_LONG": 414, "HTTP_STATUS_UNSUPPORTED_MEDIA_TYPE": 415, "HTTP_STATUS_RANGE_NOT_SATISFIABLE": 416, "HTTP_STATUS_EXPECTATION_FAILED": 417, "HTTP_STATUS_TEAPOT": 418, "HTTP_STATUS_MISDIRECTED_REQUEST": 421, "HTTP_STATUS_UNPROCESSABLE_ENTITY": 422, "HTTP_STATUS_LOCKED": 423, "HTTP_STATUS_FAILED_DEPENDENCY": 424, "HTTP_STATUS_TOO_EARLY": 425, "HTTP_STATUS_UPGRADE_REQUIRED": 426, "HTTP_STATUS_PRECONDITION_REQUIRED": 428, "HTTP_STATUS_TOO_MANY_REQUESTS": 429, "HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE": 431, "HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS": 451, "HTTP_STATUS_INTERNAL_SERVER_ERROR": 500, "HTTP_STATUS_NOT_IMPLEMENTED": 501, "HTTP_STATUS_BAD_GATEWAY": 502, "HTTP_STATUS_SERVICE_UNAVAILABLE": 503, "HTTP_STATUS_GATEWAY_TIMEOUT": 504, "HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED": 505, "HTTP_STATUS_VARIANT_ALSO_NEGOTIATES": 506, "HTTP_STATUS_INSUFFICIENT_STORAGE": 507, "HTTP_STATUS_LOOP_DETECTED": 508, "HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED": 509, "HTTP_STATUS_NOT_EXTENDED": 510, "HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED": 511 };
var constants = new Proxy(known, { get: (t, k) => Object.hasOwn(t, k) ? t[k] : load().constants[k] });
var connect = (...args) => load().connect(...args);
var Http2ServerResponse = class {
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && value instanceof load().Http2ServerResponse;
  }
};
var http2_default = new Proxy({ constants, connect, Http2ServerResponse }, { get: (t, k) => Object.hasOwn(t, k) ? t[k] : load()[k] });

// node_modules/byte-counter/utilities.js
var textEncoder = new TextEncoder();
function byteLength(data) {
  if (typeof data === "string") {
    return textEncoder.encode(data).byteLength;
  }
  if (ArrayBuffer.isView(data) || data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) {
    return data.byteLength;
  }
  return 0;
}

// node_modules/chunk-data/index.js
var toUint8Array = (data) => data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
function* chunk(data, chunkSize) {
  if (!ArrayBuffer.isView(data)) {
    throw new TypeError("Expected data to be ArrayBufferView");
  }
  if (!Number.isSafeInteger(chunkSize) || chunkSize <= 0) {
    throw new TypeError("Expected chunkSize to be a positive integer");
  }
  const uint8Array = toUint8Array(data);
  for (let offset = 0; offset < uint8Array.length; offset += chunkSize) {
    yield uint8Array.subarray(offset, offset + chunkSize);
  }
}

// node_modules/uint8array-extras/index.js
var objectToString = Object.prototype.toString;
var uint8ArrayStringified = "[object Uint8Array]";
var arrayBufferStringified = "[object ArrayBuffer]";
function isType(value, typeConstructor, typeStringified) {
  if (!value) {
    return false;
  }
  if (value.constructor === typeConstructor) {
    return true;
  }
  return objectToString.call(value) === typeStringified;
}
function isUint8Array2(value) {
  return isType(value, Uint8Array, uint8ArrayStringified);
}
function isArrayBuffer2(value) {
  return isType(value, ArrayBuffer, arrayBufferStringified);
}
function isUint8ArrayOrArrayBuffer(value) {
  return isUint8Array2(value) || isArrayBuffer2(value);
}
function toUint8ArrayIfArrayBuffer(value) {
  return isArrayBuffer2(value) ? new Uint8Array(value) : value;
}
function assertUint8ArrayOrArrayBuffer(value) {
  if (!isUint8ArrayOrArrayBuffer(value)) {
    throw new TypeError(`Expected \`Uint8Array\` or \`ArrayBuffer\`, got \`${typeof value}\``);
  }
}
function concatUint8Arrays(arrays, totalLength) {
  if (arrays.length === 0) {
    return new Uint8Array(0);
  }
  totalLength ??= arrays.reduce((accumulator, currentValue) => accumulator + currentValue.byteLength, 0);
  const returnValue = new Uint8Array(totalLength);
  let offset = 0;
  for (let array of arrays) {
    assertUint8ArrayOrArrayBuffer(array);
    array = toUint8ArrayIfArrayBuffer(array);
    returnValue.set(array, offset);
    offset += array.length;
  }
  return returnValue;
}
var cachedDecoders = {
  utf8: new globalThis.TextDecoder("utf8")
};
function assertString2(value) {
  if (typeof value !== "string") {
    throw new TypeError(`Expected \`string\`, got \`${typeof value}\``);
  }
}
var cachedEncoder = new globalThis.TextEncoder();
function stringToUint8Array(string) {
  assertString2(string);
  return cachedEncoder.encode(string);
}
function base64ToBase64Url(base64) {
  return base64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
var MAX_BLOCK_SIZE = 65535;
function uint8ArrayToBase64(array, { urlSafe = false } = {}) {
  assertUint8ArrayOrArrayBuffer(array);
  array = toUint8ArrayIfArrayBuffer(array);
  let base64 = "";
  for (let index = 0; index < array.length; index += MAX_BLOCK_SIZE) {
    const chunk2 = array.subarray(index, index + MAX_BLOCK_SIZE);
    base64 += globalThis.btoa(String.fromCodePoint.apply(void 0, chunk2));
  }
  return urlSafe ? base64ToBase64Url(base64) : base64;
}
function stringToBase64(string, { urlSafe = false } = {}) {
  assertString2(string);
  return uint8ArrayToBase64(stringToUint8Array(string), { urlSafe });
}
var byteToHexLookupTable = Array.from({ length: 256 }, (_, index) => index.toString(16).padStart(2, "0"));

// node_modules/cacheable-request/dist/index.js
import crypto from "node:crypto";
import EventEmitter from "node:events";
import stream, { PassThrough as PassThroughStream } from "node:stream";
import urlLib, { URL as URL2 } from "node:url";

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream2, { checkOpen = true } = {}) {
  return stream2 !== null && typeof stream2 === "object" && (stream2.writable || stream2.readable || !checkOpen || stream2.writable === void 0 && stream2.readable === void 0) && typeof stream2.pipe === "function";
}
function isReadableStream(stream2, { checkOpen = true } = {}) {
  return isStream(stream2, { checkOpen }) && (stream2.readable || !checkOpen) && typeof stream2.read === "function" && typeof stream2.readable === "boolean" && typeof stream2.readableObjectMode === "boolean" && typeof stream2.destroy === "function" && typeof stream2.destroyed === "boolean";
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream2) => {
  if (isReadableStream(stream2, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream2);
  }
  if (typeof stream2?.[Symbol.asyncIterator] === "function") {
    return stream2;
  }
  if (toString.call(stream2) === "[object ReadableStream]") {
    return h.call(stream2);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream2) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream2, controller, state);
  try {
    for await (const [chunk2] of nodeImports.on(stream2, "data", { signal: controller.signal })) {
      yield chunk2;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream2.destroy();
  }
};
var handleStreamEnd = async (stream2, controller, state) => {
  try {
    await nodeImports.finished(stream2, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream2, { init: init2, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream2);
  const state = init2();
  state.length = 0;
  try {
    for await (const chunk2 of asyncIterable) {
      const chunkType = getChunkType(chunk2);
      const convertedChunk = convertChunk[chunkType](chunk2, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk2) => {
  const typeOfChunk = typeof chunk2;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk2 === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk2)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk2);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk2.byteLength) && Number.isInteger(chunk2.byteOffset) && objectToString2.call(chunk2.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var noop = () => void 0;
var throwObjectStream = (chunk2) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk2)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream2, options) {
  return getStreamContents(stream2, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk2) => textEncoder2.encode(chunk2);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk2) => new Uint8Array(chunk2);
var useUint8ArrayWithOffset = (chunk2) => new Uint8Array(chunk2.buffer, chunk2.byteOffset, chunk2.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/buffer.js
async function getStreamAsBuffer(stream2, options) {
  if (!("Buffer" in globalThis)) {
    throw new Error("getStreamAsBuffer() is only supported in Node.js");
  }
  try {
    return arrayBufferToNodeBuffer(await getStreamAsArrayBuffer(stream2, options));
  } catch (error) {
    if (error.bufferedData !== void 0) {
      error.bufferedData = arrayBufferToNodeBuffer(error.bufferedData);
    }
    throw error;
  }
}
var arrayBufferToNodeBuffer = (arrayBuffer) => globalThis.Buffer.from(arrayBuffer);

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/cacheable-request/dist/index.js
var import_http_cache_semantics = __toESM(require_http_cache_semantics(), 1);

// node_modules/@keyv/serialize/dist/index.js
import { Buffer as Buffer2 } from "buffer";
var _serialize = (data, escapeColonStrings = true) => {
  if (data === void 0 || data === null) {
    return "null";
  }
  if (typeof data === "string") {
    return JSON.stringify(
      escapeColonStrings && data.startsWith(":") ? `:${data}` : data
    );
  }
  if (Buffer2.isBuffer(data)) {
    return JSON.stringify(`:base64:${data.toString("base64")}`);
  }
  if (data?.toJSON) {
    data = data.toJSON();
  }
  if (typeof data === "object") {
    let s = "";
    const array = Array.isArray(data);
    s = array ? "[" : "{";
    let first = true;
    for (const k in data) {
      const ignore = typeof data[k] === "function" || !array && data[k] === void 0;
      if (!Object.hasOwn(data, k) || ignore) {
        continue;
      }
      if (!first) {
        s += ",";
      }
      first = false;
      if (array) {
        s += _serialize(data[k], escapeColonStrings);
      } else if (data[k] !== void 0) {
        s += `${_serialize(k, false)}:${_serialize(data[k], escapeColonStrings)}`;
      }
    }
    s += array ? "]" : "}";
    return s;
  }
  return JSON.stringify(data);
};
var defaultSerialize = (data) => {
  return _serialize(data, true);
};
var defaultDeserialize = (data) => JSON.parse(data, (_, value) => {
  if (typeof value === "string") {
    if (value.startsWith(":base64:")) {
      return Buffer2.from(value.slice(8), "base64");
    }
    return value.startsWith(":") ? value.slice(1) : value;
  }
  return value;
});

// node_modules/keyv/dist/index.js
var EventManager = class {
  _eventListeners;
  _maxListeners;
  constructor() {
    this._eventListeners = /* @__PURE__ */ new Map();
    this._maxListeners = 100;
  }
  maxListeners() {
    return this._maxListeners;
  }
  // Add an event listener
  addListener(event, listener) {
    this.on(event, listener);
  }
  on(event, listener) {
    if (!this._eventListeners.has(event)) {
      this._eventListeners.set(event, []);
    }
    const listeners = this._eventListeners.get(event);
    if (listeners) {
      if (listeners.length >= this._maxListeners) {
        console.warn(
          `MaxListenersExceededWarning: Possible event memory leak detected. ${listeners.length + 1} ${event} listeners added. Use setMaxListeners() to increase limit.`
        );
      }
      listeners.push(listener);
    }
    return this;
  }
  // Remove an event listener
  removeListener(event, listener) {
    this.off(event, listener);
  }
  off(event, listener) {
    const listeners = this._eventListeners.get(event) ?? [];
    const index = listeners.indexOf(listener);
    if (index !== -1) {
      listeners.splice(index, 1);
    }
    if (listeners.length === 0) {
      this._eventListeners.delete(event);
    }
  }
  once(event, listener) {
    const onceListener = (...arguments_) => {
      listener(...arguments_);
      this.off(event, onceListener);
    };
    this.on(event, onceListener);
  }
  // Emit an event
  // biome-ignore lint/suspicious/noExplicitAny: type format
  emit(event, ...arguments_) {
    const listeners = this._eventListeners.get(event);
    if (listeners && listeners.length > 0) {
      for (const listener of listeners) {
        listener(...arguments_);
      }
    }
  }
  // Get all listeners for a specific event
  listeners(event) {
    return this._eventListeners.get(event) ?? [];
  }
  // Remove all listeners for a specific event
  removeAllListeners(event) {
    if (event) {
      this._eventListeners.delete(event);
    } else {
      this._eventListeners.clear();
    }
  }
  // Set the maximum number of listeners for a single event
  setMaxListeners(n2) {
    this._maxListeners = n2;
  }
};
var event_manager_default = EventManager;
var HooksManager = class extends event_manager_default {
  _hookHandlers;
  constructor() {
    super();
    this._hookHandlers = /* @__PURE__ */ new Map();
  }
  // Adds a handler function for a specific event
  addHandler(event, handler) {
    const eventHandlers = this._hookHandlers.get(event);
    if (eventHandlers) {
      eventHandlers.push(handler);
    } else {
      this._hookHandlers.set(event, [handler]);
    }
  }
  // Removes a specific handler function for a specific event
  removeHandler(event, handler) {
    const eventHandlers = this._hookHandlers.get(event);
    if (eventHandlers) {
      const index = eventHandlers.indexOf(handler);
      if (index !== -1) {
        eventHandlers.splice(index, 1);
      }
    }
  }
  // Triggers all handlers for a specific event with provided data
  // biome-ignore lint/suspicious/noExplicitAny: type format
  trigger(event, data) {
    const eventHandlers = this._hookHandlers.get(event);
    if (eventHandlers) {
      for (const handler of eventHandlers) {
        try {
          handler(data);
        } catch (error) {
          this.emit(
            "error",
            new Error(
              `Error in hook handler for event "${event}": ${error.message}`
            )
          );
        }
      }
    }
  }
  // Provides read-only access to the current handlers
  get handlers() {
    return new Map(this._hookHandlers);
  }
};
var hooks_manager_default = HooksManager;
var StatsManager = class extends event_manager_default {
  enabled = true;
  hits = 0;
  misses = 0;
  sets = 0;
  deletes = 0;
  errors = 0;
  constructor(enabled) {
    super();
    if (enabled !== void 0) {
      this.enabled = enabled;
    }
    this.reset();
  }
  hit() {
    if (this.enabled) {
      this.hits++;
    }
  }
  miss() {
    if (this.enabled) {
      this.misses++;
    }
  }
  set() {
    if (this.enabled) {
      this.sets++;
    }
  }
  delete() {
    if (this.enabled) {
      this.deletes++;
    }
  }
  hitsOrMisses(array) {
    for (const item of array) {
      if (item === void 0) {
        this.miss();
      } else {
        this.hit();
      }
    }
  }
  reset() {
    this.hits = 0;
    this.misses = 0;
    this.sets = 0;
    this.deletes = 0;
    this.errors = 0;
  }
};
var stats_manager_default = StatsManager;
var iterableAdapters = [
  "sqlite",
  "postgres",
  "mysql",
  "mongo",
  "redis",
  "valkey",
  "etcd"
];
var Keyv = class extends event_manager_default {
  opts;
  iterator;
  hooks = new hooks_manager_default();
  stats = new stats_manager_default(false);
  /**
   * Time to live in milliseconds
   */
  _ttl;
  /**
   * Namespace
   */
  _namespace;
  /**
   * Store
   */
  // biome-ignore lint/suspicious/noExplicitAny: type format
  _store = /* @__PURE__ */ new Map();
  _serialize = defaultSerialize;
  _deserialize = defaultDeserialize;
  _compression;
  _useKeyPrefix = true;
  _throwOnErrors = false;
  /**
   * Keyv Constructor
   * @param {KeyvStoreAdapter | KeyvOptions} store
   * @param {Omit<KeyvOptions, 'store'>} [options] if you provide the store you can then provide the Keyv Options
   */
  constructor(store, options) {
    super();
    options ??= {};
    store ??= {};
    this.opts = {
      namespace: "keyv",
      serialize: defaultSerialize,
      deserialize: defaultDeserialize,
      emitErrors: true,
      // @ts-expect-error - Map is not a KeyvStoreAdapter
      store: /* @__PURE__ */ new Map(),
      ...options
    };
    if (store && store.get) {
      this.opts.store = store;
    } else {
      this.opts = {
        ...this.opts,
        ...store
      };
    }
    this._store = this.opts.store ?? /* @__PURE__ */ new Map();
    this._compression = this.opts.compression;
    this._serialize = this.opts.serialize;
    this._deserialize = this.opts.deserialize;
    if (this.opts.namespace) {
      this._namespace = this.opts.namespace;
    }
    if (this._store) {
      if (!this._isValidStorageAdapter(this._store)) {
        throw new Error("Invalid storage adapter");
      }
      if (typeof this._store.on === "function") {
        this._store.on("error", (error) => this.emit("error", error));
      }
      this._store.namespace = this._namespace;
      if (typeof this._store[Symbol.iterator] === "function" && this._store instanceof Map) {
        this.iterator = this.generateIterator(
          this._store
        );
      } else if ("iterator" in this._store && this._store.opts && this._checkIterableAdapter()) {
        this.iterator = this.generateIterator(
          // biome-ignore lint/style/noNonNullAssertion: need to fix
          this._store.iterator.bind(this._store)
        );
      }
    }
    if (this.opts.stats) {
      this.stats.enabled = this.opts.stats;
    }
    if (this.opts.ttl) {
      this._ttl = this.opts.ttl;
    }
    if (this.opts.useKeyPrefix !== void 0) {
      this._useKeyPrefix = this.opts.useKeyPrefix;
    }
    if (this.opts.throwOnErrors !== void 0) {
      this._throwOnErrors = this.opts.throwOnErrors;
    }
  }
  /**
   * Get the current store
   */
  // biome-ignore lint/suspicious/noExplicitAny: type format
  get store() {
    return this._store;
  }
  /**
   * Set the current store. This will also set the namespace, event error handler, and generate the iterator. If the store is not valid it will throw an error.
   * @param {KeyvStoreAdapter | Map<any, any> | any} store the store to set
   */
  // biome-ignore lint/suspicious/noExplicitAny: type format
  set store(store) {
    if (this._isValidStorageAdapter(store)) {
      this._store = store;
      this.opts.store = store;
      if (typeof store.on === "function") {
        store.on("error", (error) => this.emit("error", error));
      }
      if (this._namespace) {
        this._store.namespace = this._namespace;
      }
      if (typeof store[Symbol.iterator] === "function" && store instanceof Map) {
        this.iterator = this.generateIterator(
          store
        );
      } else if ("iterator" in store && store.opts && this._checkIterableAdapter()) {
        this.iterator = this.generateIterator(store.iterator?.bind(store));
      }
    } else {
      throw new Error("Invalid storage adapter");
    }
  }
  /**
   * Get the current compression function
   * @returns {CompressionAdapter} The current compression function
   */
  get compression() {
    return this._compression;
  }
  /**
   * Set the current compression function
   * @param {CompressionAdapter} compress The compression function to set
   */
  set compression(compress) {
    this._compression = compress;
  }
  /**
   * Get the current namespace.
   * @returns {string | undefined} The current namespace.
   */
  get namespace() {
    return this._namespace;
  }
  /**
   * Set the current namespace.
   * @param {string | undefined} namespace The namespace to set.
   */
  set namespace(namespace) {
    this._namespace = namespace;
    this.opts.namespace = namespace;
    this._store.namespace = namespace;
    if (this.opts.store) {
      this.opts.store.namespace = namespace;
    }
  }
  /**
   * Get the current TTL.
   * @returns {number} The current TTL in milliseconds.
   */
  get ttl() {
    return this._ttl;
  }
  /**
   * Set the current TTL.
   * @param {number} ttl The TTL to set in milliseconds.
   */
  set ttl(ttl2) {
    this.opts.ttl = ttl2;
    this._ttl = ttl2;
  }
  /**
   * Get the current serialize function.
   * @returns {Serialize} The current serialize function.
   */
  get serialize() {
    return this._serialize;
  }
  /**
   * Set the current serialize function.
   * @param {Serialize} serialize The serialize function to set.
   */
  set serialize(serialize) {
    this.opts.serialize = serialize;
    this._serialize = serialize;
  }
  /**
   * Get the current deserialize function.
   * @returns {Deserialize} The current deserialize function.
   */
  get deserialize() {
    return this._deserialize;
  }
  /**
   * Set the current deserialize function.
   * @param {Deserialize} deserialize The deserialize function to set.
   */
  set deserialize(deserialize) {
    this.opts.deserialize = deserialize;
    this._deserialize = deserialize;
  }
  /**
   * Get the current useKeyPrefix value. This will enable or disable key prefixing.
   * @returns {boolean} The current useKeyPrefix value.
   * @default true
   */
  get useKeyPrefix() {
    return this._useKeyPrefix;
  }
  /**
   * Set the current useKeyPrefix value. This will enable or disable key prefixing.
   * @param {boolean} value The useKeyPrefix value to set.
   */
  set useKeyPrefix(value) {
    this._useKeyPrefix = value;
    this.opts.useKeyPrefix = value;
  }
  /**
   * Get the current throwErrors value. This will enable or disable throwing errors on methods in addition to emitting them.
   * @return {boolean} The current throwOnErrors value.
   */
  get throwOnErrors() {
    return this._throwOnErrors;
  }
  /**
   * Set the current throwOnErrors value. This will enable or disable throwing errors on methods in addition to emitting them.
   * @param {boolean} value The throwOnErrors value to set.
   */
  set throwOnErrors(value) {
    this._throwOnErrors = value;
    this.opts.throwOnErrors = value;
  }
  generateIterator(iterator) {
    const function_ = async function* () {
      for await (const [key, raw] of typeof iterator === "function" ? iterator(this._store.namespace) : iterator) {
        const data = await this.deserializeData(raw);
        if (this._useKeyPrefix && this._store.namespace && !key.includes(this._store.namespace)) {
          continue;
        }
        if (typeof data.expires === "number" && Date.now() > data.expires) {
          await this.delete(key);
          continue;
        }
        yield [this._getKeyUnprefix(key), data.value];
      }
    };
    return function_.bind(this);
  }
  _checkIterableAdapter() {
    return iterableAdapters.includes(this._store.opts.dialect) || iterableAdapters.some(
      (element) => this._store.opts.url.includes(element)
    );
  }
  _getKeyPrefix(key) {
    if (!this._useKeyPrefix) {
      return key;
    }
    if (!this._namespace) {
      return key;
    }
    if (key.startsWith(`${this._namespace}:`)) {
      return key;
    }
    return `${this._namespace}:${key}`;
  }
  _getKeyPrefixArray(keys) {
    if (!this._useKeyPrefix) {
      return keys;
    }
    if (!this._namespace) {
      return keys;
    }
    return keys.map((key) => `${this._namespace}:${key}`);
  }
  _getKeyUnprefix(key) {
    if (!this._useKeyPrefix) {
      return key;
    }
    return key.split(":").splice(1).join(":");
  }
  // biome-ignore lint/suspicious/noExplicitAny: type format
  _isValidStorageAdapter(store) {
    return store instanceof Map || typeof store.get === "function" && typeof store.set === "function" && typeof store.delete === "function" && typeof store.clear === "function";
  }
  // eslint-disable-next-line @stylistic/max-len
  async get(key, options) {
    const { store } = this.opts;
    const isArray2 = Array.isArray(key);
    const keyPrefixed = isArray2 ? this._getKeyPrefixArray(key) : this._getKeyPrefix(key);
    const isDataExpired = (data) => typeof data.expires === "number" && Date.now() > data.expires;
    if (isArray2) {
      if (options?.raw === true) {
        return this.getMany(key, { raw: true });
      }
      return this.getMany(key, { raw: false });
    }
    this.hooks.trigger("preGet", { key: keyPrefixed });
    let rawData;
    try {
      rawData = await store.get(keyPrefixed);
    } catch (error) {
      if (this.throwOnErrors) {
        throw error;
      }
    }
    const deserializedData = typeof rawData === "string" || this.opts.compression ? await this.deserializeData(rawData) : rawData;
    if (deserializedData === void 0 || deserializedData === null) {
      this.hooks.trigger("postGet", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      return void 0;
    }
    if (isDataExpired(deserializedData)) {
      await this.delete(key);
      this.hooks.trigger("postGet", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      return void 0;
    }
    this.hooks.trigger("postGet", {
      key: keyPrefixed,
      value: deserializedData
    });
    this.stats.hit();
    return options?.raw ? deserializedData : deserializedData.value;
  }
  async getMany(keys, options) {
    const { store } = this.opts;
    const keyPrefixed = this._getKeyPrefixArray(keys);
    const isDataExpired = (data) => typeof data.expires === "number" && Date.now() > data.expires;
    this.hooks.trigger("preGetMany", { keys: keyPrefixed });
    if (store.getMany === void 0) {
      const promises = keyPrefixed.map(async (key) => {
        const rawData2 = await store.get(key);
        const deserializedRow = typeof rawData2 === "string" || this.opts.compression ? await this.deserializeData(rawData2) : rawData2;
        if (deserializedRow === void 0 || deserializedRow === null) {
          return void 0;
        }
        if (isDataExpired(deserializedRow)) {
          await this.delete(key);
          return void 0;
        }
        return options?.raw ? deserializedRow : deserializedRow.value;
      });
      const deserializedRows = await Promise.allSettled(promises);
      const result2 = deserializedRows.map(
        // biome-ignore lint/suspicious/noExplicitAny: type format
        (row) => row.value
      );
      this.hooks.trigger("postGetMany", result2);
      if (result2.length > 0) {
        this.stats.hit();
      }
      return result2;
    }
    const rawData = await store.getMany(keyPrefixed);
    const result = [];
    const expiredKeys = [];
    for (const index in rawData) {
      let row = rawData[index];
      if (typeof row === "string") {
        row = await this.deserializeData(row);
      }
      if (row === void 0 || row === null) {
        result.push(void 0);
        continue;
      }
      if (isDataExpired(row)) {
        expiredKeys.push(keys[index]);
        result.push(void 0);
        continue;
      }
      const value = options?.raw ? row : row.value;
      result.push(value);
    }
    if (expiredKeys.length > 0) {
      await this.deleteMany(expiredKeys);
    }
    this.hooks.trigger("postGetMany", result);
    if (result.length > 0) {
      this.stats.hit();
    }
    return result;
  }
  /**
   * Get the raw value of a key. This is the replacement for setting raw to true in the get() method.
   * @param {string} key the key to get
   * @returns {Promise<StoredDataRaw<Value> | undefined>} will return a StoredDataRaw<Value> or undefined if the key does not exist or is expired.
   */
  async getRaw(key) {
    const { store } = this.opts;
    const keyPrefixed = this._getKeyPrefix(key);
    this.hooks.trigger("preGetRaw", { key: keyPrefixed });
    const rawData = await store.get(keyPrefixed);
    if (rawData === void 0 || rawData === null) {
      this.hooks.trigger("postGetRaw", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      return void 0;
    }
    const deserializedData = typeof rawData === "string" || this.opts.compression ? await this.deserializeData(rawData) : rawData;
    if (deserializedData !== void 0 && deserializedData.expires !== void 0 && deserializedData.expires !== null && // biome-ignore lint/style/noNonNullAssertion: need to fix
    deserializedData.expires < Date.now()) {
      this.hooks.trigger("postGetRaw", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      await this.delete(key);
      return void 0;
    }
    this.stats.hit();
    this.hooks.trigger("postGetRaw", {
      key: keyPrefixed,
      value: deserializedData
    });
    return deserializedData;
  }
  /**
   * Get the raw values of many keys. This is the replacement for setting raw to true in the getMany() method.
   * @param {string[]} keys the keys to get
   * @returns {Promise<Array<StoredDataRaw<Value>>>} will return an array of StoredDataRaw<Value> or undefined if the key does not exist or is expired.
   */
  async getManyRaw(keys) {
    const { store } = this.opts;
    const keyPrefixed = this._getKeyPrefixArray(keys);
    if (keys.length === 0) {
      const result2 = Array.from({ length: keys.length }).fill(
        void 0
      );
      this.stats.misses += keys.length;
      this.hooks.trigger("postGetManyRaw", {
        keys: keyPrefixed,
        values: result2
      });
      return result2;
    }
    let result = [];
    if (store.getMany === void 0) {
      const promises = keyPrefixed.map(async (key) => {
        const rawData = await store.get(key);
        if (rawData !== void 0 && rawData !== null) {
          return this.deserializeData(rawData);
        }
        return void 0;
      });
      const deserializedRows = await Promise.allSettled(promises);
      result = deserializedRows.map(
        // biome-ignore lint/suspicious/noExplicitAny: type format
        (row) => row.value
      );
    } else {
      const rawData = await store.getMany(keyPrefixed);
      for (const row of rawData) {
        if (row !== void 0 && row !== null) {
          result.push(await this.deserializeData(row));
        } else {
          result.push(void 0);
        }
      }
    }
    const expiredKeys = [];
    const isDataExpired = (data) => typeof data.expires === "number" && Date.now() > data.expires;
    for (const [index, row] of result.entries()) {
      if (row !== void 0 && isDataExpired(row)) {
        expiredKeys.push(keyPrefixed[index]);
        result[index] = void 0;
      }
    }
    if (expiredKeys.length > 0) {
      await this.deleteMany(expiredKeys);
    }
    this.stats.hitsOrMisses(result);
    this.hooks.trigger("postGetManyRaw", {
      keys: keyPrefixed,
      values: result
    });
    return result;
  }
  /**
   * Set an item to the store
   * @param {string | Array<KeyvEntry>} key the key to use. If you pass in an array of KeyvEntry it will set many items
   * @param {Value} value the value of the key
   * @param {number} [ttl] time to live in milliseconds
   * @returns {boolean} if it sets then it will return a true. On failure will return false.
   */
  async set(key, value, ttl2) {
    const data = { key, value, ttl: ttl2 };
    this.hooks.trigger("preSet", data);
    const keyPrefixed = this._getKeyPrefix(data.key);
    data.ttl ??= this._ttl;
    if (data.ttl === 0) {
      data.ttl = void 0;
    }
    const { store } = this.opts;
    const expires = typeof data.ttl === "number" ? Date.now() + data.ttl : void 0;
    if (typeof data.value === "symbol") {
      this.emit("error", "symbol cannot be serialized");
      throw new Error("symbol cannot be serialized");
    }
    const formattedValue = { value: data.value, expires };
    const serializedValue = await this.serializeData(formattedValue);
    let result = true;
    try {
      const value2 = await store.set(keyPrefixed, serializedValue, data.ttl);
      if (typeof value2 === "boolean") {
        result = value2;
      }
    } catch (error) {
      result = false;
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
    }
    this.hooks.trigger("postSet", {
      key: keyPrefixed,
      value: serializedValue,
      ttl: ttl2
    });
    this.stats.set();
    return result;
  }
  /**
   * Set many items to the store
   * @param {Array<KeyvEntry>} entries the entries to set
   * @returns {boolean[]} will return an array of booleans if it sets then it will return a true. On failure will return false.
   */
  // biome-ignore lint/correctness/noUnusedVariables: type format
  async setMany(entries2) {
    let results = [];
    try {
      if (this._store.setMany === void 0) {
        const promises = [];
        for (const entry of entries2) {
          promises.push(this.set(entry.key, entry.value, entry.ttl));
        }
        const promiseResults = await Promise.all(promises);
        results = promiseResults;
      } else {
        const serializedEntries = await Promise.all(
          entries2.map(async ({ key, value, ttl: ttl2 }) => {
            ttl2 ??= this._ttl;
            if (ttl2 === 0) {
              ttl2 = void 0;
            }
            const expires = typeof ttl2 === "number" ? Date.now() + ttl2 : void 0;
            if (typeof value === "symbol") {
              this.emit("error", "symbol cannot be serialized");
              throw new Error("symbol cannot be serialized");
            }
            const formattedValue = { value, expires };
            const serializedValue = await this.serializeData(formattedValue);
            const keyPrefixed = this._getKeyPrefix(key);
            return { key: keyPrefixed, value: serializedValue, ttl: ttl2 };
          })
        );
        results = await this._store.setMany(serializedEntries);
      }
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
      results = entries2.map(() => false);
    }
    return results;
  }
  /**
   * Delete an Entry
   * @param {string | string[]} key the key to be deleted. if an array it will delete many items
   * @returns {boolean} will return true if item or items are deleted. false if there is an error
   */
  async delete(key) {
    const { store } = this.opts;
    if (Array.isArray(key)) {
      return this.deleteMany(key);
    }
    const keyPrefixed = this._getKeyPrefix(key);
    this.hooks.trigger("preDelete", { key: keyPrefixed });
    let result = true;
    try {
      const value = await store.delete(keyPrefixed);
      if (typeof value === "boolean") {
        result = value;
      }
    } catch (error) {
      result = false;
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
    }
    this.hooks.trigger("postDelete", {
      key: keyPrefixed,
      value: result
    });
    this.stats.delete();
    return result;
  }
  /**
   * Delete many items from the store
   * @param {string[]} keys the keys to be deleted
   * @returns {boolean} will return true if item or items are deleted. false if there is an error
   */
  async deleteMany(keys) {
    try {
      const { store } = this.opts;
      const keyPrefixed = this._getKeyPrefixArray(keys);
      this.hooks.trigger("preDelete", { key: keyPrefixed });
      if (store.deleteMany !== void 0) {
        return await store.deleteMany(keyPrefixed);
      }
      const promises = keyPrefixed.map(async (key) => store.delete(key));
      const results = await Promise.all(promises);
      const returnResult = results.every(Boolean);
      this.hooks.trigger("postDelete", {
        key: keyPrefixed,
        value: returnResult
      });
      return returnResult;
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
      return false;
    }
  }
  /**
   * Clear the store
   * @returns {void}
   */
  async clear() {
    this.emit("clear");
    const { store } = this.opts;
    try {
      await store.clear();
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
    }
  }
  async has(key) {
    if (Array.isArray(key)) {
      return this.hasMany(key);
    }
    const keyPrefixed = this._getKeyPrefix(key);
    const { store } = this.opts;
    if (store.has !== void 0 && !(store instanceof Map)) {
      return store.has(keyPrefixed);
    }
    let rawData;
    try {
      rawData = await store.get(keyPrefixed);
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
      return false;
    }
    if (rawData) {
      const data = await this.deserializeData(rawData);
      if (data) {
        if (data.expires === void 0 || data.expires === null) {
          return true;
        }
        return data.expires > Date.now();
      }
    }
    return false;
  }
  /**
   * Check if many keys exist
   * @param {string[]} keys the keys to check
   * @returns {boolean[]} will return an array of booleans if the keys exist
   */
  async hasMany(keys) {
    const keyPrefixed = this._getKeyPrefixArray(keys);
    const { store } = this.opts;
    if (store.hasMany !== void 0) {
      return store.hasMany(keyPrefixed);
    }
    const results = [];
    for (const key of keys) {
      results.push(await this.has(key));
    }
    return results;
  }
  /**
   * Will disconnect the store. This is only available if the store has a disconnect method
   * @returns {Promise<void>}
   */
  async disconnect() {
    const { store } = this.opts;
    this.emit("disconnect");
    if (typeof store.disconnect === "function") {
      return store.disconnect();
    }
  }
  // biome-ignore lint/suspicious/noExplicitAny: type format
  emit(event, ...arguments_) {
    if (event === "error" && !this.opts.emitErrors) {
      return;
    }
    super.emit(event, ...arguments_);
  }
  async serializeData(data) {
    if (!this._serialize) {
      return data;
    }
    if (this._compression?.compress) {
      return this._serialize({
        value: await this._compression.compress(data.value),
        expires: data.expires
      });
    }
    return this._serialize(data);
  }
  async deserializeData(data) {
    if (!this._deserialize) {
      return data;
    }
    if (this._compression?.decompress && typeof data === "string") {
      const result = await this._deserialize(data);
      return {
        value: await this._compression.decompress(result?.value),
        expires: result?.expires
      };
    }
    if (typeof data === "string") {
      return this._deserialize(data);
    }
    return void 0;
  }
};

// node_modules/mimic-response/index.js
var knownProperties = [
  "aborted",
  "complete",
  "headers",
  "httpVersion",
  "httpVersionMinor",
  "httpVersionMajor",
  "method",
  "rawHeaders",
  "rawTrailers",
  "setTimeout",
  "socket",
  "statusCode",
  "statusMessage",
  "trailers",
  "url"
];
function mimicResponse(fromStream, toStream) {
  if (toStream._readableState.autoDestroy) {
    throw new Error("The second stream must have the `autoDestroy` option set to `false`");
  }
  const fromProperties = /* @__PURE__ */ new Set([...Object.keys(fromStream), ...knownProperties]);
  const properties = {};
  for (const property of fromProperties) {
    if (property in toStream) {
      continue;
    }
    properties[property] = {
      get() {
        const value = fromStream[property];
        const isFunction2 = typeof value === "function";
        return isFunction2 ? value.bind(fromStream) : value;
      },
      set(value) {
        fromStream[property] = value;
      },
      enumerable: true,
      configurable: false
    };
  }
  Object.defineProperties(toStream, properties);
  fromStream.once("aborted", () => {
    toStream.destroy();
    toStream.emit("aborted");
  });
  fromStream.once("close", () => {
    if (fromStream.complete) {
      if (toStream.readable) {
        toStream.once("end", () => {
          toStream.emit("close");
        });
      } else {
        toStream.emit("close");
      }
    } else {
      toStream.emit("close");
    }
  });
  return toStream;
}

// node_modules/normalize-url/index.js
var DATA_URL_DEFAULT_MIME_TYPE = "text/plain";
var DATA_URL_DEFAULT_CHARSET = "us-ascii";
var testParameter = (name, filters) => filters.some((filter) => filter instanceof RegExp ? filter.test(name) : filter === name);
var supportedProtocols = /* @__PURE__ */ new Set([
  "https:",
  "http:",
  "file:"
]);
var hasCustomProtocol = (urlString) => {
  try {
    const { protocol } = new URL(urlString);
    return protocol.endsWith(":") && !protocol.includes(".") && !supportedProtocols.has(protocol);
  } catch {
    return false;
  }
};
var normalizeDataURL = (urlString, { stripHash }) => {
  const match = /^data:(?<type>[^,]*?),(?<data>[^#]*?)(?:#(?<hash>.*))?$/.exec(urlString);
  if (!match) {
    throw new Error(`Invalid URL: ${urlString}`);
  }
  const { type, data, hash } = match.groups;
  const mediaType = type.split(";");
  const isBase64 = mediaType.at(-1) === "base64";
  if (isBase64) {
    mediaType.pop();
  }
  const mimeType = mediaType.shift()?.toLowerCase() ?? "";
  const attributes = mediaType.map((attribute) => {
    let [key, value = ""] = attribute.split("=").map((string) => string.trim());
    if (key === "charset") {
      value = value.toLowerCase();
      if (value === DATA_URL_DEFAULT_CHARSET) {
        return "";
      }
    }
    return `${key}${value ? `=${value}` : ""}`;
  }).filter(Boolean);
  const normalizedMediaType = [...attributes];
  if (isBase64) {
    normalizedMediaType.push("base64");
  }
  if (normalizedMediaType.length > 0 || mimeType && mimeType !== DATA_URL_DEFAULT_MIME_TYPE) {
    normalizedMediaType.unshift(mimeType);
  }
  const hashPart = stripHash || !hash ? "" : `#${hash}`;
  return `data:${normalizedMediaType.join(";")},${isBase64 ? data.trim() : data}${hashPart}`;
};
function normalizeUrl(urlString, options) {
  options = {
    defaultProtocol: "http",
    normalizeProtocol: true,
    forceHttp: false,
    forceHttps: false,
    stripAuthentication: true,
    stripHash: false,
    stripTextFragment: true,
    stripWWW: true,
    removeQueryParameters: [/^utm_\w+/i],
    removeTrailingSlash: true,
    removeSingleSlash: true,
    removeDirectoryIndex: false,
    removeExplicitPort: false,
    sortQueryParameters: true,
    removePath: false,
    transformPath: false,
    ...options
  };
  if (typeof options.defaultProtocol === "string" && !options.defaultProtocol.endsWith(":")) {
    options.defaultProtocol = `${options.defaultProtocol}:`;
  }
  urlString = urlString.trim();
  if (/^data:/i.test(urlString)) {
    return normalizeDataURL(urlString, options);
  }
  if (hasCustomProtocol(urlString)) {
    return urlString;
  }
  const hasRelativeProtocol = urlString.startsWith("//");
  const isRelativeUrl = !hasRelativeProtocol && /^\.*\//.test(urlString);
  if (!isRelativeUrl) {
    urlString = urlString.replace(/^(?!(?:\w+:)?\/\/)|^\/\//, options.defaultProtocol);
  }
  const urlObject = new URL(urlString);
  if (options.forceHttp && options.forceHttps) {
    throw new Error("The `forceHttp` and `forceHttps` options cannot be used together");
  }
  if (options.forceHttp && urlObject.protocol === "https:") {
    urlObject.protocol = "http:";
  }
  if (options.forceHttps && urlObject.protocol === "http:") {
    urlObject.protocol = "https:";
  }
  if (options.stripAuthentication) {
    urlObject.username = "";
    urlObject.password = "";
  }
  if (options.stripHash) {
    urlObject.hash = "";
  } else if (options.stripTextFragment) {
    urlObject.hash = urlObject.hash.replace(/#?:~:text.*?$/i, "");
  }
  if (urlObject.pathname) {
    const protocolRegex = /\b[a-z][a-z\d+\-.]{1,50}:\/\//g;
    let lastIndex = 0;
    let result = "";
    for (; ; ) {
      const match = protocolRegex.exec(urlObject.pathname);
      if (!match) {
        break;
      }
      const protocol = match[0];
      const protocolAtIndex = match.index;
      const intermediate = urlObject.pathname.slice(lastIndex, protocolAtIndex);
      result += intermediate.replace(/\/{2,}/g, "/");
      result += protocol;
      lastIndex = protocolAtIndex + protocol.length;
    }
    const remnant = urlObject.pathname.slice(lastIndex, urlObject.pathname.length);
    result += remnant.replace(/\/{2,}/g, "/");
    urlObject.pathname = result;
  }
  if (urlObject.pathname) {
    try {
      urlObject.pathname = decodeURI(urlObject.pathname).replace(/\\/g, "%5C");
    } catch {
    }
  }
  if (options.removeDirectoryIndex === true) {
    options.removeDirectoryIndex = [/^index\.[a-z]+$/];
  }
  if (Array.isArray(options.removeDirectoryIndex) && options.removeDirectoryIndex.length > 0) {
    const pathComponents = urlObject.pathname.split("/").filter(Boolean);
    const lastComponent = pathComponents.at(-1);
    if (lastComponent && testParameter(lastComponent, options.removeDirectoryIndex)) {
      pathComponents.pop();
      urlObject.pathname = pathComponents.length > 0 ? `/${pathComponents.join("/")}/` : "/";
    }
  }
  if (options.removePath) {
    urlObject.pathname = "/";
  }
  if (options.transformPath && typeof options.transformPath === "function") {
    const pathComponents = urlObject.pathname.split("/").filter(Boolean);
    const newComponents = options.transformPath(pathComponents);
    urlObject.pathname = newComponents?.length > 0 ? `/${newComponents.join("/")}` : "/";
  }
  if (urlObject.hostname) {
    urlObject.hostname = urlObject.hostname.replace(/\.$/, "");
    if (options.stripWWW && /^www\.(?!www\.)[a-z\-\d]{1,63}\.[a-z.\-\d]{2,63}$/.test(urlObject.hostname)) {
      urlObject.hostname = urlObject.hostname.replace(/^www\./, "");
    }
  }
  if (Array.isArray(options.removeQueryParameters)) {
    for (const key of [...urlObject.searchParams.keys()]) {
      if (testParameter(key, options.removeQueryParameters)) {
        urlObject.searchParams.delete(key);
      }
    }
  }
  if (!Array.isArray(options.keepQueryParameters) && options.removeQueryParameters === true) {
    urlObject.search = "";
  }
  if (Array.isArray(options.keepQueryParameters) && options.keepQueryParameters.length > 0) {
    for (const key of [...urlObject.searchParams.keys()]) {
      if (!testParameter(key, options.keepQueryParameters)) {
        urlObject.searchParams.delete(key);
      }
    }
  }
  if (options.sortQueryParameters) {
    const originalSearch = urlObject.search;
    urlObject.searchParams.sort();
    try {
      urlObject.search = decodeURIComponent(urlObject.search);
    } catch {
    }
    const partsWithoutEquals = originalSearch.slice(1).split("&").filter((p) => p && !p.includes("="));
    for (const part of partsWithoutEquals) {
      const decoded = decodeURIComponent(part);
      urlObject.search = urlObject.search.replace(`?${decoded}=`, `?${decoded}`).replace(`&${decoded}=`, `&${decoded}`);
    }
  }
  if (options.removeTrailingSlash) {
    urlObject.pathname = urlObject.pathname.replace(/\/$/, "");
  }
  if (options.removeExplicitPort && urlObject.port) {
    urlObject.port = "";
  }
  const oldUrlString = urlString;
  urlString = urlObject.toString();
  if (!options.removeSingleSlash && urlObject.pathname === "/" && !oldUrlString.endsWith("/") && urlObject.hash === "") {
    urlString = urlString.replace(/\/$/, "");
  }
  if ((options.removeTrailingSlash || urlObject.pathname === "/") && urlObject.hash === "" && options.removeSingleSlash) {
    urlString = urlString.replace(/\/$/, "");
  }
  if (hasRelativeProtocol && !options.normalizeProtocol) {
    urlString = urlString.replace(/^http:\/\//, "//");
  }
  if (options.stripProtocol) {
    urlString = urlString.replace(/^(?:https?:)?\/\//, "");
  }
  return urlString;
}

// node_modules/responselike/index.js
import { Readable as ReadableStream2 } from "node:stream";

// node_modules/responselike/node_modules/lowercase-keys/index.js
function lowercaseKeys(object) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key.toLowerCase(), value]));
}

// node_modules/responselike/index.js
var Response = class extends ReadableStream2 {
  statusCode;
  headers;
  body;
  url;
  complete;
  constructor({ statusCode, headers, body, url }) {
    if (typeof statusCode !== "number") {
      throw new TypeError("Argument `statusCode` should be a number");
    }
    if (typeof headers !== "object") {
      throw new TypeError("Argument `headers` should be an object");
    }
    if (!(body instanceof Uint8Array)) {
      throw new TypeError("Argument `body` should be a buffer");
    }
    if (typeof url !== "string") {
      throw new TypeError("Argument `url` should be a string");
    }
    let bodyPushed = false;
    super({
      read() {
        if (!bodyPushed) {
          bodyPushed = true;
          this.push(body);
          return;
        }
        this.push(null);
      }
    });
    this.statusCode = statusCode;
    this.headers = lowercaseKeys(headers);
    this.body = body;
    this.url = url;
    this.complete = true;
  }
};

// node_modules/cacheable-request/dist/types.js
var RequestError2 = class extends Error {
  constructor(error) {
    super(error.message);
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(error));
  }
};
var CacheError2 = class extends Error {
  constructor(error) {
    super(error.message);
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(error));
  }
};

// node_modules/cacheable-request/dist/index.js
var CacheableRequest = class {
  constructor(cacheRequest, cacheAdapter) {
    this.cache = new Keyv({ namespace: "cacheable-request" });
    this.hooks = /* @__PURE__ */ new Map();
    this.request = () => (options, callback) => {
      let url;
      if (typeof options === "string") {
        url = normalizeUrlObject(parseWithWhatwg(options));
        options = {};
      } else if (options instanceof urlLib.URL) {
        url = normalizeUrlObject(parseWithWhatwg(options.toString()));
        options = {};
      } else {
        const [pathname, ...searchParts] = (options.path ?? "").split("?");
        const search = searchParts.length > 0 ? `?${searchParts.join("?")}` : "";
        url = normalizeUrlObject({ ...options, pathname, search });
      }
      options = {
        headers: {},
        method: "GET",
        cache: true,
        strictTtl: false,
        automaticFailover: false,
        ...options,
        ...urlObjectToRequestOptions(url)
      };
      options.headers = Object.fromEntries(entries(options.headers).map(([key2, value]) => [
        key2.toLowerCase(),
        value
      ]));
      const ee = new EventEmitter();
      const normalizedUrlString = normalizeUrl(urlLib.format(url), {
        stripWWW: false,
        removeTrailingSlash: false,
        stripAuthentication: false
      });
      let key = `${options.method}:${normalizedUrlString}`;
      if (options.body && options.method !== void 0 && ["POST", "PATCH", "PUT"].includes(options.method)) {
        if (options.body instanceof stream.Readable) {
          options.cache = false;
        } else {
          key += `:${crypto.createHash("md5").update(options.body).digest("hex")}`;
        }
      }
      let revalidate = false;
      let madeRequest = false;
      const makeRequest = (options_) => {
        madeRequest = true;
        let requestErrored = false;
        let requestErrorCallback = () => {
        };
        const requestErrorPromise = new Promise((resolve) => {
          requestErrorCallback = () => {
            if (!requestErrored) {
              requestErrored = true;
              resolve();
            }
          };
        });
        const handler = async (response) => {
          if (revalidate) {
            response.status = response.statusCode;
            const originalPolicy = import_http_cache_semantics.default.fromObject(revalidate.cachePolicy);
            const revalidatedPolicy = originalPolicy.revalidatedPolicy(options_, response);
            if (!revalidatedPolicy.modified) {
              response.resume();
              await new Promise((resolve) => {
                response.once("end", resolve);
              });
              const headers = convertHeaders(revalidatedPolicy.policy.responseHeaders());
              const originalHeaders = convertHeaders(originalPolicy.responseHeaders());
              const preserveHeaders = [
                "content-encoding",
                "content-type",
                "content-length",
                "content-language",
                "content-location",
                "etag"
              ];
              for (const headerName of preserveHeaders) {
                if (originalHeaders[headerName] !== void 0 && headers[headerName] === void 0) {
                  headers[headerName] = originalHeaders[headerName];
                }
              }
              response = new Response({
                statusCode: revalidate.statusCode,
                headers,
                body: revalidate.body,
                url: revalidate.url
              });
              response.cachePolicy = revalidatedPolicy.policy;
              response.fromCache = true;
            }
          }
          if (!response.fromCache) {
            response.cachePolicy = new import_http_cache_semantics.default(options_, response, options_);
            response.fromCache = false;
          }
          let clonedResponse;
          if (options_.cache && response.cachePolicy.storable()) {
            clonedResponse = cloneResponse(response);
            (async () => {
              try {
                const bodyPromise = getStreamAsBuffer(response);
                await Promise.race([
                  requestErrorPromise,
                  new Promise((resolve) => response.once("end", resolve)),
                  new Promise((resolve) => response.once("close", resolve))
                ]);
                const body = await bodyPromise;
                let value = {
                  url: response.url,
                  statusCode: response.fromCache ? revalidate.statusCode : response.statusCode,
                  body,
                  cachePolicy: response.cachePolicy.toObject()
                };
                let ttl2 = options_.strictTtl ? response.cachePolicy.timeToLive() : void 0;
                if (options_.maxTtl) {
                  ttl2 = ttl2 ? Math.min(ttl2, options_.maxTtl) : options_.maxTtl;
                }
                if (this.hooks.size > 0) {
                  for (const key_ of this.hooks.keys()) {
                    value = await this.runHook(key_, value, response);
                  }
                }
                await this.cache.set(key, value, ttl2);
              } catch (error) {
                ee.emit("error", new CacheError2(error));
              }
            })();
          } else if (options_.cache && revalidate) {
            (async () => {
              try {
                await this.cache.delete(key);
              } catch (error) {
                ee.emit("error", new CacheError2(error));
              }
            })();
          }
          ee.emit("response", clonedResponse ?? response);
          if (typeof callback === "function") {
            callback(clonedResponse ?? response);
          }
        };
        try {
          const request_ = this.cacheRequest(options_, handler);
          request_.once("error", requestErrorCallback);
          request_.once("abort", requestErrorCallback);
          request_.once("destroy", requestErrorCallback);
          ee.emit("request", request_);
        } catch (error) {
          ee.emit("error", new RequestError2(error));
        }
      };
      (async () => {
        const get = async (options_) => {
          await Promise.resolve();
          const cacheEntry = options_.cache ? await this.cache.get(key) : void 0;
          if (cacheEntry === void 0 && !options_.forceRefresh) {
            makeRequest(options_);
            return;
          }
          const policy = import_http_cache_semantics.default.fromObject(cacheEntry.cachePolicy);
          if (policy.satisfiesWithoutRevalidation(options_) && !options_.forceRefresh) {
            const headers = convertHeaders(policy.responseHeaders());
            const bodyBuffer = cacheEntry.body;
            const body = Buffer.from(bodyBuffer);
            const response = new Response({
              statusCode: cacheEntry.statusCode,
              headers,
              body,
              url: cacheEntry.url
            });
            response.cachePolicy = policy;
            response.fromCache = true;
            ee.emit("response", response);
            if (typeof callback === "function") {
              callback(response);
            }
          } else if (policy.satisfiesWithoutRevalidation(options_) && Date.now() >= policy.timeToLive() && options_.forceRefresh) {
            await this.cache.delete(key);
            options_.headers = policy.revalidationHeaders(options_);
            makeRequest(options_);
          } else {
            revalidate = cacheEntry;
            options_.headers = policy.revalidationHeaders(options_);
            makeRequest(options_);
          }
        };
        const errorHandler = (error) => ee.emit("error", new CacheError2(error));
        if (this.cache instanceof Keyv) {
          const cachek = this.cache;
          cachek.once("error", errorHandler);
          ee.on("error", () => {
            cachek.removeListener("error", errorHandler);
          });
          ee.on("response", () => {
            cachek.removeListener("error", errorHandler);
          });
        }
        try {
          await get(options);
        } catch (error) {
          if (options.automaticFailover && !madeRequest) {
            makeRequest(options);
          }
          ee.emit("error", new CacheError2(error));
        }
      })();
      return ee;
    };
    this.addHook = (name, function_) => {
      if (!this.hooks.has(name)) {
        this.hooks.set(name, function_);
      }
    };
    this.removeHook = (name) => this.hooks.delete(name);
    this.getHook = (name) => this.hooks.get(name);
    this.runHook = async (name, ...arguments_) => this.hooks.get(name)?.(...arguments_);
    if (cacheAdapter) {
      if (cacheAdapter instanceof Keyv) {
        this.cache = cacheAdapter;
      } else {
        this.cache = new Keyv({
          store: cacheAdapter,
          namespace: "cacheable-request"
        });
      }
    }
    this.request = this.request.bind(this);
    this.cacheRequest = cacheRequest;
  }
};
var entries = Object.entries;
var cloneResponse = (response) => {
  const clone = new PassThroughStream({ autoDestroy: false });
  mimicResponse(response, clone);
  return response.pipe(clone);
};
var urlObjectToRequestOptions = (url) => {
  const options = { ...url };
  options.path = `${url.pathname || "/"}${url.search || ""}`;
  delete options.pathname;
  delete options.search;
  return options;
};
var normalizeUrlObject = (url) => (
  // If url was parsed by url.parse or new URL:
  // - hostname will be set
  // - host will be hostname[:port]
  // - port will be set if it was explicit in the parsed string
  // Otherwise, url was from request options:
  // - hostname or host may be set
  // - host shall not have port encoded
  {
    protocol: url.protocol,
    auth: url.auth,
    hostname: url.hostname || url.host || "localhost",
    port: url.port,
    pathname: url.pathname,
    search: url.search
  }
);
var convertHeaders = (headers) => {
  const result = [];
  for (const name of Object.keys(headers)) {
    result[name.toLowerCase()] = headers[name];
  }
  return result;
};
var parseWithWhatwg = (raw) => {
  const u2 = new URL2(raw);
  return {
    protocol: u2.protocol,
    // E.g. 'https:'
    slashes: true,
    // Always true for WHATWG URLs
    /* c8 ignore next 3 */
    auth: u2.username || u2.password ? `${u2.username}:${u2.password}` : void 0,
    host: u2.host,
    // E.g. 'example.com:8080'
    port: u2.port,
    // E.g. '8080'
    hostname: u2.hostname,
    // E.g. 'example.com'
    hash: u2.hash,
    // E.g. '#quux'
    search: u2.search,
    // E.g. '?bar=baz'
    query: Object.fromEntries(u2.searchParams),
    // { bar: 'baz' }
    pathname: u2.pathname,
    // E.g. '/foo'
    path: u2.pathname + u2.search,
    // '/foo?bar=baz'
    href: u2.href
    // Full serialized URL
  };
};
var dist_default = CacheableRequest;

// node_modules/got/dist/source/core/utils/timer.js
import { errorMonitor } from "node:events";
var getInitialConnectionTimings = (socket) => Reflect.get(socket, "__initial_connection_timings__");
var setInitialConnectionTimings = (socket, timings) => {
  Reflect.set(socket, "__initial_connection_timings__", timings);
};
var timer = (request2) => {
  if (request2.timings) {
    return request2.timings;
  }
  const timings = {
    start: Date.now(),
    socket: void 0,
    lookup: void 0,
    connect: void 0,
    secureConnect: void 0,
    upload: void 0,
    response: void 0,
    end: void 0,
    error: void 0,
    abort: void 0,
    phases: {
      wait: void 0,
      dns: void 0,
      tcp: void 0,
      tls: void 0,
      request: void 0,
      firstByte: void 0,
      download: void 0,
      total: void 0
    }
  };
  request2.timings = timings;
  const handleError = (origin) => {
    origin.once(errorMonitor, () => {
      timings.error = Date.now();
      timings.phases.total = timings.error - timings.start;
    });
  };
  handleError(request2);
  const onAbort = () => {
    timings.abort = Date.now();
    timings.phases.total = timings.abort - timings.start;
  };
  request2.prependOnceListener("abort", onAbort);
  const onSocket = (socket) => {
    timings.socket = Date.now();
    timings.phases.wait = timings.socket - timings.start;
    if (types.isProxy(socket)) {
      return;
    }
    const socketAlreadyConnected = socket.writable && !socket.connecting;
    if (socketAlreadyConnected) {
      timings.lookup = timings.socket;
      timings.connect = timings.socket;
      const initialConnectionTimings = getInitialConnectionTimings(socket);
      if (initialConnectionTimings) {
        timings.phases.dns = initialConnectionTimings.dnsPhase;
        timings.phases.tcp = initialConnectionTimings.tcpPhase;
        timings.phases.tls = initialConnectionTimings.tlsPhase;
        if (timings.phases.tls !== void 0) {
          timings.secureConnect = timings.socket;
        }
      } else {
        timings.phases.dns = 0;
        timings.phases.tcp = 0;
      }
      return;
    }
    const lookupListener = () => {
      timings.lookup = Date.now();
      timings.phases.dns = timings.lookup - timings.socket;
    };
    socket.prependOnceListener("lookup", lookupListener);
    if (!socket.connecting) {
      return;
    }
    const onSecureConnect = () => {
      timings.secureConnect = Date.now();
      timings.phases.tls = timings.secureConnect - timings.connect;
      const initialConnectionTimings = getInitialConnectionTimings(socket);
      if (initialConnectionTimings) {
        initialConnectionTimings.tlsPhase = timings.phases.tls;
      }
    };
    socket.once("connect", () => {
      timings.connect = Date.now();
      if (timings.lookup === void 0) {
        socket.removeListener("lookup", lookupListener);
        timings.lookup = timings.socket;
        timings.phases.dns = 0;
      }
      timings.phases.tcp = timings.connect - timings.lookup;
      if (timings.phases.tcp === 0 && timings.phases.dns && timings.phases.dns > 0) {
        timings.phases.dns = 0;
      }
      if (!getInitialConnectionTimings(socket)) {
        setInitialConnectionTimings(socket, {
          dnsPhase: timings.phases.dns,
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- TypeScript can't prove this is defined due to callback structure
          tcpPhase: timings.phases.tcp
        });
      }
      if ("encrypted" in socket) {
        if (socket.authorized) {
          onSecureConnect();
        } else {
          socket.once("secureConnect", onSecureConnect);
        }
      }
    });
  };
  if (request2.socket) {
    onSocket(request2.socket);
  } else {
    request2.prependOnceListener("socket", onSocket);
  }
  const onUpload = () => {
    timings.upload = Date.now();
    const secureOrConnect = timings.secureConnect ?? timings.connect;
    if (secureOrConnect !== void 0) {
      timings.phases.request = timings.upload - secureOrConnect;
    }
  };
  if (request2.writableFinished) {
    onUpload();
  } else {
    request2.prependOnceListener("finish", onUpload);
  }
  request2.prependOnceListener("response", (response) => {
    timings.response = Date.now();
    if (timings.upload !== void 0) {
      timings.phases.firstByte = timings.response - timings.upload;
    }
    response.timings = timings;
    handleError(response);
    response.prependOnceListener("end", () => {
      request2.off("abort", onAbort);
      response.off("aborted", onAbort);
      if (timings.phases.total !== void 0) {
        return;
      }
      timings.end = Date.now();
      timings.phases.download = timings.end - timings.response;
      timings.phases.total = timings.end - timings.start;
    });
    response.prependOnceListener("aborted", onAbort);
  });
  return timings;
};
var timer_default = timer;

// node_modules/got/dist/source/core/utils/decompress-response.js
import zlib2 from "node:zlib";

// node_modules/decompress-response/index.js
import { Transform as TransformStream2, PassThrough as PassThroughStream2 } from "node:stream";
import zlib from "node:zlib";
var supportsZstd = typeof zlib.createZstdDecompress === "function";
function decompressResponse(response) {
  const contentEncoding = (response.headers["content-encoding"] || "").toLowerCase();
  const supportedEncodings2 = ["gzip", "deflate", "br"];
  if (supportsZstd) {
    supportedEncodings2.push("zstd");
  }
  if (!supportedEncodings2.includes(contentEncoding)) {
    return response;
  }
  let isEmpty = true;
  const headers = { ...response.headers };
  const finalStream = new PassThroughStream2({
    autoDestroy: false
  });
  finalStream.once("error", () => {
    response.destroy();
  });
  function handleContentEncoding(data) {
    let decompressStream;
    if (contentEncoding === "zstd") {
      decompressStream = zlib.createZstdDecompress();
    } else if (contentEncoding === "br") {
      decompressStream = zlib.createBrotliDecompress();
    } else if (contentEncoding === "deflate" && data.length > 0 && (data[0] & 8) === 0) {
      decompressStream = zlib.createInflateRaw();
    } else {
      decompressStream = zlib.createUnzip();
    }
    decompressStream.once("error", (error) => {
      if (isEmpty && !response.readable) {
        finalStream.end();
        return;
      }
      finalStream.destroy(error);
    });
    checker.pipe(decompressStream).pipe(finalStream);
  }
  const checker = new TransformStream2({
    transform(data, _encoding, callback) {
      if (isEmpty === false) {
        callback(null, data);
        return;
      }
      isEmpty = false;
      handleContentEncoding(data);
      callback(null, data);
    },
    flush(callback) {
      if (isEmpty) {
        finalStream.end();
      }
      callback();
    }
  });
  delete headers["content-encoding"];
  delete headers["content-length"];
  finalStream.headers = headers;
  mimicResponse(response, finalStream);
  response.pipe(checker);
  return finalStream;
}

// node_modules/got/dist/source/core/utils/decompress-response.js
var supportedEncodings = /* @__PURE__ */ new Set(["gzip", "deflate", "br", ...typeof zlib2.createZstdDecompress === "function" ? ["zstd"] : []]);
function decompressResponseBody(response) {
  const encodings = (response.headers["content-encoding"] ?? "").toLowerCase().split(",").map((encoding) => encoding.trim()).filter((encoding) => encoding.length > 0).filter((encoding) => encoding !== "identity").map((encoding) => encoding === "x-gzip" ? "gzip" : encoding);
  if (encodings.some((encoding) => !supportedEncodings.has(encoding))) {
    return decompressResponse(response);
  }
  const nativeResponse = response;
  for (const encoding of encodings.toReversed()) {
    const source = response;
    const originalHeaders = source.headers;
    try {
      source.headers = { ...originalHeaders, "content-encoding": encoding };
      response = decompressResponse(source);
    } finally {
      source.headers = originalHeaders;
    }
    if (source === nativeResponse) {
      continue;
    }
    const decoded = response;
    source.once("error", (error) => {
      decoded.destroy(error);
    });
  }
  return response;
}

// node_modules/got/dist/source/core/utils/get-body-size.js
function getBodySize(body, headers) {
  if (headers && "content-length" in headers && headers["content-length"] !== void 0) {
    return Number(headers["content-length"]);
  }
  if (!body) {
    return 0;
  }
  if (distribution_default.string(body)) {
    return stringToUint8Array(body).byteLength;
  }
  return ArrayBuffer.isView(body) ? body.byteLength : void 0;
}

// node_modules/got/dist/source/core/utils/is-non-replayable-body.js
function isNonReplayableBody(body) {
  return distribution_default.nodeStream(body) || body instanceof ReadableStream || distribution_default.object(body) && distribution_default.function(body.next);
}

// node_modules/got/dist/source/core/utils/proxy-events.js
function proxyEvents(from, to, events) {
  const eventFunctions = /* @__PURE__ */ new Map();
  for (const event of events) {
    const eventFunction = (...arguments_) => {
      to.emit(event, ...arguments_);
    };
    eventFunctions.set(event, eventFunction);
    from.on(event, eventFunction);
  }
  return () => {
    for (const [event, eventFunction] of eventFunctions) {
      from.off(event, eventFunction);
    }
  };
}

// node_modules/got/dist/source/core/timed-out.js
import net from "node:net";
var reentry = /* @__PURE__ */ Symbol("reentry");
var noop2 = () => {
};
var TimeoutError2 = class extends Error {
  name = "TimeoutError";
  code = "ETIMEDOUT";
  event;
  constructor(threshold, event) {
    super(`Timeout awaiting '${event}' for ${threshold}ms`);
    this.event = event;
  }
};
var maximumTimerDelay = 2147483647;
var isArmableTimerDelay = (delay2) => delay2 <= maximumTimerDelay && Number.isFinite(delay2);
function timedOut(request2, delays, options) {
  if (reentry in request2) {
    return noop2;
  }
  request2[reentry] = true;
  const cancelers = [];
  const handled = /* @__PURE__ */ new Set();
  const listeners = [];
  const once2 = (origin, event, listener) => {
    origin.once(event, listener);
    listeners.push({ origin, event, listener });
  };
  const addTimeout = (delay2, event) => {
    if (!isArmableTimerDelay(delay2)) {
      return noop2;
    }
    const timeout = setTimeout(timeoutHandler, delay2, delay2, event);
    timeout.unref();
    const cancel = () => {
      handled.add(event);
      clearTimeout(timeout);
    };
    cancelers.push(cancel);
    return cancel;
  };
  const { host, hostname } = options;
  const timeoutHandler = (delay2, event) => {
    setTimeout(() => {
      if (!handled.has(event)) {
        request2.destroy(new TimeoutError2(delay2, event));
      }
    }, 0);
  };
  const cancelTimeouts = () => {
    for (const cancel of cancelers) {
      cancel();
    }
    for (const { origin, event, listener } of listeners) {
      origin.removeListener(event, listener);
    }
    listeners.length = 0;
  };
  request2.once("error", (error) => {
    cancelTimeouts();
    if (request2.listenerCount("error") === 0) {
      throw error;
    }
  });
  if (delays.socket !== void 0 && isArmableTimerDelay(delays.socket)) {
    const { socket } = delays;
    const socketTimeoutHandler = () => {
      timeoutHandler(socket, "socket");
    };
    request2.setTimeout(socket, socketTimeoutHandler);
    cancelers.push(() => {
      handled.add("socket");
      request2.removeListener("timeout", socketTimeoutHandler);
    });
  }
  const hasLookup = delays.lookup !== void 0;
  const hasConnect = delays.connect !== void 0;
  const hasSecureConnect = delays.secureConnect !== void 0;
  const hasSend = delays.send !== void 0;
  if (hasLookup || hasConnect || hasSecureConnect || hasSend) {
    const onSocket = (socket) => {
      const { socketPath } = request2;
      if (socket.connecting) {
        const normalizedHostname = hostname?.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
        const hasPath = Boolean(socketPath ?? net.isIP(normalizedHostname ?? host ?? "") !== 0);
        const hasLookupCompleted = socket.address().address !== void 0;
        if (hasLookup && !hasPath && !hasLookupCompleted) {
          const cancelTimeout = addTimeout(delays.lookup, "lookup");
          once2(socket, "lookup", cancelTimeout);
        }
        if (hasConnect) {
          const timeConnect = () => addTimeout(delays.connect, "connect");
          if (hasPath || hasLookupCompleted) {
            once2(socket, "connect", timeConnect());
          } else {
            once2(socket, "lookup", (error) => {
              if (error === null) {
                once2(socket, "connect", timeConnect());
              }
            });
          }
        }
        if (hasSecureConnect && options.protocol === "https:") {
          once2(socket, "connect", () => {
            const cancelTimeout = addTimeout(delays.secureConnect, "secureConnect");
            once2(socket, "secureConnect", cancelTimeout);
          });
        }
      }
      if (hasSend) {
        const timeRequest = () => addTimeout(delays.send, "send");
        if (socket.connecting) {
          once2(socket, "connect", () => {
            once2(request2, "upload-complete", timeRequest());
          });
        } else {
          once2(request2, "upload-complete", timeRequest());
        }
      }
    };
    if (request2.socket) {
      onSocket(request2.socket);
    } else {
      once2(request2, "socket", onSocket);
    }
  }
  if (delays.response !== void 0) {
    let cancelTimeout = noop2;
    const startTimeout = () => {
      cancelTimeout = addTimeout(delays.response, "response");
    };
    once2(request2, "upload-complete", startTimeout);
    once2(request2, "response", () => {
      request2.removeListener("upload-complete", startTimeout);
      cancelTimeout();
    });
  }
  if (delays.read !== void 0) {
    once2(request2, "response", (response) => {
      const cancelTimeout = addTimeout(delays.read, "read");
      once2(response, "end", cancelTimeout);
    });
  }
  return cancelTimeouts;
}

// node_modules/got/dist/source/core/utils/weakable-map.js
var WeakableMap = class {
  weakMap = /* @__PURE__ */ new WeakMap();
  map = /* @__PURE__ */ new Map();
  set(key, value) {
    if (typeof key === "object") {
      this.weakMap.set(key, value);
    } else {
      this.map.set(key, value);
    }
  }
  get(key) {
    return typeof key === "object" ? this.weakMap.get(key) : this.map.get(key);
  }
  has(key) {
    return typeof key === "object" ? this.weakMap.has(key) : this.map.has(key);
  }
};

// node_modules/got/dist/source/core/calculate-retry-delay.js
var calculateRetryDelay = ({ attemptCount, retryOptions, error, retryAfter, computedValue }) => {
  if (error.name === "RetryError") {
    return 1;
  }
  if (attemptCount > retryOptions.limit) {
    return 0;
  }
  const hasMethod = retryOptions.methods.includes(error.options.method);
  const hasErrorCode = retryOptions.errorCodes.includes(error.code);
  const hasStatusCode = error.response && retryOptions.statusCodes.includes(error.response.statusCode);
  if (!hasMethod || !hasErrorCode && !hasStatusCode) {
    return 0;
  }
  if (error.response) {
    if (retryAfter !== void 0) {
      return retryAfter > computedValue ? 0 : Math.max(1, retryAfter);
    }
    if (error.response.statusCode === 413) {
      return 0;
    }
  }
  const noise = Math.random() * retryOptions.noise;
  return Math.max(1, Math.min(2 ** (attemptCount - 1) * 1e3, retryOptions.backoffLimit) + noise);
};
var calculate_retry_delay_default = calculateRetryDelay;

// node_modules/got/dist/source/core/options.js
import { checkServerIdentity } from "node:tls";
import https2 from "node:https";

// node_modules/lowercase-keys/index.js
function lowercaseKeys2(object, { onConflict } = {}) {
  if (typeof object !== "object" || object === null) {
    throw new TypeError(`Expected an object, got ${object === null ? "null" : typeof object}`);
  }
  const result = {};
  for (const [key, value] of Object.entries(object)) {
    const lowercasedKey = key.toLowerCase();
    const hasExistingKey = Object.hasOwn(result, lowercasedKey);
    const existingValue = hasExistingKey ? result[lowercasedKey] : void 0;
    const resolvedValue = onConflict && hasExistingKey ? onConflict({ key: lowercasedKey, newValue: value, existingValue }) : value;
    Object.defineProperty(result, lowercasedKey, {
      value: resolvedValue,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  return result;
}

// node_modules/got/dist/source/core/parse-link-header.js
var splitHeaderValue = (value, separator) => {
  const values = [];
  let current = "";
  let inQuotes = false;
  let inReference = false;
  let isEscaped = false;
  for (const character of value) {
    if (inQuotes) {
      if (isEscaped) {
        isEscaped = false;
      } else if (character === "\\") {
        isEscaped = true;
      } else if (character === '"') {
        inQuotes = false;
      }
    } else if (character === '"') {
      inQuotes = true;
    } else if (character === "<" || character === ">") {
      inReference = character === "<";
    } else if (!inReference && character === separator) {
      values.push(current);
      current = "";
      continue;
    }
    current += character;
  }
  if (inQuotes) {
    throw new Error(`Failed to parse Link header: ${value}`);
  }
  values.push(current);
  return values;
};
function parseLinkHeader(link) {
  const parsed = [];
  for (const item of splitHeaderValue(link, ",")) {
    if (item.trim() === "") {
      continue;
    }
    const [rawUriReference, ...rawLinkParameters] = splitHeaderValue(item, ";");
    const trimmedUriReference = rawUriReference.trim();
    if (trimmedUriReference[0] !== "<" || trimmedUriReference.at(-1) !== ">") {
      throw new Error(`Invalid format of the Link header reference: ${trimmedUriReference}`);
    }
    const reference = trimmedUriReference.slice(1, -1).trim();
    if (reference.includes("<") || reference.includes(">")) {
      throw new Error(`Invalid format of the Link header reference: ${trimmedUriReference}`);
    }
    const parameters = /* @__PURE__ */ Object.create(null);
    for (const rawParameter of rawLinkParameters) {
      const trimmedRawParameter = rawParameter.trim();
      const center = trimmedRawParameter.indexOf("=");
      const name = center === -1 ? trimmedRawParameter : trimmedRawParameter.slice(0, center).trim();
      if (name === "") {
        throw new Error(`Failed to parse Link header: ${link}`);
      }
      const value = center === -1 ? "" : trimmedRawParameter.slice(center + 1).trim();
      const normalizedName = name.toLowerCase();
      if (!Object.hasOwn(parameters, normalizedName)) {
        parameters[normalizedName] = value;
      }
    }
    parsed.push({
      reference,
      parameters
    });
  }
  return parsed;
}

// node_modules/got/dist/source/core/response.js
import { Buffer as Buffer3 } from "node:buffer";
var decodedBodyCache = /* @__PURE__ */ new WeakMap();
var redirectDecisions = /* @__PURE__ */ new WeakMap();
var bomStrippingDecoders = /* @__PURE__ */ new Map([
  ["utf8", new TextDecoder()],
  ["utf16le", new TextDecoder("utf-16le")]
]);
var normalizeEncoding = (encoding) => (encoding ?? "utf8").toLowerCase().replace("-", "").replace("ucs2", "utf16le");
var isUtf8Encoding = (encoding) => normalizeEncoding(encoding) === "utf8";
var decodeUint8Array = (data, encoding) => bomStrippingDecoders.get(normalizeEncoding(encoding))?.decode(data) ?? Buffer3.from(data).toString(encoding);
var isResponseOk = (response) => {
  const { statusCode } = response;
  if (statusCode >= 200 && statusCode <= 299 || statusCode === 304) {
    return true;
  }
  if (statusCode < 300 || statusCode > 399) {
    return false;
  }
  const { followRedirect } = response.request.options;
  if (typeof followRedirect !== "function") {
    return !followRedirect;
  }
  let decision = redirectDecisions.get(response);
  if (decision?.predicate !== followRedirect) {
    decision = { predicate: followRedirect, follow: followRedirect(response) };
    redirectDecisions.set(response, decision);
  }
  return !decision.follow;
};
var copyRedirectDecision = (source, destination) => {
  const decision = redirectDecisions.get(source);
  if (decision !== void 0) {
    redirectDecisions.set(destination, decision);
  }
};
var ParseError = class extends RequestError {
  name = "ParseError";
  code = "ERR_BODY_PARSE_FAILURE";
  constructor(error, response) {
    const { options } = response.request;
    super(`${normalizeError(error).message} in "${stripUrlAuth(options.url)}"`, error, response.request, response);
  }
};
var cacheDecodedBody = (response, decodedBody) => {
  decodedBodyCache.set(response, decodedBody);
};
var parseBody = (response, responseType, parseJson, encoding) => {
  const { rawBody } = response;
  const cachedDecodedBody = decodedBodyCache.get(response);
  decodedBodyCache.delete(response);
  try {
    if (responseType === "text") {
      return cachedDecodedBody ?? decodeUint8Array(rawBody, encoding);
    }
    if (responseType === "json") {
      if (rawBody.length === 0) {
        return "";
      }
      const text = cachedDecodedBody ?? decodeUint8Array(rawBody, encoding);
      return parseJson(text);
    }
    if (responseType === "buffer") {
      return rawBody;
    }
  } catch (error) {
    throw new ParseError(error, response);
  }
  throw new ParseError({
    message: `Unknown body type '${responseType}'`,
    name: "Error"
  }, response);
};

// node_modules/got/dist/source/core/utils/is-unix-socket-url.js
function isUnixSocketUrl(url) {
  return url.protocol === "unix:" || url.hostname === "unix";
}
function getUnixSocketPath(url) {
  return isUnixSocketUrl(url) ? new RegExp("^(?<socketPath>[^:]+):", "v").exec(`${url.pathname}${url.search}`)?.groups?.socketPath : void 0;
}

// node_modules/got/dist/source/core/utils/dns-cache.js
import { ADDRCONFIG, ALL, V4MAPPED, getDefaultResultOrder, lookup as dnsLookup, promises as dnsPromises } from "node:dns";
import { isIP } from "node:net";
import os from "node:os";
var ttl = { ttl: true };
var noResultErrorCodes = /* @__PURE__ */ new Set(["ENODATA", "ENOTFOUND", "ENOENT"]);
var maximumCacheTtl = Math.floor(2147483647 / 1e3);
var isPromiseLike = (value) => typeof value?.then === "function";
var now = () => Date.now();
var hasUnexpired = (cache, key) => {
  const expires = cache.get(key);
  if (expires === void 0) {
    return false;
  }
  if (expires <= now()) {
    cache.delete(key);
    return false;
  }
  return true;
};
var deleteExpiredMapEntries = (cache, time = now()) => {
  for (const [key, expires] of cache) {
    if (expires <= time) {
      cache.delete(key);
    }
  }
};
var hasFlag = (value, flag) => value !== void 0 && (value & flag) === flag;
var getConfiguredFamilies = () => {
  const families = /* @__PURE__ */ new Set();
  for (const networkInterface of Object.values(os.networkInterfaces())) {
    for (const address of networkInterface ?? []) {
      if (!address.internal) {
        families.add(address.family === "IPv6" ? 6 : 4);
      }
    }
  }
  return families;
};
var createNoResultError = (hostname) => {
  const error = new Error(`DNS cache lookup ENOTFOUND ${hostname}`);
  error.code = "ENOTFOUND";
  error.hostname = hostname;
  return error;
};
var normalizeLookupOptions = (options) => typeof options === "number" ? { family: options } : { ...options };
var normalizeResolverRecord = (record, family, maxTtl) => {
  const recordTtl = record.ttl;
  const entryTtl = Number.isFinite(recordTtl) ? Math.min(recordTtl, maxTtl) : 0;
  return {
    address: record.address,
    family,
    expires: now() + entryTtl * 1e3
  };
};
var map4To6 = (entries2) => entries2.map((entry) => {
  if (entry.family === 6) {
    return entry;
  }
  return {
    ...entry,
    address: `::ffff:${entry.address}`,
    family: 6
  };
});
var familyFromOptions = (options) => {
  if (options.family === 4 || options.family === 6) {
    return options.family;
  }
  if (options.family === "IPv4") {
    return 4;
  }
  return options.family === "IPv6" ? 6 : void 0;
};
var orderFromOptions = (options) => {
  if (options.order !== void 0) {
    return options.order;
  }
  if (options.verbatim !== void 0) {
    return options.verbatim ? "verbatim" : "ipv4first";
  }
  return getDefaultResultOrder();
};
var familiesFromOptions = (options) => {
  const family = familyFromOptions(options);
  if (family === 6 && hasFlag(options.hints, V4MAPPED) && hasFlag(options.hints, ALL)) {
    return [6, 4];
  }
  if (family !== void 0) {
    return [family];
  }
  return orderFromOptions(options) === "ipv6first" ? [6, 4] : [4, 6];
};
var filterFamiliesByAddrConfig = (families, options) => {
  if (!hasFlag(options.hints, ADDRCONFIG)) {
    return families;
  }
  const configuredFamilies = getConfiguredFamilies();
  return families.filter((family) => configuredFamilies.has(family));
};
var shouldQueryMappedIpv4 = (entries2, options) => familyFromOptions(options) === 6 && hasFlag(options.hints, V4MAPPED) && !hasFlag(options.hints, ALL) && entries2.every((entry) => entry.family !== 6);
var cacheKey = (hostname, family) => `${hostname}:${family}`;
var lookupOptionsKey = (hostname, options) => `${hostname}:${familyFromOptions(options) ?? 0}:${options.hints ?? 0}:${orderFromOptions(options)}`;
var shouldIgnoreResolveError = (error) => error.code !== void 0 && noResultErrorCodes.has(error.code);
var toLookupResult = ({ address, family }) => ({
  address,
  family
});
var DnsCache = class {
  lookup;
  #cache;
  #resolver;
  #dnsLookupAsync;
  #cacheKeys = /* @__PURE__ */ new Set();
  #pending = /* @__PURE__ */ new Map();
  #pendingFallback = /* @__PURE__ */ new Map();
  #lookupOptionsToFallback = /* @__PURE__ */ new Map();
  #lookupOptionsWithoutFallback = /* @__PURE__ */ new Map();
  #maxTtl;
  #fallbackDuration;
  #errorTtl;
  #minimumVersionByHostname = /* @__PURE__ */ new Map();
  #activeQueriesByHostname = /* @__PURE__ */ new Map();
  #minimumVersion = 0;
  #clearVersion = 0;
  constructor({ cache = /* @__PURE__ */ new Map(), maxTtl = maximumCacheTtl, fallbackDuration = 3600, errorTtl = 0.15, resolver = new dnsPromises.Resolver(), lookup = dnsLookup } = {}) {
    this.#cache = cache;
    this.#resolver = resolver;
    this.#maxTtl = Math.min(maxTtl, maximumCacheTtl);
    this.#fallbackDuration = fallbackDuration;
    this.#errorTtl = errorTtl;
    this.#dnsLookupAsync = lookup === false ? void 0 : promisify(lookup);
    this.lookup = this.#lookup.bind(this);
  }
  async lookupAsync(hostname, options) {
    const normalizedOptions = normalizeLookupOptions(options);
    const literalFamily = isIP(hostname);
    if (literalFamily !== 0) {
      const entries3 = [{
        address: hostname,
        family: literalFamily
      }];
      return normalizedOptions.all ? entries3 : entries3[0];
    }
    let entries2 = await this.#query(hostname, normalizedOptions);
    entries2 = this.#filterEntries(entries2, normalizedOptions);
    if (entries2.length === 0) {
      throw createNoResultError(hostname);
    }
    const lookupResults = entries2.map((entry) => toLookupResult(entry));
    return normalizedOptions.all ? lookupResults : lookupResults[0];
  }
  clear(hostname) {
    this.#clearVersion++;
    if (hostname === void 0) {
      this.#minimumVersion = this.#clearVersion;
      this.#minimumVersionByHostname.clear();
      for (const key of this.#cacheKeys) {
        this.#cache.delete(key);
      }
      this.#cacheKeys.clear();
      this.#pending.clear();
      this.#pendingFallback.clear();
      this.#lookupOptionsToFallback.clear();
      this.#lookupOptionsWithoutFallback.clear();
      return;
    }
    for (const family of [4, 6]) {
      const key = cacheKey(hostname, family);
      this.#deleteCacheEntry(key);
      this.#pending.delete(key);
    }
    if (this.#activeQueriesByHostname.has(hostname)) {
      this.#minimumVersionByHostname.set(hostname, this.#clearVersion);
    }
    for (const map of [this.#pendingFallback, this.#lookupOptionsToFallback, this.#lookupOptionsWithoutFallback]) {
      for (const key of map.keys()) {
        if (key.startsWith(`${hostname}:`)) {
          map.delete(key);
        }
      }
    }
  }
  #lookup(hostname, options, callback) {
    if (typeof options === "function") {
      callback = options;
      options = {};
    }
    if (callback === void 0) {
      throw new Error("Callback must be a function.");
    }
    const normalizedOptions = normalizeLookupOptions(options);
    void this.#lookupAndCallback(hostname, normalizedOptions, callback);
  }
  async #lookupAndCallback(hostname, options, callback) {
    let result;
    try {
      result = await this.lookupAsync(hostname, options);
    } catch (error) {
      queueMicrotask(() => {
        const callbackWithError = callback;
        callbackWithError(error);
      });
      return;
    }
    queueMicrotask(() => {
      if (options.all) {
        callback(null, result);
        return;
      }
      const entry = result;
      callback(null, entry.address, entry.family);
    });
  }
  async #query(hostname, options) {
    this.#activeQueriesByHostname.set(hostname, (this.#activeQueriesByHostname.get(hostname) ?? 0) + 1);
    try {
      const lookupOptionKey = lookupOptionsKey(hostname, options);
      if (hasUnexpired(this.#lookupOptionsToFallback, lookupOptionKey)) {
        return await this.#fallbackLookupOnce(hostname, options, lookupOptionKey);
      }
      let families = filterFamiliesByAddrConfig(familiesFromOptions(options), options);
      const clearVersion = this.#clearVersion;
      let flattenedEntries = await this.#queryFamilies(hostname, families, clearVersion);
      if (shouldQueryMappedIpv4(flattenedEntries, options) && !families.includes(4)) {
        families = filterFamiliesByAddrConfig([4], options);
        flattenedEntries = await this.#queryFamilies(hostname, families, clearVersion);
      }
      if (flattenedEntries.length > 0 || this.#dnsLookupAsync === void 0) {
        return flattenedEntries;
      }
      if (hasUnexpired(this.#lookupOptionsWithoutFallback, lookupOptionKey)) {
        return [];
      }
      const fallbackEntries = await this.#fallbackLookupOnce(hostname, options, lookupOptionKey);
      if (!this.#isVersionCurrent(hostname, clearVersion)) {
        return fallbackEntries;
      }
      this.#deleteExpiredFallbackState();
      if (fallbackEntries.length > 0 && this.#fallbackDuration > 0) {
        this.#lookupOptionsToFallback.set(lookupOptionKey, now() + this.#fallbackDuration * 1e3);
      } else if (fallbackEntries.length === 0 && this.#errorTtl > 0) {
        this.#lookupOptionsWithoutFallback.set(lookupOptionKey, now() + this.#errorTtl * 1e3);
      }
      return fallbackEntries;
    } finally {
      this.#finishQuery(hostname);
    }
  }
  #finishQuery(hostname) {
    const activeQueryCount = this.#activeQueriesByHostname.get(hostname);
    if (activeQueryCount === void 0) {
      return;
    }
    if (activeQueryCount > 1) {
      this.#activeQueriesByHostname.set(hostname, activeQueryCount - 1);
      return;
    }
    this.#activeQueriesByHostname.delete(hostname);
    this.#minimumVersionByHostname.delete(hostname);
  }
  #deleteExpiredFallbackState() {
    const time = now();
    deleteExpiredMapEntries(this.#lookupOptionsToFallback, time);
    deleteExpiredMapEntries(this.#lookupOptionsWithoutFallback, time);
  }
  async #queryFamilies(hostname, families, clearVersion) {
    if (families.length === 1) {
      return this.#queryFamily(hostname, families[0], clearVersion);
    }
    const results = await Promise.allSettled(families.map((family) => this.#queryFamily(hostname, family, clearVersion)));
    const entries2 = results.flatMap((result) => result.status === "fulfilled" ? result.value : []);
    if (entries2.length > 0) {
      return entries2;
    }
    const rejected = results.find((result) => result.status === "rejected");
    if (rejected !== void 0) {
      if (rejected.reason instanceof Error) {
        throw rejected.reason;
      }
      throw new Error(String(rejected.reason));
    }
    return [];
  }
  async #queryFamily(hostname, family, clearVersion) {
    const key = cacheKey(hostname, family);
    const cached = await this.#getCachedFamily(key, hostname);
    if (cached !== void 0) {
      return cached.entries;
    }
    if (!this.#isVersionCurrent(hostname, clearVersion)) {
      return this.#resolveAndCache(hostname, family, clearVersion);
    }
    const pending = this.#pending.get(key);
    if (pending !== void 0) {
      return pending;
    }
    const promise = this.#resolveAndCache(hostname, family, clearVersion);
    this.#pending.set(key, promise);
    try {
      return await promise;
    } finally {
      if (this.#pending.get(key) === promise) {
        this.#pending.delete(key);
      }
    }
  }
  async #getCachedFamily(key, hostname) {
    let cached = this.#cache.get(key);
    if (isPromiseLike(cached)) {
      cached = await cached;
    }
    if (cached === void 0) {
      return void 0;
    }
    if (!this.#isVersionCurrent(hostname, cached.clearVersion)) {
      return void 0;
    }
    if (cached.expires <= now()) {
      this.#deleteCacheEntry(key);
      return void 0;
    }
    return cached;
  }
  async #resolveAndCache(hostname, family, clearVersion) {
    const entries2 = await this.#resolveFamily(hostname, family);
    if (!this.#isVersionCurrent(hostname, clearVersion)) {
      return entries2;
    }
    let expires = this.#expiresFor(entries2);
    if (expires === void 0 && entries2.length === 0 && this.#errorTtl > 0) {
      expires = now() + this.#errorTtl * 1e3;
    }
    if (expires !== void 0) {
      await this.#setCachedFamily(cacheKey(hostname, family), hostname, { entries: entries2, expires }, clearVersion);
    }
    return entries2;
  }
  async #setCachedFamily(key, hostname, cached, clearVersion) {
    if (!this.#isVersionCurrent(hostname, clearVersion)) {
      return;
    }
    await this.#deleteExpiredCacheEntries();
    await this.#cache.set(key, {
      ...cached,
      clearVersion
    });
    this.#cacheKeys.add(key);
    if (this.#isVersionCurrent(hostname, clearVersion)) {
      return;
    }
    let current = this.#cache.get(key);
    if (isPromiseLike(current)) {
      current = await current;
    }
    if (current?.clearVersion === clearVersion && !this.#isVersionCurrent(hostname, current.clearVersion)) {
      this.#deleteCacheEntry(key);
    }
  }
  async #deleteExpiredCacheEntries() {
    const time = now();
    await Promise.all([...this.#cacheKeys].map(async (key) => this.#deleteExpiredCacheEntry(key, time)));
  }
  async #deleteExpiredCacheEntry(key, time) {
    let cached = this.#cache.get(key);
    if (isPromiseLike(cached)) {
      cached = await cached;
    }
    if (cached === void 0) {
      this.#cacheKeys.delete(key);
      return;
    }
    if (cached.expires > time) {
      return;
    }
    let current = this.#cache.get(key);
    if (isPromiseLike(current)) {
      current = await current;
    }
    if (current?.clearVersion === cached.clearVersion && current.expires === cached.expires) {
      this.#deleteCacheEntry(key);
    }
  }
  #deleteCacheEntry(key) {
    this.#cache.delete(key);
    this.#cacheKeys.delete(key);
  }
  #isVersionCurrent(hostname, clearVersion) {
    const minimumVersion = this.#minimumVersionByHostname.get(hostname) ?? this.#minimumVersion;
    return clearVersion >= minimumVersion;
  }
  async #resolveFamily(hostname, family) {
    try {
      const records = family === 4 ? await this.#resolver.resolve4(hostname, ttl) : await this.#resolver.resolve6(hostname, ttl);
      return records.map((record) => normalizeResolverRecord(record, family, this.#maxTtl));
    } catch (error) {
      if (shouldIgnoreResolveError(error)) {
        return [];
      }
      throw error;
    }
  }
  #expiresFor(entries2) {
    let expires = Infinity;
    for (const entry of entries2) {
      if (entry.expires === void 0) {
        continue;
      }
      expires = Math.min(expires, entry.expires);
    }
    return expires === Infinity ? void 0 : expires;
  }
  #filterEntries(entries2, options) {
    if (hasFlag(options.hints, ADDRCONFIG)) {
      const configuredFamilies = getConfiguredFamilies();
      entries2 = entries2.filter((entry) => configuredFamilies.has(entry.family));
    }
    const family = familyFromOptions(options);
    if (family === 6) {
      const ipv6Entries = entries2.filter((entry) => entry.family === 6);
      if (hasFlag(options.hints, V4MAPPED)) {
        entries2 = hasFlag(options.hints, ALL) || ipv6Entries.length === 0 ? map4To6(entries2) : ipv6Entries;
      } else {
        entries2 = ipv6Entries;
      }
    } else if (family === 4) {
      entries2 = entries2.filter((entry) => entry.family === 4);
    }
    return entries2;
  }
  async #fallbackLookupOnce(hostname, options, key) {
    const pending = this.#pendingFallback.get(key);
    if (pending !== void 0) {
      return pending;
    }
    const promise = this.#fallbackLookup(hostname, options);
    this.#pendingFallback.set(key, promise);
    try {
      return await promise;
    } finally {
      if (this.#pendingFallback.get(key) === promise) {
        this.#pendingFallback.delete(key);
      }
    }
  }
  async #fallbackLookup(hostname, options) {
    if (this.#dnsLookupAsync === void 0) {
      return [];
    }
    let result;
    try {
      result = await this.#dnsLookupAsync(hostname, {
        ...options,
        all: true
      });
    } catch (error) {
      if (shouldIgnoreResolveError(error)) {
        return [];
      }
      throw error;
    }
    const entries2 = Array.isArray(result) ? result : [{ address: result, family: isIP(result) }];
    return entries2.map((entry) => toLookupResult(entry));
  }
};

// node_modules/got/dist/source/core/utils/http2-client.js
import { Buffer as Buffer4 } from "node:buffer";
import { EventEmitter as EventEmitter2 } from "node:events";
import https from "node:https";
import { Writable, Readable } from "node:stream";
import tls from "node:tls";
import { urlToHttpOptions } from "node:url";
import net2 from "node:net";
var { HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_SCHEME, HTTP2_HEADER_STATUS, HTTP2_METHOD_CONNECT, NGHTTP2_CANCEL, NGHTTP2_NO_ERROR } = http2_default.constants;
var maxProtocolCacheSize = 100;
var protocolCache = /* @__PURE__ */ new Map();
var referenceIds = /* @__PURE__ */ new WeakMap();
var nextReferenceId = 0;
var connectionSpecificHeaders = /* @__PURE__ */ new Set([
  "connection",
  "http2-settings",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade"
]);
var normalizeRequestHeaderName = (name) => name.toLowerCase() === "host" ? HTTP2_HEADER_AUTHORITY : name.toLowerCase();
var isPseudoHeader = (name) => name.startsWith(":");
var getConnectionHeaderTokens = (value) => {
  if (value === void 0) {
    return [];
  }
  const values = Array.isArray(value) ? value : [value];
  const tokens = [];
  for (const item of values) {
    for (const token of String(item).split(",")) {
      const normalizedToken = token.trim().toLowerCase();
      if (normalizedToken.length > 0) {
        tokens.push(normalizedToken);
      }
    }
  }
  return tokens;
};
var isTrailersTeHeader = (value) => {
  if (value === void 0) {
    return true;
  }
  return Array.isArray(value) ? value.length === 1 && value[0].trim().toLowerCase() === "trailers" : String(value).trim().toLowerCase() === "trailers";
};
var isConnectionHeader = (lowercasedName) => lowercasedName === "connection" || lowercasedName === "proxy-connection";
var isDroppedHeader = (lowercasedName, value, connectionHeaderNames) => connectionSpecificHeaders.has(lowercasedName) || connectionHeaderNames.has(lowercasedName) || lowercasedName === "te" && !isTrailersTeHeader(value);
var setProtocolCache = (key, value) => {
  if (!protocolCache.has(key) && protocolCache.size >= maxProtocolCacheSize) {
    protocolCache.delete(protocolCache.keys().next().value);
  }
  protocolCache.set(key, value);
};
var getReferenceId = (value) => {
  let referenceId = referenceIds.get(value);
  if (referenceId === void 0) {
    referenceId = nextReferenceId++;
    referenceIds.set(value, referenceId);
  }
  return referenceId;
};
var isPlainObject2 = (value) => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
var serializeSessionOption = (value) => {
  if (value === void 0) {
    return ["undefined"];
  }
  if (value === null) {
    return ["null"];
  }
  if (typeof value === "function") {
    return ["function", getReferenceId(value)];
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return [typeof value, value];
  }
  if (typeof value === "bigint") {
    return ["bigint", value.toString()];
  }
  if (typeof value === "symbol") {
    return ["symbol", value.description];
  }
  if (Array.isArray(value)) {
    return ["array", value.map((item) => serializeSessionOption(item))];
  }
  if (typeof value === "object") {
    if (ArrayBuffer.isView(value)) {
      return ["bytes", Buffer4.from(value.buffer, value.byteOffset, value.byteLength).toString("base64")];
    }
    return isPlainObject2(value) ? ["object", Object.entries(value).toSorted(([left], [right]) => left.localeCompare(right)).map(([key, item]) => [key, serializeSessionOption(item)])] : ["object-reference", getReferenceId(value)];
  }
  return [typeof value];
};
var serializeSessionOptions = (values) => JSON.stringify(values.map((value) => serializeSessionOption(value)));
var getTlsSessionOptions = (options) => [
  options.ca,
  options.cert,
  options.key,
  options.pfx,
  options.rejectUnauthorized,
  options.servername,
  options.localAddress,
  options.lookup,
  options.family,
  options.minVersion,
  options.maxVersion,
  options.ciphers,
  options.honorCipherOrder,
  options.checkServerIdentity,
  options.passphrase,
  options.sigalgs,
  options.sessionTimeout,
  options.dhparam,
  options.ecdhCurve,
  options.crl,
  options.secureOptions,
  options.secureContext,
  options.secureProtocol
];
var destroyReuseSocket = (options) => {
  options._reuseSocket?.destroy();
  delete options._reuseSocket;
  delete options._reuseSocketShouldPool;
};
var onceConnected = (socket, listener) => {
  if (socket.connecting) {
    socket.once("connect", listener);
  } else {
    listener();
  }
};
var canPoolSession = (options) => options._reuseSocket === void 0 || options._reuseSocketShouldPool === true;
var rejectQueueEntry = (entry, error) => {
  delete entry.options._cancelSessionSetup;
  destroyReuseSocket(entry.options);
  entry.reject(error);
};
var normalizeInput = (input, options, callback) => {
  let normalizedOptions;
  if (typeof input === "string") {
    normalizedOptions = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    normalizedOptions = urlToHttpOptions(input);
  } else {
    normalizedOptions = { ...input };
  }
  if (typeof options === "function" || options === void 0) {
    callback = options;
  } else {
    normalizedOptions = {
      ...normalizedOptions,
      ...options
    };
  }
  return { options: normalizedOptions, callback };
};
var stripIpv6Brackets = (hostname) => hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
var getAuthority = (options) => {
  const protocol = options.protocol ?? "https:";
  const defaultPort = protocol === "https:" ? 443 : 80;
  if (options.hostname === void 0 && options.host !== void 0) {
    try {
      const authority2 = new URL(`${protocol}//${options.host}`);
      const port2 = options.port ?? authority2.port;
      authority2.port = String(port2 === "" ? defaultPort : port2);
      return authority2;
    } catch {
    }
  }
  const port = options.port ?? defaultPort;
  const normalizedHostname = stripIpv6Brackets(options.hostname ?? options.host ?? "localhost");
  const formattedHostname = net2.isIP(normalizedHostname) === 6 ? `[${normalizedHostname}]` : normalizedHostname;
  const authority = new URL(`${protocol}//${formattedHostname}`);
  authority.port = String(port);
  return authority;
};
var getAuthorityPort = (authority) => {
  if (authority.port !== "") {
    return Number(authority.port);
  }
  return authority.protocol === "https:" ? 443 : 80;
};
var hasCustomHttpsAgent = (agent) => typeof agent === "object" && "https" in agent && agent.https !== void 0 && agent.https !== false;
var getProtocolCacheKey = (options) => {
  const authority = getAuthority(options);
  const protocols = (options.ALPNProtocols ?? ["h2", "http/1.1"]).join(",");
  return serializeSessionOptions([
    authority.host,
    protocols,
    ...getTlsSessionOptions(options)
  ]);
};
var resolveProtocol = async (options, sourceOptions) => {
  const cacheKey2 = getProtocolCacheKey(options);
  const cachedProtocol = options.createConnection ? void 0 : protocolCache.get(cacheKey2);
  if (cachedProtocol !== void 0) {
    return { alpnProtocol: cachedProtocol };
  }
  const authority = getAuthority(options);
  const {
    path: _path,
    agent: _agent,
    h2session: _h2session,
    _reuseSocket,
    _reuseSocketShouldPool,
    _alpnSocket,
    _socketTimeout,
    _timeoutPhase: timeoutPhase,
    timeout,
    createConnection,
    checkServerIdentity: checkServerIdentity2,
    // The socket outlives this request when the session is pooled, so the signal must
    // not be handed to the TLS connect. Aborting during setup is handled below.
    signal: _signal,
    ...connectionOptions
  } = options;
  const port = getAuthorityPort(authority);
  const hostname = stripIpv6Brackets(authority.hostname);
  const servername = options.servername ?? (net2.isIP(hostname) === 0 ? hostname : void 0);
  const tlsOptions = {
    ...connectionOptions,
    ALPNProtocols: options.ALPNProtocols ?? ["h2", "http/1.1"],
    host: hostname,
    port,
    servername,
    ...checkServerIdentity2 && { checkServerIdentity: checkServerIdentity2 }
  };
  const socket = createConnection ? createConnection(tlsOptions, () => {
  }) : tls.connect(port, hostname, tlsOptions);
  options._alpnSocket = socket;
  sourceOptions._alpnSocket = socket;
  return new Promise((resolve, reject) => {
    let settled = false;
    let timeoutId;
    let removeAbortListener;
    let socketTimeoutApplied = false;
    const cleanup = () => {
      clearTimeout(timeoutId);
      removeAbortListener?.();
      socket.off("secureConnect", onSecureConnect);
      socket.off("error", rejectOnce);
      socket.off("close", onClose);
      socket.off("connect", applySocketTimeout);
      socket.off("timeout", onSocketTimeout);
      if (socketTimeoutApplied) {
        socket.setTimeout(0);
      }
      delete options._alpnSocket;
      delete sourceOptions._alpnSocket;
    };
    const rejectOnce = (error) => {
      if (settled) {
        return;
      }
      settled = true;
      cleanup();
      socket.destroy();
      reject(error);
    };
    const onSecureConnect = () => {
      if (settled) {
        return;
      }
      settled = true;
      cleanup();
      const alpnProtocol = socket.alpnProtocol ?? false;
      if (!options.createConnection) {
        setProtocolCache(cacheKey2, alpnProtocol);
      }
      resolve({ alpnProtocol, socket });
    };
    const onTimeout = () => {
      rejectOnce(new TimeoutError2(Number(timeout), timeoutPhase ?? "request"));
    };
    const onSocketTimeout = () => {
      rejectOnce(new TimeoutError2(_socketTimeout, "socket"));
    };
    const applySocketTimeout = () => {
      if (!isArmableTimerDelay(_socketTimeout)) {
        return;
      }
      socketTimeoutApplied = true;
      socket.setTimeout(_socketTimeout);
      socket.once("timeout", onSocketTimeout);
    };
    const onClose = () => {
      const error = new Error("The HTTP/2 ALPN socket closed before negotiation completed");
      error.code = "ECONNRESET";
      rejectOnce(error);
    };
    const onAbort = () => {
      const error = new Error("This operation was aborted.");
      error.name = "AbortError";
      error.code = "ERR_ABORTED";
      rejectOnce(error);
    };
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    socket.once("secureConnect", onSecureConnect);
    socket.once("error", rejectOnce);
    socket.once("close", onClose);
    if (_socketTimeout !== void 0) {
      onceConnected(socket, applySocketTimeout);
    }
    if (options.signal) {
      options.signal.addEventListener("abort", onAbort, { once: true });
      removeAbortListener = () => {
        options.signal?.removeEventListener("abort", onAbort);
      };
    }
    if (timeout !== void 0) {
      timeoutId = setTimeout(onTimeout, timeout);
      timeoutId.unref();
    }
  });
};
var toRawHeaders = (headers) => {
  const rawHeaders = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.startsWith(":") || value === void 0) {
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        rawHeaders.push(key, item);
      }
    } else {
      rawHeaders.push(key, value);
    }
  }
  return rawHeaders;
};
var filterRawHeaders = (rawHeaders) => {
  const filteredHeaders = [];
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const key = rawHeaders[index];
    if (key.startsWith(":")) {
      continue;
    }
    filteredHeaders.push(key, rawHeaders[index + 1]);
  }
  return filteredHeaders;
};
var filterHeaders = (headers) => {
  const filteredHeaders = {};
  for (const [key, value] of Object.entries(headers)) {
    if (key.startsWith(":") || value === void 0) {
      continue;
    }
    filteredHeaders[key] = value;
  }
  return filteredHeaders;
};
var toDistinctHeaders = (rawHeaders) => {
  const headers = /* @__PURE__ */ Object.create(null);
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = rawHeaders[index].toLowerCase();
    (headers[name] ??= []).push(rawHeaders[index + 1]);
  }
  return headers;
};
var createSocketProxy = (stream2) => new Proxy(stream2.session.socket, {
  get(target, property, receiver) {
    if (property === "destroy") {
      return stream2.destroy.bind(stream2);
    }
    if (property === "destroyed") {
      return stream2.destroyed;
    }
    return property === "setTimeout" ? stream2.setTimeout.bind(stream2) : Reflect.get(target, property, receiver);
  }
});
var Http2IncomingMessage = class extends Readable {
  stream;
  req;
  constructor(stream2, request_, highWaterMark) {
    super({
      autoDestroy: true,
      emitClose: false,
      highWaterMark
    });
    this.stream = stream2;
    this.req = request_;
    this.socket = request_.socket;
  }
  aborted = false;
  httpVersion = "2.0";
  httpVersionMajor = 2;
  httpVersionMinor = 0;
  complete = false;
  rawHeaders = [];
  rawTrailers = [];
  headers = {};
  headersDistinct = {};
  trailers = {};
  trailersDistinct = {};
  statusCode;
  statusMessage;
  socket;
  url = "";
  method;
  upgrade = false;
  receivedSize = 0;
  get isCompleteAfterNoErrorReset() {
    if (this.complete) {
      return true;
    }
    const statusCode = this.statusCode ?? 0;
    if (this.req.method === "HEAD" || statusCode >= 100 && statusCode < 200 || statusCode === 204 || statusCode === 205 || statusCode === 304) {
      return true;
    }
    const contentLength = this.headers["content-length"];
    if (typeof contentLength !== "string" || !new RegExp("^\\d+$", "v").test(contentLength)) {
      return false;
    }
    const expectedSize = Number(contentLength);
    return Number.isSafeInteger(expectedSize) && expectedSize === this.receivedSize + this.stream.readableLength;
  }
  get connection() {
    return this.socket;
  }
  set connection(value) {
    this.socket = value;
  }
  setTimeout(ms, callback) {
    if (callback) {
      this.once("timeout", callback);
    }
    this.req.setTimeout(ms);
    return this;
  }
  _destroy(error, callback) {
    if (!this.readableEnded && !this.aborted) {
      this.aborted = true;
      if (!error) {
        this.emit("aborted");
      }
    }
    this.stream.destroy(error ?? void 0);
    callback(error);
  }
  _read() {
    this.stream.resume();
  }
  _dump() {
    this.removeAllListeners("data");
    this.resume();
  }
};
var Http2Agent = class extends EventEmitter2 {
  timeout;
  maxSessions;
  maxEmptySessions;
  sessions = /* @__PURE__ */ new Map();
  pendingSessions = /* @__PURE__ */ new Set();
  pendingSessionKeys = /* @__PURE__ */ new Set();
  queue = [];
  emptySessionCount = 0;
  sessionCount = 0;
  settings = {
    enablePush: false,
    initialWindowSize: 1024 * 1024 * 32
  };
  constructor({ timeout = 0, maxSessions = Infinity, maxEmptySessions = 10 } = {}) {
    super();
    this.timeout = timeout;
    this.maxSessions = maxSessions;
    this.maxEmptySessions = maxEmptySessions;
  }
  get protocol() {
    return "https:";
  }
  async request(origin, options, headers, streamOptions) {
    const { session, reusedSocket } = await this.getSessionWithMetadata(origin, options, true);
    return {
      stream: session.request(headers, streamOptions),
      reusedSocket
    };
  }
  async getSession(origin, options = {}) {
    const { session } = await this.getSessionWithMetadata(origin, options);
    return session;
  }
  async getSessionWithMetadata(origin, options = {}, reserveStream = false) {
    const normalizedOrigin = typeof origin === "string" ? new URL(origin) : origin;
    const session = this.claimAvailableSession(this.normalizeOptions(normalizedOrigin, options), options, reserveStream);
    if (session) {
      return {
        session,
        reusedSocket: true
      };
    }
    return new Promise((resolve, reject) => {
      const entry = {
        origin: normalizedOrigin,
        options,
        reserveStream,
        resolve,
        reject
      };
      options._cancelSessionSetup = () => {
        const index = this.queue.indexOf(entry);
        if (index !== -1) {
          this.queue.splice(index, 1);
          rejectQueueEntry(entry, new Error("HTTP/2 session setup canceled"));
        }
      };
      this.queue.push(entry);
      this.processQueue();
    });
  }
  normalizeOptions(origin, options = {}) {
    return serializeSessionOptions([
      origin.origin,
      ...getTlsSessionOptions(options)
    ]);
  }
  closeEmptySessions(maxCount = Infinity) {
    let closedCount = 0;
    for (const sessions of this.sessions.values()) {
      for (const session of sessions) {
        if ((session.currentStreamCount ?? 0) !== 0) {
          continue;
        }
        closedCount++;
        session.close();
        if (closedCount >= maxCount) {
          return closedCount;
        }
      }
    }
    return closedCount;
  }
  destroy(reason) {
    for (const sessions of this.sessions.values()) {
      for (const session of sessions) {
        session.destroy(reason);
      }
    }
    for (const session of this.pendingSessions) {
      session.destroy(reason);
    }
    this.sessions.clear();
    this.pendingSessionKeys.clear();
    while (this.queue.length > 0) {
      rejectQueueEntry(this.queue.shift(), reason ?? new Error("Agent has been destroyed"));
    }
  }
  // Takes an available pooled session for the request, and drops the socket it would otherwise have reused.
  claimAvailableSession(key, options, reserveStream) {
    const session = canPoolSession(options) ? this.getAvailableSession(key) : void 0;
    if (session) {
      if (reserveStream) {
        this.reserveStream(session);
      }
      destroyReuseSocket(options);
    }
    return session;
  }
  getAvailableSession(key) {
    const sessions = this.sessions.get(key);
    if (!sessions) {
      return;
    }
    return sessions.find((session) => !session.destroyed && !session.closed && !session.gracefullyClosing && (session.currentStreamCount ?? 0) < (session.remoteSettings.maxConcurrentStreams ?? 100));
  }
  processQueue() {
    let index = 0;
    while (index < this.queue.length) {
      const entry = this.queue[index];
      const key = this.normalizeOptions(entry.origin, entry.options);
      const session = this.claimAvailableSession(key, entry.options, entry.reserveStream);
      if (session) {
        this.queue.splice(index, 1);
        delete entry.options._cancelSessionSetup;
        entry.resolve({
          session,
          reusedSocket: true
        });
        continue;
      }
      const canUsePooledSession = canPoolSession(entry.options);
      if (canUsePooledSession && this.pendingSessionKeys.has(key)) {
        index++;
        continue;
      }
      if (this.sessionCount >= this.maxSessions) {
        this.closeEmptySessions(this.sessionCount - this.maxSessions + 1);
        if (this.sessionCount >= this.maxSessions) {
          index++;
          continue;
        }
      }
      this.queue.splice(index, 1);
      if (canUsePooledSession) {
        this.pendingSessionKeys.add(key);
      }
      this.createSession(entry, key);
    }
  }
  // `isCapacityReservation` is false when the capacity was not reserved ahead of time, so
  // the stream is only counted. Reserving again would strand the reservation.
  reserveStream(session, isCapacityReservation = true) {
    session.ref();
    if (session.currentStreamCount === 0 && session.emptySessionCounted) {
      this.emptySessionCount--;
      session.emptySessionCounted = false;
    }
    session.currentStreamCount = (session.currentStreamCount ?? 0) + 1;
    if (isCapacityReservation) {
      session.reservedStreamCount = (session.reservedStreamCount ?? 0) + 1;
    }
  }
  releaseStream(session, shouldPoolSession) {
    session.currentStreamCount = session.currentStreamCount - 1;
    if (session.currentStreamCount === 0) {
      if (!shouldPoolSession) {
        session.close();
        this.processQueue();
        return;
      }
      this.emptySessionCount++;
      session.emptySessionCounted = true;
      session.unref();
      if (this.emptySessionCount > this.maxEmptySessions || session.gracefullyClosing) {
        session.close();
        return;
      }
    }
    this.processQueue();
  }
  createSession(entry, key) {
    this.sessionCount++;
    const {
      path: _path,
      agent: _agent,
      h2session: _h2session,
      _reuseSocketShouldPool,
      _socketTimeout,
      _timeoutPhase: timeoutPhase,
      timeout: setupTimeout,
      // The session is pooled, so a per-request signal must not tear it down for the
      // requests that follow. Got aborts its own request instead.
      signal: _signal,
      ...sessionOptions
    } = entry.options;
    const options = {
      ...sessionOptions,
      settings: entry.options.settings ?? this.settings,
      ALPNProtocols: ["h2"]
    };
    const reuseSocket = options._reuseSocket;
    const shouldPoolSession = canPoolSession(entry.options);
    if (reuseSocket) {
      options.createConnection = () => reuseSocket;
      delete options._reuseSocket;
    }
    let session;
    try {
      session = http2_default.connect(entry.origin, options);
    } catch (error) {
      this.sessionCount--;
      this.pendingSessionKeys.delete(key);
      rejectQueueEntry(entry, error);
      this.processQueue();
      return;
    }
    this.pendingSessions.add(session);
    session.currentStreamCount = 0;
    session.reservedStreamCount = 0;
    session.emptySessionCounted = false;
    session.gracefullyClosing = false;
    let settled = false;
    let sessionSetupTimeout;
    let socketTimeoutApplied = false;
    const sessionSocket = session.socket;
    const removeSessionSocketListener = sessionSocket.removeListener.bind(sessionSocket);
    const clearSocketTimeout = () => {
      removeSessionSocketListener("connect", applySocketTimeout);
      if (!socketTimeoutApplied) {
        return;
      }
      socketTimeoutApplied = false;
      session.off("timeout", onSocketTimeout);
      if (!session.closed && !session.destroyed) {
        session.setTimeout(this.timeout);
      }
    };
    const clearSessionSetup = () => {
      clearTimeout(sessionSetupTimeout);
      clearSocketTimeout();
      this.pendingSessions.delete(session);
      this.pendingSessionKeys.delete(key);
      delete entry.options._cancelSessionSetup;
    };
    const rejectSessionSetup = (error) => {
      if (settled) {
        return;
      }
      settled = true;
      clearSessionSetup();
      entry.reject(error);
      queueMicrotask(() => {
        session.destroy(error);
      });
    };
    const onSocketTimeout = () => {
      rejectSessionSetup(new TimeoutError2(_socketTimeout, "socket"));
    };
    const applySocketTimeout = () => {
      if (!isArmableTimerDelay(_socketTimeout)) {
        return;
      }
      socketTimeoutApplied = true;
      session.setTimeout(_socketTimeout, onSocketTimeout);
    };
    if (this.timeout > 0) {
      session.setTimeout(this.timeout, () => {
        session.destroy();
      });
    }
    if (_socketTimeout !== void 0) {
      onceConnected(sessionSocket, applySocketTimeout);
    }
    if (setupTimeout !== void 0) {
      sessionSetupTimeout = setTimeout(() => {
        rejectSessionSetup(new TimeoutError2(setupTimeout, timeoutPhase ?? "request"));
      }, setupTimeout);
      sessionSetupTimeout.unref();
    }
    const removeSession = () => {
      if (session.emptySessionCounted) {
        this.emptySessionCount--;
        session.emptySessionCounted = false;
      }
      const sessions = this.sessions.get(key);
      if (sessions) {
        const index = sessions.indexOf(session);
        if (index !== -1) {
          sessions.splice(index, 1);
        }
        if (sessions.length === 0) {
          this.sessions.delete(key);
        }
      }
    };
    session.once("remoteSettings", () => {
      if (settled) {
        return;
      }
      settled = true;
      clearSessionSetup();
      if (shouldPoolSession) {
        const sessions = this.sessions.get(key) ?? [];
        sessions.push(session);
        this.sessions.set(key, sessions);
      }
      this.emit("session", session);
      if (entry.reserveStream) {
        this.reserveStream(session);
      }
      entry.resolve({
        session,
        reusedSocket: false
      });
    });
    session.on("remoteSettings", () => {
      this.processQueue();
    });
    session.once("error", (error) => {
      clearSessionSetup();
      if (!settled) {
        settled = true;
        entry.reject(error);
      }
      removeSession();
    });
    session.once("goaway", () => {
      session.gracefullyClosing = true;
      if (session.currentStreamCount === 0) {
        session.close();
      }
    });
    session.once("close", () => {
      clearSessionSetup();
      this.sessionCount--;
      if (!settled) {
        settled = true;
        entry.reject(new Error("The HTTP/2 session closed before settings were received"));
      }
      removeSession();
      this.processQueue();
    });
    entry.options._cancelSessionSetup = () => {
      if (settled) {
        return;
      }
      settled = true;
      clearSessionSetup();
      entry.reject(new Error("HTTP/2 session setup canceled"));
      session.destroy();
    };
    const request2 = session.request.bind(session);
    session.request = (headers, streamOptions) => {
      const hasReservedStream = (session.reservedStreamCount ?? 0) > 0;
      if (hasReservedStream) {
        session.reservedStreamCount = session.reservedStreamCount - 1;
      }
      if (session.gracefullyClosing) {
        if (hasReservedStream) {
          this.releaseStream(session, shouldPoolSession);
        }
        throw new Error("The session is gracefully closing. No new streams are allowed.");
      }
      if (!hasReservedStream) {
        this.reserveStream(session, false);
      }
      let stream2;
      try {
        stream2 = request2(headers, streamOptions);
      } catch (error) {
        this.releaseStream(session, shouldPoolSession);
        throw error;
      }
      stream2.once("close", () => {
        this.releaseStream(session, shouldPoolSession);
      });
      return stream2;
    };
  }
};
var Http2ClientRequest = class extends Writable {
  constructor(input, options, callback) {
    super({
      autoDestroy: false,
      emitClose: false
    });
    const normalized = normalizeInput(input, options, callback);
    this.options = normalized.options;
    this.callback = normalized.callback;
    this.method = (this.options.method ?? "GET").toUpperCase();
    this.path = this.method === HTTP2_METHOD_CONNECT ? this.options.path ?? "" : this.options.path ?? "/";
    this.protocol = this.options.protocol ?? "https:";
    this.headers = /* @__PURE__ */ Object.create(null);
    if (this.protocol !== "https:" && !this.options.h2session) {
      throw new Error(`Protocol "${this.protocol}" not supported. Expected "https:"`);
    }
    const headers = this.options.headers;
    if (headers) {
      for (const [key, value] of Object.entries(headers)) {
        this.setHeader(key, value);
      }
    }
    if (this.options.auth && !this.hasHeader("authorization")) {
      this.setHeader("authorization", `Basic ${Buffer4.from(this.options.auth).toString("base64")}`);
    }
    if (this.callback) {
      this.once("response", this.callback);
    }
    const authority = getAuthority(this.options);
    this.origin = authority;
    if (!this.hasHeader(HTTP2_HEADER_AUTHORITY)) {
      this.headers[HTTP2_HEADER_AUTHORITY] = this.method === HTTP2_METHOD_CONNECT ? this.path : authority.host;
    }
    this.headers[HTTP2_HEADER_METHOD] = this.method;
    if (this.method !== HTTP2_METHOD_CONNECT) {
      this.headers[HTTP2_HEADER_SCHEME] = this.protocol.slice(0, -1);
      this.headers[HTTP2_HEADER_PATH] = this.path;
    }
  }
  agent;
  aborted = false;
  reusedSocket = false;
  res;
  socket;
  connection;
  method;
  path;
  protocol;
  host;
  headersSent = false;
  maxHeadersCount;
  options;
  callback;
  headers;
  origin;
  stream;
  pendingJobs = [];
  pendingAgentPromise;
  connectionHeaderNames = /* @__PURE__ */ new Set();
  trailers;
  get isGotHttp2Request() {
    return true;
  }
  _write(chunk2, encoding, callback) {
    this.runWithStream({
      run: () => {
        this.stream.write(chunk2, encoding, callback);
      },
      cancel: callback
    });
    void this.flushHeaders();
  }
  _final(callback) {
    this.runWithStream({
      run: () => {
        if (this.trailers) {
          this.stream.once("wantTrailers", () => {
            this.stream.sendTrailers(this.trailers);
          });
        }
        this.stream.end(callback);
      },
      cancel: callback
    });
    void this.flushHeaders();
  }
  _destroy(error, callback) {
    if (this.res && typeof this.res._dump === "function") {
      this.res._dump();
    }
    void this.pendingAgentPromise?.catch(() => {
    });
    if (this.stream) {
      this.stream.close(NGHTTP2_CANCEL);
    } else {
      this.options._cancelSessionSetup?.();
      this.cancelPendingJobs(error ?? new Error("The HTTP/2 request was destroyed before a stream was created"));
    }
    callback(error);
    if (!this.stream) {
      process_default.nextTick(() => {
        this.emit("close");
      });
    }
  }
  abort() {
    if (this.res?.complete) {
      return;
    }
    if (!this.aborted) {
      queueMicrotask(() => {
        this.emit("abort");
      });
    }
    this.aborted = true;
    this.destroy();
  }
  async flushHeaders() {
    if (this.headersSent || this.destroyed) {
      return;
    }
    this.headersSent = true;
    const streamOptions = {
      endStream: false,
      waitForTrailers: this.trailers !== void 0
    };
    try {
      if (this.options.h2session) {
        this.reusedSocket = true;
        this.onStream(this.options.h2session.request(this.headers, streamOptions));
        return;
      }
      this.agent = this.options.agent === false ? new Http2Agent({ maxEmptySessions: 0 }) : this.options.agent ?? globalAgent;
      const streamPromise = this.agent.request(this.origin, this.options, this.headers, streamOptions);
      this.pendingAgentPromise = streamPromise;
      const { stream: stream2, reusedSocket } = await streamPromise;
      this.reusedSocket = reusedSocket;
      this.onStream(stream2);
      this.pendingAgentPromise = void 0;
    } catch (error) {
      this.pendingAgentPromise = void 0;
      this.destroy(error);
    }
  }
  addTrailers(headers) {
    if (this.headersSent) {
      throw new Error("Cannot add trailers after the HTTP/2 stream has been created");
    }
    const trailers = /* @__PURE__ */ Object.create(null);
    const connectionHeaderNames = /* @__PURE__ */ new Set();
    for (const [name, value] of Object.entries(headers)) {
      validateHeaderName(name);
      validateHeaderValue(name, value);
      const lowercasedName = name.toLowerCase();
      if (isConnectionHeader(lowercasedName)) {
        for (const token of getConnectionHeaderTokens(value)) {
          connectionHeaderNames.add(token);
          Reflect.deleteProperty(trailers, token);
        }
        continue;
      }
      if (isDroppedHeader(lowercasedName, value, connectionHeaderNames)) {
        continue;
      }
      trailers[lowercasedName] = value;
    }
    this.trailers = trailers;
  }
  setHeader(name, value) {
    if (this.headersSent) {
      throw new Error("Cannot set headers after they are sent to the client");
    }
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const lowercasedName = name.toLowerCase();
    if (isConnectionHeader(lowercasedName)) {
      for (const token of getConnectionHeaderTokens(value)) {
        this.connectionHeaderNames.add(token);
        Reflect.deleteProperty(this.headers, normalizeRequestHeaderName(token));
      }
      return this;
    }
    if (isDroppedHeader(lowercasedName, value, this.connectionHeaderNames)) {
      return this;
    }
    this.headers[normalizeRequestHeaderName(name)] = lowercasedName === "te" ? "trailers" : value;
    return this;
  }
  setHeaders(headers) {
    if (this.headersSent) {
      throw new Error("Cannot set headers after they are sent to the client");
    }
    if (!(headers instanceof Headers) && !(headers instanceof Map)) {
      throw new TypeError("Headers must be a Headers instance or a Map");
    }
    for (const [name, value] of headers) {
      const headerValue2 = headers instanceof Headers && name === "set-cookie" ? headers.getSetCookie() : value;
      this.setHeader(name, typeof headerValue2 === "string" || typeof headerValue2 === "number" ? headerValue2 : [...headerValue2]);
    }
    return this;
  }
  appendHeader(name, value) {
    const current = this.getHeader(name);
    if (current === void 0) {
      return this.setHeader(name, typeof value === "string" ? value : [...value]);
    }
    const values = Array.isArray(current) ? current : [String(current)];
    return this.setHeader(name, [...values, ...typeof value === "string" ? [value] : value]);
  }
  getHeader(name) {
    return this.headers[normalizeRequestHeaderName(name)];
  }
  getHeaders() {
    return Object.fromEntries(Object.entries(this.headers).filter(([name]) => !isPseudoHeader(name)));
  }
  getHeaderNames() {
    return Object.keys(this.getHeaders());
  }
  hasHeader(name) {
    return this.getHeader(name) !== void 0;
  }
  removeHeader(name) {
    if (this.headersSent) {
      throw new Error("Cannot remove headers after they are sent to the client");
    }
    if (isConnectionHeader(name.toLowerCase())) {
      for (const token of this.connectionHeaderNames) {
        Reflect.deleteProperty(this.headers, normalizeRequestHeaderName(token));
      }
      this.connectionHeaderNames.clear();
    }
    Reflect.deleteProperty(this.headers, normalizeRequestHeaderName(name));
  }
  setNoDelay() {
  }
  setSocketKeepAlive() {
  }
  setTimeout(ms, callback) {
    if (callback) {
      this.once("timeout", callback);
    }
    this.runWithStream({
      run: () => {
        this.stream.setTimeout(ms);
      }
    });
    return this;
  }
  // Runs the job now when the stream exists, or once `onStream` receives it.
  runWithStream(job) {
    if (this.stream) {
      job.run();
    } else {
      this.pendingJobs.push(job);
    }
  }
  cancelPendingJobs(error) {
    const jobs = this.pendingJobs;
    this.pendingJobs = [];
    for (const job of jobs) {
      job.cancel?.(error);
    }
  }
  onStream(stream2) {
    this.stream = stream2;
    this.socket = createSocketProxy(stream2);
    this.connection = this.socket;
    if (this.destroyed) {
      stream2.destroy();
      return;
    }
    let streamErrorSeen = false;
    stream2.once("error", (error) => {
      streamErrorSeen = true;
      if (this.destroyed) {
        return;
      }
      this.destroy(error);
    });
    stream2.on("timeout", () => {
      this.emit("timeout");
      this.res?.emit("timeout");
    });
    stream2.once("aborted", () => {
      if (this.res && stream2.rstCode === NGHTTP2_NO_ERROR && this.res.isCompleteAfterNoErrorReset) {
        return;
      }
      if (this.res) {
        this.res.complete = false;
        this.res.aborted = true;
        this.res.emit("aborted");
        this.res.destroy();
      } else {
        this.destroy(new Error("The server aborted the HTTP/2 stream"));
      }
    });
    stream2.once("response", (headers, _flags, rawHeaders) => {
      const response = new Http2IncomingMessage(stream2, this, stream2.readableHighWaterMark);
      const incomingResponse = response;
      response.statusCode = Number(headers[HTTP2_HEADER_STATUS]);
      response.headers = filterHeaders(headers);
      response.rawHeaders = rawHeaders ? filterRawHeaders(rawHeaders) : toRawHeaders(headers);
      response.headersDistinct = toDistinctHeaders(response.rawHeaders);
      response.url = `${this.origin.origin}${this.path}`;
      incomingResponse.req = this;
      this.res = incomingResponse;
      stream2.on("data", (chunk2) => {
        response.receivedSize += chunk2.length;
        if (!response.push(chunk2)) {
          stream2.pause();
        }
      });
      stream2.once("end", () => {
        if (!response.aborted && (stream2.rstCode ?? NGHTTP2_NO_ERROR) === NGHTTP2_NO_ERROR) {
          response.complete = true;
          response.push(null);
        }
      });
      if (!this.emit("response", incomingResponse)) {
        response._dump();
      }
    });
    stream2.on("headers", (headers, _flags, rawHeaders) => {
      this.emit("information", {
        statusCode: Number(headers[HTTP2_HEADER_STATUS]),
        statusMessage: "",
        httpVersion: "2.0",
        httpVersionMajor: 2,
        httpVersionMinor: 0,
        headers: filterHeaders(headers),
        rawHeaders: rawHeaders ? filterRawHeaders(rawHeaders) : toRawHeaders(headers)
      });
    });
    stream2.on("continue", () => {
      this.emit("continue");
    });
    stream2.once("trailers", (trailers, _flags, rawTrailers) => {
      if (!this.res) {
        return;
      }
      this.res.trailers = trailers;
      this.res.rawTrailers = Array.isArray(rawTrailers) ? rawTrailers : toRawHeaders(trailers);
      this.res.trailersDistinct = toDistinctHeaders(this.res.rawTrailers);
    });
    stream2.once("close", () => {
      if (this.res) {
        if (this.aborted || !this.res.aborted && !streamErrorSeen && !this.res.complete && !this.res.readableEnded) {
          this.res.aborted = true;
          this.res.emit("aborted");
          this.res.destroy();
        }
        const finish = () => {
          this.res.emit("close");
          this.destroy();
          this.emit("close");
        };
        if (this.res.readable) {
          this.res.once("end", finish);
        } else {
          finish();
        }
        return;
      }
      if (!this.destroyed) {
        this.destroy(new Error("The HTTP/2 stream has been early terminated"));
        queueMicrotask(() => {
          this.emit("close");
        });
        return;
      }
      this.destroy();
      this.emit("close");
    });
    for (const job of this.pendingJobs) {
      job.run();
    }
    this.pendingJobs = [];
    this.emit("socket", this.socket);
  }
};
var globalAgent = new Http2Agent();
var request = (input, options, callback) => new Http2ClientRequest(input, options, callback);
var getSourceOptions = (input, options) => {
  if (typeof input === "object" && !(input instanceof URL)) {
    return input;
  }
  return typeof options === "object" ? options : {};
};
var requestHttps = (options, callback) => {
  options.ALPNProtocols = ["http/1.1"];
  delete options.timeout;
  delete options._socketTimeout;
  delete options._timeoutPhase;
  return https.request(options, callback);
};
var requestHttp1 = (options, agent, callback) => {
  if (typeof agent === "object" && "https" in agent) {
    options.agent = agent.https;
  }
  if (options.headers) {
    const headers = { ...options.headers };
    Reflect.deleteProperty(headers, HTTP2_HEADER_METHOD);
    Reflect.deleteProperty(headers, HTTP2_HEADER_SCHEME);
    Reflect.deleteProperty(headers, HTTP2_HEADER_PATH);
    if (headers[HTTP2_HEADER_AUTHORITY] && !headers.host) {
      headers.host = headers[HTTP2_HEADER_AUTHORITY];
    }
    Reflect.deleteProperty(headers, HTTP2_HEADER_AUTHORITY);
    options.headers = headers;
  }
  return requestHttps(options, callback);
};
var requestHttp2 = (options, agent, socket, callback) => {
  options.agent = typeof agent === "object" && "http2" in agent ? agent.http2 : agent;
  if (socket) {
    options._reuseSocket = socket;
    options._reuseSocketShouldPool = options.createConnection === void 0;
  }
  return request(options, callback);
};
var auto = async (input, options, callback) => {
  const sourceOptions = getSourceOptions(input, options);
  const normalized = normalizeInput(input, options, callback);
  options = normalized.options;
  callback = normalized.callback;
  options.ALPNProtocols ??= ["h2", "http/1.1"];
  options.protocol ??= "https:";
  if (options.h2session) {
    return request(options, callback);
  }
  if (options.protocol !== "https:") {
    options.agent = options.agent?.http;
    return http_default.request(options, callback);
  }
  const agent = options.agent;
  if (hasCustomHttpsAgent(agent) && options.createConnection === void 0) {
    options.agent = agent.https;
    return requestHttps(options, callback);
  }
  const { alpnProtocol, socket } = await resolveProtocol(options, sourceOptions);
  if (alpnProtocol === "h2") {
    return requestHttp2(options, agent, socket, callback);
  }
  socket?.destroy();
  return requestHttp1(options, agent, callback);
};
var http2Client = {
  Agent: Http2Agent,
  auto,
  globalAgent,
  request
};
var http2_client_default = http2Client;

// node_modules/got/dist/source/core/options.js
var isAgentObject = (agent) => distribution_default.object(agent) && ("http" in agent || "https" in agent || "http2" in agent);
var getNativeAgent = (url, agent) => {
  if (!isAgentObject(agent)) {
    return agent;
  }
  return url.protocol === "https:" ? agent.https : agent.http;
};
function wrapAssertionWithContext(optionName, assertionFn) {
  try {
    assertionFn();
  } catch (error) {
    if (error instanceof Error) {
      error.message = `Option '${optionName}': ${error.message}`;
    }
    throw error;
  }
}
function assertAny2(optionName, validators, value) {
  wrapAssertionWithContext(optionName, () => {
    assert.any(validators, value);
  });
}
function assertCount(optionName, value) {
  if (value === Infinity) {
    return;
  }
  assertAny2(optionName, [distribution_default.nonNegativeInteger], value);
}
function assertPlainObject2(optionName, value) {
  wrapAssertionWithContext(optionName, () => {
    assert.plainObject(value);
  });
}
function isSameOrigin(previousUrl, nextUrl) {
  return previousUrl.origin === nextUrl.origin && getUnixSocketPath(previousUrl) === getUnixSocketPath(nextUrl);
}
var crossOriginStripHeaders = ["host", "cookie", "cookie2", "authorization", "proxy-authorization"];
var bodyHeaderNames = ["content-length", "content-encoding", "content-language", "content-location", "content-type", "transfer-encoding", "digest", "content-digest", "repr-digest", "last-modified"];
function usesUnixSocket(url) {
  return url.protocol === "unix:" || getUnixSocketPath(url) !== void 0;
}
function hasCredentialInUrl(url, credential) {
  if (url instanceof URL) {
    return url[credential] !== "";
  }
  if (!distribution_default.string(url)) {
    return false;
  }
  try {
    return new URL(url)[credential] !== "";
  } catch {
    return false;
  }
}
var hasExplicitCredentialInUrlChange = (changedState, url, credential) => changedState.has(credential) || (changedState.has("url") || changedState.has("prefixUrl")) && url?.[credential] !== "";
var hasBodyOptionChanged = (changedState) => changedState.has("body") || changedState.has("json") || changedState.has("form");
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
var hasProtocolSlashes = (value) => new RegExp("^[a-z][\\d+\\-.a-z]*:\\/\\/", "iv").test(value);
var hasHttpProtocolWithoutSlashes = (value) => new RegExp("^https?:(?!\\/\\/)", "iv").test(value);
var hasUnixProtocolWithoutSlashes = (value) => new RegExp("^unix:", "iv").test(value);
var isAbsoluteUrl = (url) => distribution_default.urlInstance(url) || distribution_default.string(url) && (hasProtocolSlashes(url) || url.startsWith("//"));
var isSlashOrBackslash = (character) => character === "/" || character === "\\";
var startsWithSchemeRelativeSeparators = (value) => value.length > 1 && isSlashOrBackslash(value[0]) && isSlashOrBackslash(value[1]);
var stripLeadingC0ControlOrSpace = (value) => {
  let index = 0;
  while (index < value.length && value.codePointAt(index) <= 32) {
    index++;
  }
  return value.slice(index);
};
var removeAsciiTabOrNewline = (value) => {
  let result = "";
  for (const character of value) {
    const codePoint = character.codePointAt(0);
    if (codePoint !== 9 && codePoint !== 10 && codePoint !== 13) {
      result += character;
    }
  }
  return result;
};
var assertRelativeUrlIfNeeded = (options, url) => {
  if (!options.prefixUrl || options.allowAbsoluteUrls) {
    return;
  }
  const normalizedUrl = distribution_default.string(url) ? stripLeadingC0ControlOrSpace(removeAsciiTabOrNewline(url)) : url;
  const isDisallowed = isAbsoluteUrl(normalizedUrl) || distribution_default.string(normalizedUrl) && (hasHttpProtocolWithoutSlashes(normalizedUrl) || startsWithSchemeRelativeSeparators(normalizedUrl) || options.enableUnixSockets && hasUnixProtocolWithoutSlashes(normalizedUrl));
  if (isDisallowed) {
    throw new Error("The `url` option must be relative when `allowAbsoluteUrls` is false and `prefixUrl` is set");
  }
};
var assertUrlHasSameOriginAsPrefixUrlIfNeeded = (options, url) => {
  if (!options.prefixUrl || options.allowAbsoluteUrls) {
    return;
  }
  let prefixUrl;
  try {
    prefixUrl = new URL(options.prefixUrl);
  } catch {
    return;
  }
  if (isSameOrigin(prefixUrl, url)) {
    return;
  }
  throw new Error("The `url` option must stay on the same origin as `prefixUrl` when `allowAbsoluteUrls` is false");
};
var getUrlPrefixBoundary = (options) => ({
  url: options.url instanceof URL ? new URL(options.url) : void 0,
  prefixUrl: options.prefixUrl.toString(),
  allowAbsoluteUrls: options.allowAbsoluteUrls
});
var hasUrlOrPrefixUrlBoundaryChanged = (options, currentUrl, previous) => currentUrl.href !== previous.url?.href || options.prefixUrl.toString() !== previous.prefixUrl || options.allowAbsoluteUrls !== previous.allowAbsoluteUrls;
function applyUrlOverride(options, url, { username, password, baseUrl } = {}) {
  assertRelativeUrlIfNeeded(options, url);
  if (distribution_default.string(url) && options.url) {
    const resolvedUrl = new URL(url, baseUrl ?? options.url);
    url = resolvedUrl.href;
  }
  if (options.allowAbsoluteUrls) {
    options.prefixUrl = "";
    options.url = url;
  } else {
    const { allowAbsoluteUrls } = options;
    try {
      options.allowAbsoluteUrls = true;
      options.url = url;
    } finally {
      options.allowAbsoluteUrls = allowAbsoluteUrls;
    }
  }
  if (username !== void 0) {
    options.username = username;
  }
  if (password !== void 0) {
    options.password = password;
  }
  return options.url;
}
function assertValidHeaderName(name) {
  if (name.startsWith(":")) {
    throw new TypeError(`HTTP/2 pseudo-headers are not supported in \`options.headers\`: ${name}`);
  }
  if (name === "__proto__") {
    throw new TypeError("The `__proto__` header name is not supported in `options.headers`");
  }
}
function safeObjectAssign(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (key === "__proto__") {
      continue;
    }
    Reflect.set(target, key, value);
  }
}
function assertKnownKeys(value, knownOptions, createError) {
  for (const key of Object.keys(value)) {
    if (key === "__proto__") {
      continue;
    }
    if (!Object.hasOwn(knownOptions, key)) {
      throw createError(key);
    }
  }
}
var isToughCookieJar = (cookieJar) => cookieJar.setCookie.length === 4 && cookieJar.getCookieString.length === 0;
function validateSearchParameters(searchParameters) {
  for (const [key, value] of Object.entries(searchParameters)) {
    if (key === "__proto__") {
      continue;
    }
    assertAny2(`searchParams.${key}`, [distribution_default.string, distribution_default.number, distribution_default.boolean, distribution_default.null, distribution_default.undefined], value);
  }
}
var globalCache = /* @__PURE__ */ new Map();
var dnsCacheLookups = /* @__PURE__ */ new WeakMap();
var adaptedDnsLookups = /* @__PURE__ */ new WeakMap();
var globalDnsCache;
var getGlobalDnsCache = () => {
  globalDnsCache ??= new DnsCache();
  return globalDnsCache;
};
var getAdaptedLookup = (lookup) => {
  let adapted = adaptedDnsLookups.get(lookup);
  if (!adapted) {
    adapted = (hostname, options, callback) => {
      lookup(hostname, options, (error, address, family) => {
        if (error) {
          callback(error, address, family);
          return;
        }
        callback(null, options.all && !Array.isArray(address) ? [{ address, family }] : address, family);
      });
    };
    adaptedDnsLookups.set(lookup, adapted);
  }
  return adapted;
};
var getDnsCacheLookup = (cache) => {
  let lookup = dnsCacheLookups.get(cache);
  if (!lookup) {
    lookup = (hostname, options, callback) => {
      cache.lookup(hostname, options, callback);
    };
    dnsCacheLookups.set(cache, lookup);
  }
  return lookup;
};
var wrapQuickLruIfNeeded = (value) => {
  if (value?.[Symbol.toStringTag] === "QuickLRU" && typeof value.evict === "function") {
    return {
      get(key) {
        return value.get(key);
      },
      set(key, cacheValue, ttl2) {
        if (ttl2 === void 0) {
          value.set(key, cacheValue);
        } else {
          value.set(key, cacheValue, { maxAge: ttl2 });
        }
        return true;
      },
      delete(key) {
        return value.delete(key);
      },
      clear() {
        return value.clear();
      },
      has(key) {
        return value.has(key);
      }
    };
  }
  return value;
};
var defaultInternals = {
  request: void 0,
  agent: {
    http: void 0,
    https: void 0,
    http2: void 0
  },
  h2session: void 0,
  decompress: true,
  timeout: {
    connect: void 0,
    lookup: void 0,
    read: void 0,
    request: void 0,
    response: void 0,
    secureConnect: void 0,
    send: void 0,
    socket: void 0
  },
  prefixUrl: "",
  body: void 0,
  form: void 0,
  json: void 0,
  cookieJar: void 0,
  ignoreInvalidCookies: false,
  searchParams: void 0,
  dnsLookup: void 0,
  dnsCache: void 0,
  context: {},
  hooks: {
    init: [],
    beforeRequest: [],
    beforeError: [],
    beforeRedirect: [],
    beforeRetry: [],
    beforeCache: [],
    afterResponse: []
  },
  followRedirect: true,
  maxRedirects: 10,
  cache: void 0,
  throwHttpErrors: true,
  username: "",
  password: "",
  http2: false,
  allowGetBody: false,
  allowAbsoluteUrls: true,
  copyPipedHeaders: false,
  headers: {
    "user-agent": "got (https://github.com/sindresorhus/got)"
  },
  methodRewriting: false,
  dnsLookupIpVersion: void 0,
  parseJson: JSON.parse,
  stringifyJson: JSON.stringify,
  retry: {
    limit: 2,
    methods: [
      "GET",
      "PUT",
      "HEAD",
      "DELETE",
      "OPTIONS",
      "TRACE",
      "QUERY"
    ],
    statusCodes: [
      408,
      413,
      429,
      500,
      502,
      503,
      504,
      521,
      522,
      524
    ],
    errorCodes: [
      "ETIMEDOUT",
      "ECONNRESET",
      "EADDRINUSE",
      "ECONNREFUSED",
      "EPIPE",
      "ENOTFOUND",
      "ENETUNREACH",
      "EAI_AGAIN"
    ],
    maxRetryAfter: void 0,
    calculateDelay: ({ computedValue }) => computedValue,
    backoffLimit: Infinity,
    noise: 100,
    enforceRetryRules: true
  },
  localAddress: void 0,
  method: "GET",
  createConnection: void 0,
  cacheOptions: {
    shared: void 0,
    cacheHeuristic: void 0,
    immutableMinTimeToLive: void 0,
    ignoreCargoCult: void 0
  },
  https: {
    alpnProtocols: void 0,
    rejectUnauthorized: void 0,
    checkServerIdentity: void 0,
    serverName: void 0,
    certificateAuthority: void 0,
    key: void 0,
    certificate: void 0,
    passphrase: void 0,
    pfx: void 0,
    ciphers: void 0,
    honorCipherOrder: void 0,
    minVersion: void 0,
    maxVersion: void 0,
    signatureAlgorithms: void 0,
    tlsSessionLifetime: void 0,
    dhparam: void 0,
    ecdhCurve: void 0,
    certificateRevocationLists: void 0,
    secureOptions: void 0
  },
  encoding: void 0,
  resolveBodyOnly: false,
  isStream: false,
  responseType: "text",
  url: void 0,
  pagination: {
    transform(response) {
      if (response.request.options.responseType === "json") {
        return response.body;
      }
      const body = response.request.options.responseType === "buffer" ? decodeUint8Array(response.body, response.request.options.encoding) : response.body;
      return response.request.options.parseJson(body);
    },
    paginate({ response }) {
      const rawLinkHeader = response.headers.link;
      if (typeof rawLinkHeader !== "string" || rawLinkHeader.trim() === "") {
        return false;
      }
      const parsed = parseLinkHeader(rawLinkHeader);
      const next = parsed.find((entry) => !Object.hasOwn(entry.parameters, "anchor") && entry.parameters.rel?.replaceAll('"', "").toLowerCase().split(new RegExp("\\s+", "v")).includes("next"));
      if (next) {
        return {
          url: next.reference
        };
      }
      return false;
    },
    filter: () => true,
    shouldContinue: () => true,
    countLimit: Infinity,
    backoff: 0,
    requestLimit: 1e4,
    stackAllItems: false
  },
  setHost: true,
  maxHeaderSize: void 0,
  signal: void 0,
  enableUnixSockets: false,
  strictContentLength: true
};
var cloneHeaderValue = (value) => {
  if (Array.isArray(value)) {
    return [...value];
  }
  return typeof value === "number" ? String(value) : value;
};
var cloneHeaders = (headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "__proto__").map(([name, value]) => [name, cloneHeaderValue(value)]));
var cloneHttps = (https3) => Object.fromEntries(Object.entries(https3).map(([key, value]) => [key, Array.isArray(value) ? value.map((item) => distribution_default.plainObject(item) ? { ...item } : item) : value]));
var cloneInternals = (internals) => {
  const { hooks, retry } = internals;
  const result = {
    ...internals,
    url: internals.url ? new URL(internals.url) : void 0,
    context: { ...internals.context },
    cacheOptions: { ...internals.cacheOptions },
    https: cloneHttps(internals.https),
    agent: { ...internals.agent },
    headers: cloneHeaders(internals.headers),
    retry: {
      ...retry,
      errorCodes: [...retry.errorCodes],
      methods: [...retry.methods],
      statusCodes: [...retry.statusCodes]
    },
    timeout: { ...internals.timeout },
    hooks: Object.fromEntries(Object.entries(hooks).map(([event, handlers]) => [event, [...handlers]])),
    searchParams: internals.searchParams ? new URLSearchParams(internals.searchParams) : void 0,
    pagination: { ...internals.pagination }
  };
  return result;
};
var cloneRaw = (raw) => {
  const result = { ...raw };
  if (Object.hasOwn(raw, "https") && distribution_default.object(raw.https)) {
    result.https = cloneHttps(raw.https);
  }
  for (const key of ["context", "cacheOptions", "agent", "timeout", "pagination"]) {
    if (Object.hasOwn(raw, key) && distribution_default.object(raw[key])) {
      result[key] = { ...raw[key] };
    }
  }
  if (Object.hasOwn(raw, "headers") && distribution_default.object(raw.headers)) {
    result.headers = cloneHeaders(raw.headers);
  }
  if (Object.hasOwn(raw, "retry") && distribution_default.object(raw.retry)) {
    const { retry } = raw;
    result.retry = { ...retry };
    if (distribution_default.array(retry.errorCodes)) {
      result.retry.errorCodes = [...retry.errorCodes];
    }
    if (distribution_default.array(retry.methods)) {
      result.retry.methods = [...retry.methods];
    }
    if (distribution_default.array(retry.statusCodes)) {
      result.retry.statusCodes = [...retry.statusCodes];
    }
  }
  if (Object.hasOwn(raw, "hooks") && distribution_default.object(raw.hooks)) {
    const { hooks } = raw;
    result.hooks = {
      ...hooks
    };
    for (const event of Object.keys(defaultInternals.hooks)) {
      const handlers = hooks[event];
      if (distribution_default.array(handlers)) {
        result.hooks[event] = [...handlers];
      }
    }
  }
  if (Object.hasOwn(raw, "searchParams") && raw.searchParams) {
    if (distribution_default.string(raw.searchParams)) {
      result.searchParams = raw.searchParams;
    } else if (raw.searchParams instanceof URLSearchParams) {
      result.searchParams = new URLSearchParams(raw.searchParams);
    } else {
      assertPlainObject2("searchParams", raw.searchParams);
      result.searchParams = { ...raw.searchParams };
    }
  }
  return result;
};
var getHttp2Timeout = (internals) => {
  const delays = [
    ["lookup", internals.timeout.lookup],
    ["connect", internals.timeout.connect],
    ["secureConnect", internals.timeout.secureConnect],
    ["request", internals.timeout.request]
  ].filter((entry) => typeof entry[1] === "number" && isArmableTimerDelay(entry[1]));
  if (delays.length === 0) {
    return void 0;
  }
  let lowest = delays[0];
  for (const entry of delays) {
    if (entry[1] < lowest[1]) {
      lowest = entry;
    }
  }
  return { timeout: lowest[1], phase: lowest[0] };
};
var usesHttp2Alpn = (internals, url) => {
  const usesCustomHttpsAgent = internals.agent.https !== void 0 && internals.agent.https !== false && internals.createConnection === void 0;
  return internals.http2 && url.protocol === "https:" && !internals.h2session && !usesCustomHttpsAgent;
};
var trackReplacedHeaderMutations = (trackedStateMutations, previousHeaders, nextHeaders) => {
  if (!trackedStateMutations) {
    return;
  }
  for (const header of /* @__PURE__ */ new Set([...Object.keys(previousHeaders), ...Object.keys(nextHeaders)])) {
    if (previousHeaders[header] !== nextHeaders[header]) {
      trackedStateMutations.add(header);
    }
  }
};
var init = (options, withOptions, self) => {
  const initHooks = options.hooks?.init;
  if (initHooks) {
    for (const hook of initHooks) {
      hook(withOptions, self);
    }
  }
};
var nonMergeableKeys = /* @__PURE__ */ new Set(["mutableDefaults", "handlers", "url", "preserveHooks", "isStream", "__proto__"]);
var resettableByUndefined = /* @__PURE__ */ new Set(["searchParams", "cookieJar"]);
var hasExplicitBodyOption = (options) => Object.hasOwn(options, "body") && options.body !== void 0 || Object.hasOwn(options, "json") && options.json !== void 0 || Object.hasOwn(options, "form") && options.form !== void 0;
var Options = class _Options {
  #internals;
  #headersProxy;
  #merging = false;
  #init;
  #explicitHeaders;
  #trackedStateMutations;
  constructor(input, options, defaults2) {
    assertAny2("input", [distribution_default.string, distribution_default.urlInstance, distribution_default.object, distribution_default.undefined], input);
    assertAny2("options", [distribution_default.object, distribution_default.undefined], options);
    assertAny2("defaults", [distribution_default.object, distribution_default.undefined], defaults2);
    if (input instanceof _Options || options instanceof _Options) {
      throw new TypeError("The defaults must be passed as the third argument");
    }
    if (defaults2) {
      this.#internals = cloneInternals(defaults2.#internals);
      this.#init = [...defaults2.#init];
      this.#explicitHeaders = new Set(defaults2.#explicitHeaders);
    } else {
      this.#internals = cloneInternals(defaultInternals);
      this.#init = [];
      this.#explicitHeaders = /* @__PURE__ */ new Set();
    }
    this.#headersProxy = this.#createHeadersProxy();
    try {
      if (distribution_default.plainObject(input)) {
        if (options?.url !== void 0) {
          throw new TypeError("The `url` option is mutually exclusive with the `input` argument");
        }
        try {
          this.merge(input);
          this.merge(options);
        } finally {
          this.url = input.url;
        }
      } else {
        try {
          this.merge(options);
        } finally {
          if (options?.url !== void 0) {
            if (input === void 0) {
              this.url = options.url;
            } else {
              throw new TypeError("The `url` option is mutually exclusive with the `input` argument");
            }
          } else if (input !== void 0) {
            this.url = input;
          }
        }
      }
    } catch (error) {
      const optionsError = normalizeError(error);
      optionsError.options = this;
      throw optionsError;
    }
  }
  merge(options) {
    if (!options) {
      return;
    }
    if (options instanceof _Options) {
      const initArray = [...options.#init];
      for (const init2 of initArray) {
        this.merge(init2);
      }
      return;
    }
    options = cloneRaw(options);
    init(this, options, this);
    init(options, options, this);
    this.#merging = true;
    try {
      let push = false;
      for (const key of Object.keys(options)) {
        if (nonMergeableKeys.has(key)) {
          continue;
        }
        if (!optionNames.has(key)) {
          throw new Error(`Unexpected option: ${key}`);
        }
        const value = options[key];
        if (value === void 0 && !resettableByUndefined.has(key)) {
          continue;
        }
        this[key] = value;
        push = true;
      }
      if (push) {
        this.#init.push(options);
      }
    } finally {
      this.#merging = false;
    }
  }
  /**
      Custom request function.
  
      @default Got's built-in HTTP/1.1 or HTTP/2 request implementation
      */
  get request() {
    return this.#internals.request;
  }
  set request(value) {
    assertAny2("request", [distribution_default.function, distribution_default.undefined], value);
    this.#internals.request = value;
  }
  /**
      An object representing `http`, `https` and `http2` keys for [`http.Agent`](https://nodejs.org/api/http.html#http_class_http_agent), [`https.Agent`](https://nodejs.org/api/https.html#https_class_https_agent), and Got's internal HTTP/2 session pool.
      This is necessary because a request to one protocol might redirect to another.
      In such a scenario, Got will switch over to the right protocol agent for you.
      When `http2` is enabled, a custom `agent.https` instance makes Got use the native HTTP/1.1 request path because Got's built-in HTTP/2 session pool does not support custom HTTPS agents.
  
      If a key is not present, it will default to a global agent.
  
      @example
      ```
      import got from 'got';
      import HttpAgent from 'agentkeepalive';
  
      const {HttpsAgent} = HttpAgent;
  
      await got('https://sindresorhus.com', {
          agent: {
              http: new HttpAgent(),
              https: new HttpsAgent()
          }
      });
      ```
      */
  get agent() {
    return this.#internals.agent;
  }
  set agent(value) {
    assertPlainObject2("agent", value);
    for (const key of Object.keys(value)) {
      if (key === "__proto__") {
        continue;
      }
      if (!Object.hasOwn(defaultInternals.agent, key)) {
        throw new TypeError(`Unexpected agent option: ${key}`);
      }
      const validators = key === "http2" ? [distribution_default.undefined, (v) => v === false] : [distribution_default.object, distribution_default.undefined, (v) => v === false];
      assertAny2(`agent.${key}`, validators, value[key]);
    }
    this.#mergeOrReplace("agent", value);
  }
  get h2session() {
    return this.#internals.h2session;
  }
  set h2session(value) {
    assertAny2("h2session", [distribution_default.object, distribution_default.undefined], value);
    this.#internals.h2session = value;
  }
  /**
      Decompress the response automatically.
  
      This will set the `accept-encoding` header to `gzip, deflate, br` unless you set it yourself.
  
      If this is disabled, a compressed response is returned as a `Uint8Array`.
      This may be useful if you want to handle decompression yourself or stream the raw compressed data.
  
      @default true
      */
  get decompress() {
    return this.#internals.decompress;
  }
  set decompress(value) {
    assert.boolean(value);
    this.#internals.decompress = value;
  }
  /**
      Milliseconds to wait for the server to end the response before aborting the request with `got.TimeoutError` error (a.k.a. `request` property).
      By default, there's no timeout.
  
      This also accepts an `object` with the following fields to constrain the duration of each phase of the request lifecycle:
  
      - `lookup` starts when a socket is assigned and ends when the hostname has been resolved.
          Does not apply when using a Unix domain socket.
      - `connect` starts when `lookup` completes (or when the socket is assigned if lookup does not apply to the request) and ends when the socket is connected.
      - `secureConnect` starts when `connect` completes and ends when the handshaking process completes (HTTPS only).
      - `socket` starts when the socket is connected. See [request.setTimeout](https://nodejs.org/api/http.html#http_request_settimeout_timeout_callback).
      - `response` starts when the request has been written to the socket and ends when the response headers are received.
      - `send` starts when the socket is connected and ends with the request has been written to the socket.
      - `request` starts when the request is initiated and ends when the response's end event fires.
      */
  get timeout() {
    return this.#internals.timeout;
  }
  set timeout(value) {
    assertPlainObject2("timeout", value);
    for (const key of Object.keys(value)) {
      if (key === "__proto__") {
        continue;
      }
      if (!Object.hasOwn(defaultInternals.timeout, key)) {
        throw new Error(`Unexpected timeout option: ${key}`);
      }
      assertAny2(`timeout.${key}`, [distribution_default.number, distribution_default.undefined], value[key]);
    }
    this.#mergeOrReplace("timeout", value);
  }
  /**
      When specified, `prefixUrl` will be prepended to relative string `url` input.
      The prefix must be an absolute URL, since Got has no base to resolve it against. It must not contain a query string or a fragment.
      A trailing slash `/` is optional - one will be added automatically.
  
      __Note__: Absolute string URLs and URL instances bypass `prefixUrl` by default. Other instance defaults, including headers, still apply. For untrusted URLs, set `allowAbsoluteUrls` to `false`.
  
      __Note__: Got cannot know which custom headers are sensitive. If you use headers like `x-api-key`, only pass trusted URLs or use `allowAbsoluteUrls: false`.
  
      __Note__: Leading slashes in `input` are disallowed when using this option to enforce consistency and avoid confusion.
      For example, when the prefix URL is `https://example.com/foo` and the input is `/bar`, there's ambiguity whether the resulting URL would become `https://example.com/foo/bar` or `https://example.com/bar`.
      The latter is used by browsers.
  
      __Tip__: Useful when used with `got.extend()` to create niche-specific Got instances.
  
      __Tip__: You can change `prefixUrl` using hooks as long as the URL still includes the `prefixUrl`.
      If the URL doesn't include it anymore, it will throw.
  
      @example
      ```
      import got from 'got';
  
      await got('unicorn', {prefixUrl: 'https://cats.com'});
      //=> 'https://cats.com/unicorn'
  
      const instance = got.extend({
          prefixUrl: 'https://google.com'
      });
  
      await instance('unicorn', {
          hooks: {
              beforeRequest: [
                  options => {
                      options.prefixUrl = 'https://cats.com';
                  }
              ]
          }
      });
      //=> 'https://cats.com/unicorn'
      ```
      */
  get prefixUrl() {
    return this.#internals.prefixUrl;
  }
  set prefixUrl(value) {
    assertAny2("prefixUrl", [distribution_default.string, distribution_default.urlInstance], value);
    if (value === "") {
      this.#internals.prefixUrl = "";
      return;
    }
    value = value.toString();
    if (hasProtocolSlashes(value)) {
      const prefix = new URL(value);
      if (prefix.search !== "" || prefix.hash !== "") {
        throw new TypeError("The `prefixUrl` option must not contain a query string or a fragment");
      }
    }
    if (!value.endsWith("/")) {
      value += "/";
    }
    if (this.#internals.prefixUrl && this.#internals.url) {
      const url = this.#internals.url;
      const previousUrl = new URL(url);
      const { username, password } = url;
      const urlWithoutCredentials = new URL(url);
      urlWithoutCredentials.username = "";
      urlWithoutCredentials.password = "";
      let prefixUrlWithoutCredentials = this.#internals.prefixUrl.toString();
      let hasNewPrefixCredentials = false;
      if (isAbsoluteUrl(value)) {
        const nextPrefixUrl = new URL(value);
        hasNewPrefixCredentials = nextPrefixUrl.username !== "" || nextPrefixUrl.password !== "";
      }
      if (isAbsoluteUrl(this.#internals.prefixUrl)) {
        const prefixUrl = new URL(this.#internals.prefixUrl);
        prefixUrl.username = "";
        prefixUrl.password = "";
        prefixUrlWithoutCredentials = prefixUrl.href;
      }
      if (!urlWithoutCredentials.href.startsWith(prefixUrlWithoutCredentials)) {
        throw new Error("The `url` option must include the `prefixUrl` option");
      }
      url.href = value + urlWithoutCredentials.href.slice(prefixUrlWithoutCredentials.length);
      const isSameOriginUrl = isSameOrigin(previousUrl, url);
      if (username && !url.username && isSameOriginUrl && !hasNewPrefixCredentials) {
        url.username = username;
      }
      if (password && !url.password && isSameOriginUrl && !hasNewPrefixCredentials) {
        url.password = password;
      }
    }
    this.#internals.prefixUrl = value;
    this.#trackedStateMutations?.add("prefixUrl");
  }
  /**
      __Note #1__: The `body` option cannot be used with the `json` or `form` option.
  
      __Note #2__: If you provide this option, `got.stream()` will be read-only.
  
      __Note #3__: If you provide a payload with the `GET` or `HEAD` method, it will throw a `TypeError` unless the method is `GET` and the `allowGetBody` option is set to `true`.
  
      __Note #4__: This option is not enumerable and will not be merged with the instance defaults.
  
      The `content-length` header will be automatically set if `body` is a `string` or an `ArrayBufferView` (including `Uint8Array`, other typed arrays, and `DataView`), and `content-length` and `transfer-encoding` are not manually set in `options.headers`.
  
      Since Got 12, the `content-length` is not automatically set when `body` is a `fs.createReadStream`.
  
      You can use `Iterable` and `AsyncIterable` objects as request body, including Web [`ReadableStream`](https://developer.mozilla.org/en-US/docs/Web/API/ReadableStream):
  
      @example
      ```
      import got from 'got';
  
      // Using an async generator
      async function* generateData() {
          yield 'Hello, ';
          yield 'world!';
      }
  
      await got.post('https://httpbin.org/anything', {
          body: generateData()
      });
      ```
      */
  get body() {
    return this.#internals.body;
  }
  set body(value) {
    assertAny2("body", [distribution_default.string, distribution_default.buffer, distribution_default.nodeStream, distribution_default.generator, distribution_default.asyncGenerator, distribution_default.iterable, distribution_default.asyncIterable, ArrayBuffer.isView, distribution_default.undefined], value);
    if (distribution_default.nodeStream(value)) {
      assert.truthy(value.readable);
    }
    if (value !== void 0) {
      assert.undefined(this.#internals.form);
      assert.undefined(this.#internals.json);
    }
    this.#internals.body = value;
    this.#trackedStateMutations?.add("body");
  }
  /**
      The form body is converted to a query string using [`(new URLSearchParams(object)).toString()`](https://nodejs.org/api/url.html#url_constructor_new_urlsearchparams_obj).
  
      If the `Content-Type` header is not present, it will be set to `application/x-www-form-urlencoded`.
  
      __Note #1__: If you provide this option, `got.stream()` will be read-only.
  
      __Note #2__: This option is not enumerable and will not be merged with the instance defaults.
      */
  get form() {
    return this.#internals.form;
  }
  set form(value) {
    assertAny2("form", [distribution_default.plainObject, distribution_default.undefined], value);
    if (value !== void 0) {
      assert.undefined(this.#internals.body);
      assert.undefined(this.#internals.json);
    }
    this.#internals.form = value;
    this.#trackedStateMutations?.add("form");
  }
  /**
      JSON request body. If the `content-type` header is not set, it will be set to `application/json`.
  
      __Important__: This option only affects the request body you send to the server. To parse the response as JSON, you must either call `.json()` on the promise or set `responseType: 'json'` in the options.
  
      __Note #1__: If you provide this option, `got.stream()` will be read-only.
  
      __Note #2__: This option is not enumerable and will not be merged with the instance defaults.
      */
  get json() {
    return this.#internals.json;
  }
  set json(value) {
    if (value !== void 0) {
      assert.undefined(this.#internals.body);
      assert.undefined(this.#internals.form);
    }
    this.#internals.json = value;
    this.#trackedStateMutations?.add("json");
  }
  /**
      The URL to request, as a string or a [WHATWG `URL`](https://nodejs.org/api/url.html#url_class_url).
  
      Pass it as the first argument to `got(url, options)`. Setting `url` inside an options object is not supported.
  
      Properties from `options` will override properties in the parsed `url`.
  
      If no protocol is specified, it will throw a `TypeError`.
  
      __Note__: The query string is **not** parsed as search params.
  
      @example
      ```
      await got('https://example.com/?query=a b'); //=> https://example.com/?query=a%20b
      await got('https://example.com/', {searchParams: {query: 'a b'}}); //=> https://example.com/?query=a+b
  
      // The query string is overridden by `searchParams`
      await got('https://example.com/?query=a b', {searchParams: {query: 'a b'}}); //=> https://example.com/?query=a+b
      ```
      */
  get url() {
    return this.#internals.url;
  }
  set url(value) {
    assertAny2("url", [distribution_default.string, distribution_default.urlInstance, distribution_default.undefined], value);
    if (value === void 0) {
      this.#internals.url = void 0;
      this.#trackedStateMutations?.add("url");
      return;
    }
    if (distribution_default.string(value) && value.startsWith("/")) {
      throw new Error("`url` must not start with a slash");
    }
    const valueString = value.toString();
    if (distribution_default.string(value) && !this.prefixUrl && hasHttpProtocolWithoutSlashes(stripLeadingC0ControlOrSpace(removeAsciiTabOrNewline(value)))) {
      throw new Error("`url` protocol must be followed by `//`");
    }
    const isAbsolute = isAbsoluteUrl(value);
    assertRelativeUrlIfNeeded(this, value);
    const urlString = isAbsolute ? valueString : `${this.prefixUrl}${valueString}`;
    const url = new URL(urlString);
    if (usesUnixSocket(url) && !this.#internals.enableUnixSockets) {
      throw new Error("Using UNIX domain sockets but option `enableUnixSockets` is not enabled");
    }
    if (url.protocol === "unix:") {
      url.href = `http://unix${url.pathname}${url.search}`;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      const error = new Error(`Unsupported protocol: ${url.protocol}`);
      error.code = "ERR_UNSUPPORTED_PROTOCOL";
      throw error;
    }
    this.#internals.url = url;
    this.#trackedStateMutations?.add("url");
    if (this.#internals.username) {
      url.username = this.#internals.username;
      this.#internals.username = "";
    }
    if (this.#internals.password) {
      url.password = this.#internals.password;
      this.#internals.password = "";
    }
    if (this.#internals.searchParams) {
      url.search = this.#internals.searchParams.toString();
      this.#internals.searchParams = void 0;
    }
  }
  /**
      Cookie support. You don't have to care about parsing or how to store them.
  
      __Note__: If you provide this option, `options.headers.cookie` will be overridden.
      */
  get cookieJar() {
    return this.#internals.cookieJar;
  }
  set cookieJar(value) {
    assertAny2("cookieJar", [distribution_default.object, distribution_default.undefined], value);
    if (value === void 0) {
      this.#internals.cookieJar = void 0;
      return;
    }
    const { setCookie, getCookieString } = value;
    assert.function(setCookie);
    assert.function(getCookieString);
    if (isToughCookieJar(value)) {
      this.#internals.cookieJar = {
        setCookie: promisify(value.setCookie.bind(value)),
        getCookieString: promisify(value.getCookieString.bind(value))
      };
    } else {
      this.#internals.cookieJar = value;
    }
  }
  /**
      You can abort the `request` using [`AbortController`](https://developer.mozilla.org/en-US/docs/Web/API/AbortController).
  
      @example
      ```
      import got from 'got';
  
      const abortController = new AbortController();
  
      const request = got('https://httpbin.org/anything', {
          signal: abortController.signal
      });
  
      setTimeout(() => {
          abortController.abort();
      }, 100);
      ```
      */
  get signal() {
    return this.#internals.signal;
  }
  set signal(value) {
    assertAny2("signal", [distribution_default.object, distribution_default.undefined], value);
    this.#internals.signal = value;
  }
  /**
      Ignore invalid cookies instead of throwing an error.
      Only useful when the `cookieJar` option has been set. Not recommended.
  
      @default false
      */
  get ignoreInvalidCookies() {
    return this.#internals.ignoreInvalidCookies;
  }
  set ignoreInvalidCookies(value) {
    assert.boolean(value);
    this.#internals.ignoreInvalidCookies = value;
  }
  /**
      Query string that will be added to the request URL.
      This will override the query string in `url`.
  
      If you need to pass in an array, you can do it using a `URLSearchParams` instance.
  
      @example
      ```
      import got from 'got';
  
      const searchParams = new URLSearchParams([['key', 'a'], ['key', 'b']]);
  
      await got('https://example.com', {searchParams});
  
      console.log(searchParams.toString());
      //=> 'key=a&key=b'
      ```
      */
  get searchParams() {
    if (Object.isFrozen(this.#internals)) {
      const { url } = this.#internals;
      return new URLSearchParams(url ? url.searchParams : this.#internals.searchParams);
    }
    if (this.#internals.url) {
      return this.#internals.url.searchParams;
    }
    this.#internals.searchParams ??= new URLSearchParams();
    return this.#internals.searchParams;
  }
  set searchParams(value) {
    assertAny2("searchParams", [distribution_default.string, distribution_default.object, distribution_default.undefined], value);
    if (Object.isFrozen(this.#internals)) {
      throw new TypeError("Cannot assign to read only option `searchParams`");
    }
    const url = this.#internals.url;
    if (value === void 0) {
      this.#internals.searchParams = void 0;
      if (url) {
        url.search = "";
      }
      return;
    }
    const searchParameters = this.searchParams;
    let updated;
    if (distribution_default.string(value) || value instanceof URLSearchParams) {
      updated = new URLSearchParams(value);
    } else {
      assertPlainObject2("searchParams", value);
      validateSearchParameters(value);
      updated = new URLSearchParams();
      for (const [key, entry] of Object.entries(value)) {
        if (key === "__proto__") {
          continue;
        }
        if (entry === null) {
          updated.append(key, "");
        } else if (entry === void 0) {
          searchParameters.delete(key);
        } else {
          updated.append(key, entry);
        }
      }
    }
    if (this.#merging) {
      for (const key of updated.keys()) {
        searchParameters.delete(key);
      }
      for (const [key, value2] of updated) {
        searchParameters.append(key, value2);
      }
    } else if (url) {
      url.search = updated.toString();
    } else {
      this.#internals.searchParams = updated;
    }
  }
  get dnsLookup() {
    return this.#internals.dnsLookup;
  }
  set dnsLookup(value) {
    assertAny2("dnsLookup", [distribution_default.function, distribution_default.undefined], value);
    this.#internals.dnsLookup = value;
  }
  /**
      A DNS cache instance used for making DNS lookups.
      Useful when making lots of requests to different *public* hostnames.
      Set to `true` to use Got's shared DNS cache.
      When using `got.extend()`, set to `false` to opt out of a DNS cache configured by the parent instance.
  
      Got's built-in DNS cache uses `dns.resolve4(…)` and `dns.resolve6(…)` under the hood and falls back to `dns.lookup(…)` when no DNS records are found, which may lead to additional delay.
      Because it resolves A and AAAA records separately, it cannot preserve OS-specific `verbatim` address ordering from `dns.lookup(…)`.
      If present, `clear(hostname?)` can be called by user code to clear cached entries.
  
      __Note__: This should stay disabled when making requests to internal hostnames such as `localhost`, `database.local` etc.
  
      @default undefined
      */
  get dnsCache() {
    return this.#internals.dnsCache;
  }
  set dnsCache(value) {
    assertAny2("dnsCache", [distribution_default.object, distribution_default.boolean, distribution_default.undefined], value);
    if (value === true) {
      this.#internals.dnsCache = getGlobalDnsCache();
    } else if (value === false) {
      this.#internals.dnsCache = void 0;
    } else {
      if (value !== void 0) {
        assertAny2("dnsCache.lookup", [distribution_default.function], value.lookup);
        assertAny2("dnsCache.clear", [distribution_default.function, distribution_default.undefined], value.clear);
      }
      this.#internals.dnsCache = value;
    }
  }
  /**
      User data. `context` is shallow merged and enumerable. If it contains non-enumerable properties they will NOT be merged.
  
      @example
      ```
      import got from 'got';
  
      const instance = got.extend({
          hooks: {
              beforeRequest: [
                  options => {
                      if (!options.context || !options.context.token) {
                          throw new Error('Token required');
                      }
  
                      options.headers.token = options.context.token;
                  }
              ]
          }
      });
  
      const context = {
          token: 'secret'
      };
  
      const response = await instance('https://httpbin.org/headers', {context});
  
      // Let's see the headers
      console.log(response.body);
      ```
      */
  get context() {
    return this.#internals.context;
  }
  set context(value) {
    assert.object(value);
    this.#mergeOrReplace("context", value);
  }
  /**
  Hooks allow modifications during the request lifecycle.
  Hook functions may be async and are run serially.
  */
  get hooks() {
    return this.#internals.hooks;
  }
  set hooks(value) {
    assert.object(value);
    for (const knownHookEvent of Object.keys(value)) {
      if (knownHookEvent === "__proto__") {
        continue;
      }
      if (!Object.hasOwn(this.#internals.hooks, knownHookEvent)) {
        throw new Error(`Unexpected hook event: ${knownHookEvent}`);
      }
      const typedKnownHookEvent = knownHookEvent;
      const hooks = value[typedKnownHookEvent];
      assertAny2(`hooks.${knownHookEvent}`, [distribution_default.array, distribution_default.undefined], hooks);
      if (!hooks) {
        continue;
      }
      for (const hook of hooks) {
        assert.function(hook);
      }
      if (this.#merging) {
        this.#internals.hooks[typedKnownHookEvent].push(...hooks);
      } else {
        this.#internals.hooks[knownHookEvent] = [...hooks];
      }
    }
  }
  /**
      Whether redirect responses should be followed automatically.
  
      Optionally, pass a function to dynamically decide based on the response object. The function is only called for 3xx responses, and an unchanged function is evaluated only once per response.
  
      Note that if a `303` is sent by the server in response to any request type (`POST`, `DELETE`, etc.), Got will automatically request the resource pointed to in the location header via `GET`.
      This is in accordance with [the spec](https://tools.ietf.org/html/rfc7231#section-6.4.4). You can optionally turn on this behavior also for other redirect codes - see `methodRewriting`.
      On cross-origin redirects, Got strips `host`, `cookie`, `cookie2`, `authorization`, and `proxy-authorization`. When a redirect rewrites the request to `GET`, Got also strips request body headers. Use `hooks.beforeRedirect` for app-specific sensitive headers.
  
      @default true
      */
  get followRedirect() {
    return this.#internals.followRedirect;
  }
  set followRedirect(value) {
    assertAny2("followRedirect", [distribution_default.boolean, distribution_default.function], value);
    this.#internals.followRedirect = value;
  }
  /**
      If exceeded, the request will be aborted and a `MaxRedirectsError` will be thrown.
  
      @default 10
      */
  get maxRedirects() {
    return this.#internals.maxRedirects;
  }
  set maxRedirects(value) {
    assertCount("maxRedirects", value);
    this.#internals.maxRedirects = value;
  }
  /**
      A cache adapter instance for storing cached response data.
  
      @default undefined
      */
  get cache() {
    return this.#internals.cache;
  }
  set cache(value) {
    assertAny2("cache", [distribution_default.object, distribution_default.string, distribution_default.boolean, distribution_default.undefined], value);
    if (value === true) {
      this.#internals.cache = globalCache;
    } else if (value === false) {
      this.#internals.cache = void 0;
    } else {
      this.#internals.cache = wrapQuickLruIfNeeded(value);
    }
  }
  /**
      Determines if a `got.HTTPError` is thrown for unsuccessful responses.
  
      If this is disabled, requests that encounter an error status code will be resolved with the `response` instead of throwing.
      This may be useful if you are checking for resource availability and are expecting error responses.
  
      @default true
      */
  get throwHttpErrors() {
    return this.#internals.throwHttpErrors;
  }
  set throwHttpErrors(value) {
    assert.boolean(value);
    this.#internals.throwHttpErrors = value;
  }
  get username() {
    return this.#getCredential("username");
  }
  set username(value) {
    assert.string(value);
    this.#setCredential("username", value);
  }
  get password() {
    return this.#getCredential("password");
  }
  set password(value) {
    assert.string(value);
    this.#setCredential("password", value);
  }
  /**
      If set to `true`, Got will additionally accept HTTP/2 requests.
  
      It will choose either HTTP/1.1 or HTTP/2 depending on the ALPN protocol. When a custom `agent.https` instance is set, Got uses that native HTTPS agent directly and skips HTTP/2 negotiation.
  
      __Note__: If `options.request` returns a request or response, it controls the transport and Got's HTTP/2 client is bypassed. Return `undefined` to fall back to Got's built-in transport.
  
      @default false
  
      @example
      ```
      import got from 'got';
  
      const {headers} = await got('https://nghttp2.org/httpbin/anything', {http2: true});
  
      console.log(headers.via);
      //=> '2 nghttpx'
      ```
      */
  get http2() {
    return this.#internals.http2;
  }
  set http2(value) {
    assert.boolean(value);
    this.#internals.http2 = value;
  }
  /**
      Set this to `true` to allow sending body for the `GET` method.
      This option is only meant to interact with non-compliant servers when you have no other choice.
  
      __Note__: The [RFC 7231](https://tools.ietf.org/html/rfc7231#section-4.3.1) doesn't specify any particular behavior for the GET method having a payload, therefore __it's considered an [anti-pattern](https://en.wikipedia.org/wiki/Anti-pattern)__.
  
      @default false
      */
  get allowGetBody() {
    return this.#internals.allowGetBody;
  }
  set allowGetBody(value) {
    assert.boolean(value);
    this.#internals.allowGetBody = value;
  }
  /**
      Allow absolute URLs to bypass `prefixUrl`.
  
      When set to `false` with `prefixUrl`, passing an absolute `url` will throw. This also rejects scheme-relative URL strings like `//example.com/path` in retry and pagination URL overrides. Use this when untrusted URL input must stay on the same origin as the configured `prefixUrl`. This is not a path sandbox: relative paths like `../other` still follow standard URL resolution on the same origin. Set `prefixUrl` to an empty string for a request that intentionally needs an absolute URL.
  
      __Note__: This guards the `url` you pass. It does not block cross-origin redirects issued by the server, though inherited sensitive headers are still stripped when a redirect changes origin.
  
      __Note__: The check is defeated if the same hook or `pagination.paginate(…)` return also sets `prefixUrl` or `allowAbsoluteUrls`. Do not populate those options from untrusted data.
  
      @default true
      */
  get allowAbsoluteUrls() {
    return this.#internals.allowAbsoluteUrls;
  }
  set allowAbsoluteUrls(value) {
    assert.boolean(value);
    this.#internals.allowAbsoluteUrls = value;
  }
  /**
      Automatically copy headers from piped streams.
  
      When piping a request into a Got stream (e.g., `request.pipe(got.stream(url))`), this controls whether headers from the source stream are automatically merged into the Got request headers.
  
      Note: Explicitly set headers take precedence over piped headers. Piped headers are only copied when a header is not already explicitly set.
  
      Useful for proxy scenarios when explicitly enabled. Got automatically omits `host`, `authorization`, `cookie`, `cookie2`, `set-cookie`, `set-cookie2`, hop-by-hop headers, and headers nominated by `Connection`/`Proxy-Connection`. Got cannot know which app-specific headers are sensitive. Leave `copyPipedHeaders` disabled and copy only safe headers manually, or explicitly omit those headers before piping. If you trust the upstream and want to forward credentials, pass them explicitly in `headers`.
  
      @default false
  
      @example
      ```
      import got from 'got';
      import {pipeline} from 'node:stream/promises';
  
      // Opt in to automatic header copying for proxy scenarios
      server.get('/proxy', async (request, response) => {
          const gotStream = got.stream('https://example.com', {
              copyPipedHeaders: true,
              // Explicit headers win over piped headers.
              // Add credentials here only when the upstream is trusted.
              headers: {
                  host: 'example.com',
              }
          });
  
          await pipeline(request, gotStream, response);
      });
      ```
  
      @example
      ```
      import got from 'got';
      import {pipeline} from 'node:stream/promises';
  
      // Keep it disabled and manually copy only safe headers
      server.get('/proxy', async (request, response) => {
          const gotStream = got.stream('https://example.com', {
              headers: {
                  'user-agent': request.headers['user-agent'],
                  'accept': request.headers['accept'],
                  // Explicitly NOT copying host, connection, authorization, etc.
              }
          });
  
          await pipeline(request, gotStream, response);
      });
      ```
      */
  get copyPipedHeaders() {
    return this.#internals.copyPipedHeaders;
  }
  set copyPipedHeaders(value) {
    assert.boolean(value);
    this.#internals.copyPipedHeaders = value;
  }
  isHeaderExplicitlySet(name) {
    return this.#explicitHeaders.has(name.toLowerCase());
  }
  shouldCopyPipedHeader(name) {
    return !this.isHeaderExplicitlySet(name);
  }
  setPipedHeader(name, value) {
    assertValidHeaderName(name);
    this.#internals.headers[name.toLowerCase()] = value;
  }
  getInternalHeaders() {
    return this.#internals.headers;
  }
  setInternalHeader(name, value) {
    if (value === void 0) {
      this.deleteInternalHeader(name);
      return;
    }
    assertValidHeaderName(name);
    this.#internals.headers[name.toLowerCase()] = value;
  }
  deleteInternalHeader(name) {
    delete this.#internals.headers[name.toLowerCase()];
  }
  async trackStateMutations(operation) {
    const changedState = /* @__PURE__ */ new Set();
    this.#trackedStateMutations = changedState;
    try {
      return await operation(changedState);
    } finally {
      this.#trackedStateMutations = void 0;
    }
  }
  clearBody() {
    this.body = void 0;
    this.json = void 0;
    this.form = void 0;
    for (const header of bodyHeaderNames) {
      this.deleteInternalHeader(header);
    }
  }
  clearUnchangedCookieHeader(previousState, changedState) {
    if (previousState?.hadCookieJar && this.cookieJar === void 0 && !this.isHeaderExplicitlySet("cookie") && !changedState?.has("cookie") && this.headers.cookie === previousState.headers.cookie) {
      this.deleteInternalHeader("cookie");
    }
  }
  restoreCookieHeader(previousState, headers) {
    if (!previousState || Object.keys(headers ?? {}).some((name) => name.toLowerCase() === "cookie")) {
      return;
    }
    if (previousState.cookieWasExplicitlySet) {
      this.headers.cookie = previousState.headers.cookie;
      return;
    }
    delete this.headers.cookie;
    if (previousState.headers.cookie !== void 0) {
      this.setInternalHeader("cookie", previousState.headers.cookie);
    }
  }
  syncCookieHeaderAfterMerge(previousState, headers) {
    this.restoreCookieHeader(previousState, headers);
    this.clearUnchangedCookieHeader(previousState);
  }
  stripUnchangedCrossOriginState(previousState, changedState, { clearBody = true } = {}) {
    const headers = this.getInternalHeaders();
    const url = this.#internals.url;
    for (const header of crossOriginStripHeaders) {
      if (!changedState.has(header) && headers[header] === previousState.headers[header]) {
        this.deleteInternalHeader(header);
      }
    }
    for (const credential of ["username", "password"]) {
      if (!hasExplicitCredentialInUrlChange(changedState, url, credential)) {
        this[credential] = "";
      }
    }
    if (clearBody && !hasBodyOptionChanged(changedState) && isBodyUnchanged(this, previousState)) {
      this.clearBody();
    }
  }
  /**
  Strip sensitive headers and credentials when navigating to a different origin.
  Headers and credentials explicitly provided in `userOptions` are preserved.
  */
  stripSensitiveHeaders(previousUrl, nextUrl, userOptions) {
    if (isSameOrigin(previousUrl, nextUrl)) {
      return;
    }
    const headers = lowercaseKeys2(userOptions.headers ?? {});
    for (const header of crossOriginStripHeaders) {
      if (headers[header] === void 0) {
        this.deleteInternalHeader(header);
      }
    }
    for (const credential of ["username", "password"]) {
      const hasExplicitCredential = Object.hasOwn(userOptions, credential) && userOptions[credential] !== void 0 || hasCredentialInUrl(userOptions.url, credential) || hasCredentialInUrl(userOptions.prefixUrl, credential) || isCrossOriginCredentialChanged(previousUrl, nextUrl, credential);
      if (!hasExplicitCredential && this[credential] !== "") {
        this[credential] = "";
      }
    }
  }
  /**
      Merge the options for a follow-up request into `this` and apply the cross-origin rules. This is shared by `afterResponse` retries (when the hook passes a new options object) and by pagination.
  
      Returns the resolved `nextUrl` when `updatedOptions.url` was supplied, so callers can run their own checks on it, and whether the caller supplied an explicit body.
      */
  mergeNextRequestOptions(updatedOptions, { previousUrl, previousState, previousBoundary, baseUrl }) {
    const hasExplicitBody = hasExplicitBodyOption(updatedOptions);
    const clearsCookieJar = Object.hasOwn(updatedOptions, "cookieJar") && updatedOptions.cookieJar === void 0;
    if (hasExplicitBody) {
      const contentType = this.isHeaderExplicitlySet("content-type") ? this.headers["content-type"] : void 0;
      this.clearBody();
      this.setInternalHeader("content-type", contentType);
    }
    if (clearsCookieJar) {
      this.cookieJar = void 0;
    }
    const { url, ...updatedOptionsWithoutUrl } = updatedOptions;
    this.merge(updatedOptionsWithoutUrl);
    this.syncCookieHeaderAfterMerge(previousState, updatedOptionsWithoutUrl.headers);
    const currentUrl = this.url;
    if (previousUrl && currentUrl instanceof URL && hasUrlOrPrefixUrlBoundaryChanged(this, currentUrl, previousBoundary)) {
      assertUrlHasSameOriginAsPrefixUrlIfNeeded(this, currentUrl);
    }
    if (url === void 0 && previousUrl && currentUrl instanceof URL && !isSameOrigin(previousUrl, currentUrl)) {
      this.stripSensitiveHeaders(previousUrl, currentUrl, updatedOptions);
      if (!hasExplicitBody) {
        this.clearBody();
      }
    }
    let nextUrl;
    if (url !== void 0) {
      nextUrl = applyUrlOverride(this, url, { ...updatedOptions, baseUrl });
      if (updatedOptions.searchParams !== void 0) {
        this.searchParams = updatedOptions.searchParams;
      }
      if (previousUrl) {
        this.stripSensitiveHeaders(previousUrl, nextUrl, updatedOptions);
        if (!isSameOrigin(previousUrl, nextUrl) && !hasExplicitBody) {
          this.clearBody();
        }
      }
    }
    return { nextUrl, hasExplicitBody };
  }
  /**
      Request headers.
  
      Existing headers will be overwritten. Headers set to `undefined` will be omitted. Number values are stored and sent as strings.
  
      @default {'user-agent': 'got (https://github.com/sindresorhus/got)'}
      */
  get headers() {
    return this.#headersProxy;
  }
  set headers(value) {
    assertPlainObject2("headers", value);
    const normalizedHeaders = lowercaseKeys2(cloneHeaders(value));
    for (const header of Object.keys(normalizedHeaders)) {
      assertValidHeaderName(header);
    }
    if (this.#merging) {
      safeObjectAssign(this.#internals.headers, normalizedHeaders);
    } else {
      const previousHeaders = this.#internals.headers;
      this.#internals.headers = normalizedHeaders;
      this.#headersProxy = this.#createHeadersProxy();
      this.#explicitHeaders.clear();
      trackReplacedHeaderMutations(this.#trackedStateMutations, previousHeaders, normalizedHeaders);
    }
    for (const header of Object.keys(normalizedHeaders)) {
      this.#explicitHeaders.add(header);
      if (this.#merging) {
        this.#trackedStateMutations?.add(header);
      }
    }
  }
  /**
      Specifies if the HTTP request method should be [rewritten as `GET`](https://tools.ietf.org/html/rfc7231#section-6.4) on redirects.
  
      As the [specification](https://tools.ietf.org/html/rfc7231#section-6.4) prefers to rewrite the HTTP method only on `303` responses, this is Got's default behavior. Cross-origin `301` and `302` redirects also rewrite `POST` requests to `GET` by default to avoid forwarding request bodies to another origin.
      Setting `methodRewriting` to `true` will also rewrite same-origin `301` and `302` responses, as allowed by the spec. This is the behavior followed by `curl` and browsers.
  
      __Note__: Got never performs method rewriting on `307` and `308` responses, as this is [explicitly prohibited by the specification](https://www.rfc-editor.org/rfc/rfc7231#section-6.4.7).
  
      @default false
      */
  get methodRewriting() {
    return this.#internals.methodRewriting;
  }
  set methodRewriting(value) {
    assert.boolean(value);
    this.#internals.methodRewriting = value;
  }
  /**
      Indicates which DNS record family to use.
  
      Values:
      - `undefined`: IPv4 (if present) or IPv6
      - `4`: Only IPv4
      - `6`: Only IPv6
  
      @default undefined
      */
  get dnsLookupIpVersion() {
    return this.#internals.dnsLookupIpVersion;
  }
  set dnsLookupIpVersion(value) {
    if (value !== void 0 && value !== 4 && value !== 6) {
      throw new TypeError(`Invalid DNS lookup IP version: ${value}`);
    }
    this.#internals.dnsLookupIpVersion = value;
  }
  /**
      A function used to parse JSON responses.
  
      @example
      ```
      import got from 'got';
      import {parse} from '@hapi/bourne';
  
      // Preventing prototype pollution by using Bourne
      const parsed = await got('https://example.com', {
          parseJson: text => parse(text)
      }).json();
  
      console.log(parsed);
      ```
      */
  get parseJson() {
    return this.#internals.parseJson;
  }
  set parseJson(value) {
    assert.function(value);
    this.#internals.parseJson = value;
  }
  /**
      A function used to stringify the body of JSON requests.
  
      @example
      ```
      import got from 'got';
  
      await got.post('https://example.com', {
          stringifyJson: object => JSON.stringify(object, (key, value) => {
              if (key.startsWith('_')) {
                  return;
              }
  
              return value;
          }),
          json: {
              some: 'payload',
              _ignoreMe: 1234
          }
      });
      ```
  
      @example
      ```
      import got from 'got';
  
      await got.post('https://example.com', {
          stringifyJson: object => JSON.stringify(object, (key, value) => {
              if (typeof value === 'number') {
                  return value.toString();
              }
  
              return value;
          }),
          json: {
              some: 'payload',
              number: 1
          }
      });
      ```
      */
  get stringifyJson() {
    return this.#internals.stringifyJson;
  }
  set stringifyJson(value) {
    assert.function(value);
    this.#internals.stringifyJson = value;
  }
  /**
      An object representing `limit`, `calculateDelay`, `methods`, `statusCodes`, `maxRetryAfter` and `errorCodes` fields for maximum retry count, retry handler, allowed methods, allowed status codes, maximum [`Retry-After`](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After) time and allowed error codes.
  
      Undefined settings preserve inherited values, except `maxRetryAfter`, where `undefined` restores the request timeout fallback.
  
      Delays between retries are calculated with `Math.max(1, Math.min((2 ** (attemptCount - 1)) * 1000, backoffLimit) + noise)`, where `attemptCount` starts at 1 and `noise` is the randomized retry noise. Setting both `backoffLimit` and `noise` to `0` requests an immediate retry; returning `0` from `calculateDelay` still aborts the retry.
  
      The `calculateDelay` property is a `function` that receives an object with `attemptCount`, `retryOptions`, `error` and `computedValue` properties for current retry count, the retry options, error and default computed value.
      The function must return a delay in milliseconds (or a Promise resolving with it) (`0` return value cancels retry).
  
      Delays above `2_147_483_647` milliseconds (Node.js's timer limit), including `Infinity`, abort the retry instead of triggering an immediate retry. This also applies to delays computed from `Retry-After`.
  
      The `enforceRetryRules` property is a `boolean` that, when set to `true` (default), enforces the `limit`, `methods`, `statusCodes`, and `errorCodes` options before calling `calculateDelay`. Your `calculateDelay` function is only invoked when a retry is allowed based on these criteria. When `false`, `calculateDelay` receives the computed value but can override all retry logic.
  
      __Note:__ When `enforceRetryRules` is `false`, you must check `computedValue` in your `calculateDelay` function to respect retry rules. When `true` (default), the retry rules are enforced automatically.
  
      By default, it retries *only* on the specified methods, status codes, and on these network errors:
  
      - `ETIMEDOUT`: One of the [timeout](#timeout) limits were reached.
      - `ECONNRESET`: Connection was forcibly closed by a peer.
      - `EADDRINUSE`: Could not bind to any free port.
      - `ECONNREFUSED`: Connection was refused by the server.
      - `EPIPE`: The remote side of the stream being written has been closed.
      - `ENOTFOUND`: Couldn't resolve the hostname to an IP address.
      - `ENETUNREACH`: No internet connection.
      - `EAI_AGAIN`: DNS lookup timed out.
  
      __Note__: If `maxRetryAfter` is set to `undefined`, it will use `options.timeout`.
      __Note__: If [`Retry-After`](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After) header is greater than `maxRetryAfter`, it will cancel the request.
      */
  get retry() {
    return this.#internals.retry;
  }
  set retry(value) {
    assertPlainObject2("retry", value);
    assertAny2("retry.calculateDelay", [distribution_default.function, distribution_default.undefined], value.calculateDelay);
    assertAny2("retry.maxRetryAfter", [distribution_default.number, distribution_default.undefined], value.maxRetryAfter);
    if (!distribution_default.undefined(value.limit)) {
      assertCount("retry.limit", value.limit);
    }
    assertAny2("retry.methods", [distribution_default.array, distribution_default.undefined], value.methods);
    assertAny2("retry.statusCodes", [distribution_default.array, distribution_default.undefined], value.statusCodes);
    assertAny2("retry.errorCodes", [distribution_default.array, distribution_default.undefined], value.errorCodes);
    assertAny2("retry.noise", [distribution_default.number, distribution_default.undefined], value.noise);
    assertAny2("retry.backoffLimit", [distribution_default.number, distribution_default.undefined], value.backoffLimit);
    assertAny2("retry.enforceRetryRules", [distribution_default.boolean, distribution_default.undefined], value.enforceRetryRules);
    for (const [key, predicate] of [["methods", distribution_default.string], ["statusCodes", distribution_default.number], ["errorCodes", distribution_default.string]]) {
      for (const [index, member] of (value[key] ?? []).entries()) {
        assertAny2(`retry.${key}[${index}]`, [predicate], member);
      }
    }
    if (value.noise && Math.abs(value.noise) > 100) {
      throw new Error(`The maximum acceptable retry noise is +/- 100ms, got ${value.noise}`);
    }
    assertKnownKeys(value, this.#internals.retry, (key) => new Error(`Unexpected retry option: ${key}`));
    const updatedRetry = Object.fromEntries(Object.entries(value).filter(([key, option]) => option !== void 0 || key === "maxRetryAfter"));
    if (this.#merging) {
      safeObjectAssign(this.#internals.retry, updatedRetry);
    } else {
      this.#internals.retry = { ...this.#internals.retry, ...updatedRetry };
    }
    const { retry } = this.#internals;
    retry.methods = [...new Set(retry.methods.map((method) => method.toUpperCase()))];
    retry.statusCodes = [...new Set(retry.statusCodes)];
    retry.errorCodes = [...new Set(retry.errorCodes)];
  }
  /**
      From `http.RequestOptions`.
  
      The IP address used to send the request from.
      */
  get localAddress() {
    return this.#internals.localAddress;
  }
  set localAddress(value) {
    assertAny2("localAddress", [distribution_default.string, distribution_default.undefined], value);
    this.#internals.localAddress = value;
  }
  /**
      The HTTP method used to make the request.
      Custom methods such as `PROPFIND` are supported. Method names are normalized to uppercase.
  
      @default 'GET'
      */
  get method() {
    return this.#internals.method;
  }
  set method(value) {
    assertAny2("method", [distribution_default.nonEmptyString], value);
    this.#internals.method = value.toUpperCase();
    this.#trackedStateMutations?.add("method");
  }
  /**
      The function used to retrieve a `net.Socket` instance when the `agent` option is not used.
  
      For HTTP/1, either return the socket synchronously or call `callback(null, socket)` asynchronously. Call `callback(error)` if socket creation fails.
  
      When `http2` is enabled for HTTPS, this function must synchronously return a `tls.TLSSocket`. Callback-based creation is not supported by HTTP/2 negotiation.
      */
  get createConnection() {
    return this.#internals.createConnection;
  }
  set createConnection(value) {
    assertAny2("createConnection", [distribution_default.function, distribution_default.undefined], value);
    this.#internals.createConnection = value;
  }
  /**
      From `http-cache-semantics`
  
      @default {}
      */
  get cacheOptions() {
    return this.#internals.cacheOptions;
  }
  set cacheOptions(value) {
    assertPlainObject2("cacheOptions", value);
    assertAny2("cacheOptions.shared", [distribution_default.boolean, distribution_default.undefined], value.shared);
    assertAny2("cacheOptions.cacheHeuristic", [distribution_default.number, distribution_default.undefined], value.cacheHeuristic);
    assertAny2("cacheOptions.immutableMinTimeToLive", [distribution_default.number, distribution_default.undefined], value.immutableMinTimeToLive);
    assertAny2("cacheOptions.ignoreCargoCult", [distribution_default.boolean, distribution_default.undefined], value.ignoreCargoCult);
    assertKnownKeys(value, defaultInternals.cacheOptions, (key) => new Error(`Cache option \`${key}\` does not exist`));
    this.#mergeOrReplace("cacheOptions", value);
  }
  /**
  Options for the advanced HTTPS API.
  */
  get https() {
    return this.#internals.https;
  }
  set https(value) {
    assertPlainObject2("https", value);
    assertAny2("https.rejectUnauthorized", [distribution_default.boolean, distribution_default.undefined], value.rejectUnauthorized);
    assertAny2("https.checkServerIdentity", [distribution_default.function, distribution_default.undefined], value.checkServerIdentity);
    assertAny2("https.serverName", [distribution_default.string, distribution_default.undefined], value.serverName);
    assertAny2("https.certificateAuthority", [distribution_default.string, distribution_default.object, distribution_default.array, distribution_default.undefined], value.certificateAuthority);
    assertAny2("https.key", [distribution_default.string, distribution_default.object, distribution_default.array, distribution_default.undefined], value.key);
    assertAny2("https.certificate", [distribution_default.string, distribution_default.object, distribution_default.array, distribution_default.undefined], value.certificate);
    assertAny2("https.passphrase", [distribution_default.string, distribution_default.undefined], value.passphrase);
    assertAny2("https.pfx", [distribution_default.string, distribution_default.uint8Array, distribution_default.array, distribution_default.undefined], value.pfx);
    assertAny2("https.alpnProtocols", [distribution_default.array, distribution_default.undefined], value.alpnProtocols);
    assertAny2("https.ciphers", [distribution_default.string, distribution_default.undefined], value.ciphers);
    assertAny2("https.dhparam", [distribution_default.string, distribution_default.buffer, distribution_default.undefined], value.dhparam);
    assertAny2("https.signatureAlgorithms", [distribution_default.string, distribution_default.undefined], value.signatureAlgorithms);
    assertAny2("https.minVersion", [distribution_default.string, distribution_default.undefined], value.minVersion);
    assertAny2("https.maxVersion", [distribution_default.string, distribution_default.undefined], value.maxVersion);
    assertAny2("https.honorCipherOrder", [distribution_default.boolean, distribution_default.undefined], value.honorCipherOrder);
    assertAny2("https.tlsSessionLifetime", [distribution_default.number, distribution_default.undefined], value.tlsSessionLifetime);
    assertAny2("https.ecdhCurve", [distribution_default.string, distribution_default.undefined], value.ecdhCurve);
    assertAny2("https.certificateRevocationLists", [distribution_default.string, distribution_default.buffer, distribution_default.array, distribution_default.undefined], value.certificateRevocationLists);
    assertAny2("https.secureOptions", [distribution_default.number, distribution_default.undefined], value.secureOptions);
    assertKnownKeys(value, defaultInternals.https, (key) => new Error(`HTTPS option \`${key}\` does not exist`));
    this.#mergeOrReplace("https", cloneHttps(value));
  }
  /**
      [Encoding](https://nodejs.org/api/buffer.html#buffer_buffers_and_character_encodings) to be used on `setEncoding` of the response data.
  
      To get a [`Uint8Array`](https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Uint8Array), you need to set `responseType` to `buffer` instead.
      Don't set this option to `null`.
  
      __Note__: This doesn't affect streams! Instead, you need to do `got.stream(...).setEncoding(encoding)`.
  
      @default undefined, which decodes the response as UTF-8
      */
  get encoding() {
    return this.#internals.encoding;
  }
  set encoding(value) {
    if (value === null) {
      throw new TypeError("To get a Uint8Array, set `options.responseType` to `buffer` instead");
    }
    assertAny2("encoding", [distribution_default.string, distribution_default.undefined], value);
    this.#internals.encoding = value;
  }
  /**
      When set to `true` the promise will return the Response body instead of the Response object.
  
      @default false
      */
  get resolveBodyOnly() {
    return this.#internals.resolveBodyOnly;
  }
  set resolveBodyOnly(value) {
    assert.boolean(value);
    this.#internals.resolveBodyOnly = value;
  }
  /**
      Returns a `Stream` instead of a `Promise`.
      Set internally by `got.stream()`.
  
      @default false
      @internal
      */
  get isStream() {
    return this.#internals.isStream;
  }
  set isStream(value) {
    assert.boolean(value);
    this.#internals.isStream = value;
  }
  /**
      The parsing method.
  
      The promise also has `.text()`, `.json()` and `.buffer()` methods which return another Got promise for the parsed body.
  
      It's like setting the options to `{responseType: 'json', resolveBodyOnly: true}` but without affecting the main Got promise.
  
      __Note__: When using streams, this option is ignored.
  
      @example
      ```
      const responsePromise = got(url);
      const bufferPromise = responsePromise.buffer();
      const jsonPromise = responsePromise.json();
  
      const [response, buffer, json] = Promise.all([responsePromise, bufferPromise, jsonPromise]);
      // `response` is an instance of Got Response
      // `buffer` is an instance of Uint8Array
      // `json` is an object
      ```
  
      @example
      ```
      // This
      const body = await got(url).json();
  
      // is semantically the same as this
      const body = await got(url, {responseType: 'json', resolveBodyOnly: true});
      ```
      */
  get responseType() {
    return this.#internals.responseType;
  }
  set responseType(value) {
    if (value !== "text" && value !== "buffer" && value !== "json") {
      throw new Error(`Invalid \`responseType\` option: ${value}`);
    }
    this.#internals.responseType = value;
  }
  get pagination() {
    return this.#internals.pagination;
  }
  set pagination(value) {
    assert.object(value);
    const updatedPagination = Object.fromEntries(Object.entries(value).filter(([, option]) => option !== void 0));
    if (this.#merging) {
      safeObjectAssign(this.#internals.pagination, updatedPagination);
    } else {
      this.#internals.pagination = { ...this.#internals.pagination, ...updatedPagination };
    }
  }
  get setHost() {
    return this.#internals.setHost;
  }
  set setHost(value) {
    assert.boolean(value);
    this.#internals.setHost = value;
  }
  get maxHeaderSize() {
    return this.#internals.maxHeaderSize;
  }
  set maxHeaderSize(value) {
    assertAny2("maxHeaderSize", [distribution_default.number, distribution_default.undefined], value);
    this.#internals.maxHeaderSize = value;
  }
  get enableUnixSockets() {
    return this.#internals.enableUnixSockets;
  }
  set enableUnixSockets(value) {
    assert.boolean(value);
    this.#internals.enableUnixSockets = value;
  }
  /**
      Throw an error if the server response's `content-length` header value doesn't match the number of bytes received.
  
      This is useful for detecting truncated responses and follows RFC 9112 requirements for message completeness.
  
      __Note__: Responses without a `content-length` header are not validated.
      __Note__: When enabled and validation fails, a `ReadError` with code `ERR_HTTP_CONTENT_LENGTH_MISMATCH` will be thrown.
      __Note__: Keep custom native responses in byte mode for exact validation. Calling `setEncoding()` on the native response can lose the original byte count when decoding malformed input.
  
      @default true
      */
  get strictContentLength() {
    return this.#internals.strictContentLength;
  }
  set strictContentLength(value) {
    assert.boolean(value);
    this.#internals.strictContentLength = value;
  }
  // eslint-disable-next-line @typescript-eslint/naming-convention
  toJSON() {
    return cloneInternals(this.#internals);
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")](_depth, options) {
    return inspect(this.#internals, options);
  }
  createNativeRequestOptions() {
    const internals = this.#internals;
    const url = internals.url;
    const usesAlpn = usesHttp2Alpn(internals, url);
    const socketTimeout = usesAlpn ? internals.timeout.socket : void 0;
    const http2Timeout = usesAlpn ? getHttp2Timeout(internals) : void 0;
    let agent;
    if (url.protocol === "https:") {
      if (internals.http2) {
        agent = {
          ...internals.agent,
          http2: internals.agent.http2 ?? http2_client_default.globalAgent
        };
      } else {
        agent = internals.agent.https;
      }
    } else {
      agent = internals.agent.http;
    }
    const { https: https3 } = internals;
    let { pfx } = https3;
    if (distribution_default.array(pfx)) {
      pfx = pfx.map((entry) => distribution_default.plainObject(entry) ? {
        buf: entry.buffer,
        passphrase: entry.passphrase
      } : entry);
    }
    const unixSocketPath = getUnixSocketPath(url);
    if (usesUnixSocket(url) && !internals.enableUnixSockets) {
      throw new Error("Using UNIX domain sockets but option `enableUnixSockets` is not enabled");
    }
    let unixSocketGroups;
    if (unixSocketPath !== void 0) {
      unixSocketGroups = new RegExp("^(?<socketPath>[^:]+):(?<path>.+)$", "v").exec(`${url.pathname}${url.search}`)?.groups;
    }
    const unixOptions = unixSocketGroups ? { socketPath: safeDecode(unixSocketGroups.socketPath), path: unixSocketGroups.path, host: "" } : void 0;
    const nativeRequestOptions = {
      ...internals.cacheOptions,
      ...unixOptions,
      // HTTPS options
      // eslint-disable-next-line @typescript-eslint/naming-convention
      ALPNProtocols: https3.alpnProtocols,
      ca: https3.certificateAuthority,
      cert: https3.certificate,
      key: https3.key,
      passphrase: https3.passphrase,
      pfx,
      rejectUnauthorized: https3.rejectUnauthorized,
      checkServerIdentity: https3.checkServerIdentity ?? checkServerIdentity,
      servername: https3.serverName,
      ciphers: https3.ciphers,
      honorCipherOrder: https3.honorCipherOrder,
      minVersion: https3.minVersion,
      maxVersion: https3.maxVersion,
      sigalgs: https3.signatureAlgorithms,
      sessionTimeout: https3.tlsSessionLifetime,
      dhparam: https3.dhparam,
      ecdhCurve: https3.ecdhCurve,
      crl: https3.certificateRevocationLists,
      secureOptions: https3.secureOptions,
      // HTTP options
      lookup: internals.dnsLookup ? getAdaptedLookup(internals.dnsLookup) : internals.dnsCache ? getDnsCacheLookup(internals.dnsCache) : void 0,
      family: internals.dnsLookupIpVersion,
      agent,
      setHost: internals.setHost,
      method: internals.method,
      maxHeaderSize: internals.maxHeaderSize,
      localAddress: internals.localAddress,
      // A copy, so a caller editing the native options cannot change these options.
      headers: cloneHeaders(internals.headers),
      createConnection: internals.createConnection,
      signal: internals.http2 ? internals.signal : void 0,
      timeout: http2Timeout?.timeout,
      ...http2Timeout !== void 0 && { _timeoutPhase: http2Timeout.phase },
      ...socketTimeout !== void 0 && { _socketTimeout: socketTimeout },
      // HTTP/2 options
      h2session: internals.h2session
    };
    return nativeRequestOptions;
  }
  getRequestFunction() {
    const { request: customRequest } = this.#internals;
    if (!customRequest) {
      return this.#getFallbackRequestFunction();
    }
    const requestWithFallback = (url, options, callback) => {
      const nativeAgent = getNativeAgent(url, options.agent);
      const hasInternalSocketTimeout = Object.hasOwn(options, "_socketTimeout");
      const hasInternalTimeoutPhase = Object.hasOwn(options, "_timeoutPhase");
      const customRequestOptions = options.timeout !== void 0 || hasInternalSocketTimeout || nativeAgent !== options.agent ? {
        ...options,
        agent: nativeAgent,
        timeout: void 0
      } : options;
      if (hasInternalSocketTimeout) {
        Reflect.deleteProperty(customRequestOptions, "_socketTimeout");
      }
      if (hasInternalTimeoutPhase) {
        Reflect.deleteProperty(customRequestOptions, "_timeoutPhase");
      }
      const result = customRequest(url, customRequestOptions, callback);
      if (distribution_default.promise(result)) {
        return this.#resolveRequestWithFallback(result, {
          url,
          options,
          callback
        });
      }
      return result ?? this.#callFallbackRequest(url, options, callback);
    };
    return requestWithFallback;
  }
  freeze() {
    const options = this.#internals;
    Object.freeze(options);
    Object.freeze(options.hooks);
    for (const handlers of Object.values(options.hooks)) {
      Object.freeze(handlers);
    }
    Object.freeze(options.https);
    for (const value of Object.values(options.https)) {
      if (!Array.isArray(value)) {
        continue;
      }
      for (const item of value) {
        if (distribution_default.plainObject(item)) {
          Object.freeze(item);
        }
      }
      Object.freeze(value);
    }
    Object.freeze(options.cacheOptions);
    Object.freeze(options.agent);
    Object.freeze(options.headers);
    Object.freeze(options.timeout);
    Object.freeze(options.pagination);
    Object.freeze(options.retry);
    Object.freeze(options.retry.errorCodes);
    Object.freeze(options.retry.methods);
    Object.freeze(options.retry.statusCodes);
    for (const value of Object.values(options.headers)) {
      Object.freeze(value);
    }
  }
  #getCredential(credential) {
    const url = this.#internals.url;
    const value = url ? url[credential] : this.#internals[credential];
    return safeDecode(value);
  }
  #setCredential(credential, value) {
    const url = this.#internals.url;
    const fixedValue = encodeURIComponent(value);
    if (url) {
      url[credential] = fixedValue;
    } else {
      this.#internals[credential] = fixedValue;
    }
    this.#trackedStateMutations?.add(credential);
  }
  // Merging assigns into the existing object, while a direct assignment replaces it with a copy.
  #mergeOrReplace(key, value) {
    if (this.#merging) {
      safeObjectAssign(this.#internals[key], value);
    } else {
      this.#internals[key] = { ...value };
    }
  }
  #createHeadersProxy() {
    return new Proxy(this.#internals.headers, {
      get(target, property, receiver) {
        if (typeof property === "string") {
          if (Object.hasOwn(target, property)) {
            return Reflect.get(target, property, receiver);
          }
          const normalizedProperty = property.toLowerCase();
          return Object.hasOwn(target, normalizedProperty) ? Reflect.get(target, normalizedProperty, receiver) : void 0;
        }
        return Reflect.get(target, property, receiver);
      },
      set: (target, property, value) => {
        if (typeof property === "string") {
          const normalizedProperty = property.toLowerCase();
          assertValidHeaderName(normalizedProperty);
          const isSuccess = Reflect.set(target, normalizedProperty, typeof value === "number" ? String(value) : value);
          if (isSuccess) {
            this.#explicitHeaders.add(normalizedProperty);
            this.#trackedStateMutations?.add(normalizedProperty);
          }
          return isSuccess;
        }
        return Reflect.set(target, property, value);
      },
      deleteProperty: (target, property) => {
        if (typeof property === "string") {
          const normalizedProperty = property.toLowerCase();
          const isSuccess = Reflect.deleteProperty(target, normalizedProperty);
          if (isSuccess) {
            this.#explicitHeaders.delete(normalizedProperty);
            this.#trackedStateMutations?.add(normalizedProperty);
          }
          return isSuccess;
        }
        return Reflect.deleteProperty(target, property);
      }
    });
  }
  #getFallbackRequestFunction() {
    const url = this.#internals.url;
    if (!url) {
      return;
    }
    if (this.#internals.h2session) {
      return http2_client_default.auto;
    }
    if (url.protocol === "https:") {
      return this.#internals.http2 ? http2_client_default.auto : https2.request;
    }
    return http_default.request;
  }
  #callFallbackRequest(url, options, callback) {
    const fallbackRequest = this.#getFallbackRequestFunction();
    if (!fallbackRequest) {
      throw new TypeError("The request function must return a value");
    }
    const fallbackResult = fallbackRequest(url, options, callback);
    if (fallbackResult === void 0) {
      throw new TypeError("The request function must return a value");
    }
    return distribution_default.promise(fallbackResult) ? this.#resolveFallbackRequestResult(fallbackResult) : fallbackResult;
  }
  async #resolveRequestWithFallback(requestResult, { url, options, callback }) {
    const result = await requestResult;
    return result ?? this.#callFallbackRequest(url, options, callback);
  }
  async #resolveFallbackRequestResult(fallbackResult) {
    const resolvedFallbackResult = await fallbackResult;
    if (resolvedFallbackResult === void 0) {
      throw new TypeError("The request function must return a value");
    }
    return resolvedFallbackResult;
  }
};
var optionDescriptors = Object.getOwnPropertyDescriptors(Options.prototype);
var optionNames = new Set(Object.entries(optionDescriptors).filter(([, descriptor]) => descriptor.get !== void 0 && descriptor.set !== void 0).map(([name]) => name));
var snapshotCrossOriginState = (options) => ({
  headers: { ...options.getInternalHeaders() },
  hadCookieJar: options.cookieJar !== void 0,
  cookieWasExplicitlySet: options.isHeaderExplicitlySet("cookie"),
  username: options.username,
  password: options.password,
  body: options.body,
  json: options.json,
  form: options.form,
  bodySnapshot: cloneCrossOriginBodyValue(options.body),
  jsonSnapshot: cloneCrossOriginBodyValue(options.json),
  formSnapshot: cloneCrossOriginBodyValue(options.form)
});
var cloneCrossOriginBodyValue = (value) => {
  if (value === void 0 || value === null || typeof value !== "object") {
    return value;
  }
  try {
    const clone = structuredClone(value);
    if (Object.getPrototypeOf(clone) !== Object.getPrototypeOf(value)) {
      Object.setPrototypeOf(clone, Object.getPrototypeOf(value));
    }
    return clone;
  } catch {
    return void 0;
  }
};
var isUnchangedCrossOriginBodyValue = (currentValue, previousValue, previousSnapshot) => {
  if (currentValue !== previousValue) {
    return false;
  }
  return currentValue === void 0 || currentValue === null || typeof currentValue !== "object" || previousSnapshot === void 0 ? true : isDeepStrictEqual(currentValue, previousSnapshot);
};
var isCrossOriginCredentialChanged = (previousUrl, nextUrl, credential) => nextUrl[credential] !== "" && nextUrl[credential] !== previousUrl[credential];
var isBodyUnchanged = (options, previousState) => isUnchangedCrossOriginBodyValue(options.body, previousState.body, previousState.bodySnapshot) && isUnchangedCrossOriginBodyValue(options.json, previousState.json, previousState.jsonSnapshot) && isUnchangedCrossOriginBodyValue(options.form, previousState.form, previousState.formSnapshot);

// node_modules/got/dist/source/core/utils/is-client-request.js
function isClientRequest(clientRequest) {
  return clientRequest.writable && !clientRequest.writableEnded;
}
var is_client_request_default = isClientRequest;

// node_modules/got/dist/source/core/diagnostics-channel.js
import { randomUUID } from "node:crypto";
import diagnosticsChannel from "node:diagnostics_channel";
var channels = {
  requestCreate: diagnosticsChannel.channel("got:request:create"),
  requestStart: diagnosticsChannel.channel("got:request:start"),
  responseStart: diagnosticsChannel.channel("got:response:start"),
  responseEnd: diagnosticsChannel.channel("got:response:end"),
  retry: diagnosticsChannel.channel("got:request:retry"),
  error: diagnosticsChannel.channel("got:request:error"),
  redirect: diagnosticsChannel.channel("got:response:redirect")
};
function generateRequestId() {
  return randomUUID();
}
var publishToChannel = (channel, message) => {
  if (channel.hasSubscribers) {
    channel.publish(message);
  }
};
function publishRequestCreate(message) {
  publishToChannel(channels.requestCreate, message);
}
function publishRequestStart(message) {
  publishToChannel(channels.requestStart, message);
}
function publishResponseStart(message) {
  publishToChannel(channels.responseStart, message);
}
function publishResponseEnd(message) {
  publishToChannel(channels.responseEnd, message);
}
function publishRetry(message) {
  publishToChannel(channels.retry, message);
}
function publishError(message) {
  publishToChannel(channels.error, message);
}
function publishRedirect(message) {
  publishToChannel(channels.redirect, message);
}

// node_modules/got/dist/source/core/index.js
var supportsBrotli = distribution_default.string(process_default.versions.brotli);
var supportsZstd2 = distribution_default.string(process_default.versions.zstd);
var methodsWithoutBody = /* @__PURE__ */ new Set(["GET", "HEAD"]);
var singleValueRequestHeaders = /* @__PURE__ */ new Set([
  "authorization",
  "content-length",
  "host",
  "proxy-authorization"
]);
var cacheableStore = new WeakableMap();
var redirectCodes = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var transientWriteErrorCodes = /* @__PURE__ */ new Set(["EPIPE", "ECONNRESET"]);
var hopByHopHeaders = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade"
]);
var omittedPipedHeaders = /* @__PURE__ */ new Set([
  ...hopByHopHeaders,
  "host",
  "authorization",
  "cookie",
  "cookie2",
  "set-cookie",
  "set-cookie2"
]);
var errorsProcessedByHooks = /* @__PURE__ */ new WeakSet();
var proxiedRequestEvents = [
  "socket",
  "connect",
  "continue",
  "information",
  "upgrade"
];
var noop3 = () => {
};
var isPipedServerResponse = (destination) => destination instanceof ServerResponse || destination instanceof Http2ServerResponse;
var destroyRequestResult = (result) => {
  if (!distribution_default.object(result) || !("destroy" in result) || !distribution_default.function(result.destroy)) {
    return;
  }
  if ("once" in result && distribution_default.function(result.once)) {
    result.once("error", noop3);
  }
  result.destroy();
};
var createPreRequestErrorTimings = () => {
  const now2 = Date.now();
  return {
    start: now2,
    error: now2,
    phases: {
      total: 0
    }
  };
};
var serializeNativeFormDataBody = (form) => {
  const response = new globalThis.Response(form);
  return {
    body: response.body,
    contentType: response.headers.get("content-type") ?? "multipart/form-data"
  };
};
var isTransientWriteError = (error) => {
  const { code } = error;
  return typeof code === "string" && transientWriteErrorCodes.has(code);
};
var getConnectionListedHeaders = (headers) => {
  const connectionListedHeaders = /* @__PURE__ */ new Set();
  for (const [header, connectionHeader] of Object.entries(headers)) {
    const normalizedHeader = header.toLowerCase();
    if (normalizedHeader !== "connection" && normalizedHeader !== "proxy-connection") {
      continue;
    }
    const connectionHeaderValues = Array.isArray(connectionHeader) ? connectionHeader : [connectionHeader];
    for (const value of connectionHeaderValues) {
      if (typeof value !== "string") {
        continue;
      }
      for (const token of value.split(",")) {
        const normalizedToken = token.trim().toLowerCase();
        if (normalizedToken.length > 0) {
          connectionListedHeaders.add(normalizedToken);
        }
      }
    }
  }
  return connectionListedHeaders;
};
var getSanitizedUrl = (options) => options?.url ? stripUrlAuth(options.url) : "";
var methodCanHaveBody = (options) => !methodsWithoutBody.has(options.method) || options.method === "GET" && options.allowGetBody;
var makeProgress = (transferred, total) => {
  let percent = 0;
  if (total === transferred) {
    percent = 1;
  } else if (total) {
    percent = transferred / total;
  }
  return { percent, transferred, total };
};
var parseContentLength = (value) => {
  const length = Number(value);
  return Number.isNaN(length) ? void 0 : length;
};
var hasBodyOption = (options) => !distribution_default.undefined(options?.body) || !distribution_default.undefined(options?.json) || !distribution_default.undefined(options?.form);
var isIterableBody = (body) => distribution_default.asyncIterable(body) || distribution_default.iterable(body) && !distribution_default.string(body) && !isBuffer(body);
var hasResponse = (request2) => Boolean(request2.res);
var toRequestError = (thrown, request2) => {
  const normalizedError = normalizeError(thrown);
  return new RequestError(normalizedError.message, normalizedError, request2);
};
var createServerAbortedError = (request2) => new ReadError({
  name: "Error",
  message: "The server aborted pending request",
  code: "ECONNRESET"
}, request2);
var Request = class _Request extends Duplex {
  // @ts-expect-error - Ignoring for now.
  ["constructor"];
  _noPipe;
  // @ts-expect-error https://github.com/microsoft/TypeScript/issues/9568
  options;
  response;
  requestUrl;
  redirectUrls = [];
  retryCount = 0;
  _stopReading = false;
  _stopRetry;
  _downloadedSize = 0;
  _uploadedSize = 0;
  _pipedServerResponses = /* @__PURE__ */ new Set();
  _request;
  _responseSize;
  _bodySize;
  _nativeFormDataBody;
  _activeWebBodyReader;
  _unproxyEvents;
  _triggerRead = false;
  _jobs = [];
  _cancelTimeouts;
  _abortListenerDisposer;
  _flushed = false;
  _startedAt;
  _requestTimeout;
  _dispatchedBody;
  _aborted = false;
  _retrying = false;
  _expectedContentLength;
  _compressedBytesCount;
  _skipRequestEndInFinal = false;
  _dispatchingOwnBody = false;
  _hasWrittenBody = false;
  _hasWritableBody = false;
  _discardBodyWrites = false;
  _incrementalDecode;
  _requestId;
  // We need this because `this._request` if `undefined` when using cache
  _requestInitialized = false;
  constructor(url, options, defaults2, retrySource) {
    super({
      // Don't destroy immediately, as the error may be emitted on unsuccessful retry
      autoDestroy: false,
      // It needs to be zero because we're just proxying the data to another stream
      highWaterMark: 0
    });
    this._requestId = retrySource?._requestId ?? generateRequestId();
    const onError = (error) => {
      if (this._noPipe && !this._stopReading) {
        return;
      }
      this.off(errorMonitor2, onError);
      publishError({
        requestId: this._requestId,
        url: getSanitizedUrl(this.options),
        error,
        timings: this.timings
      });
    };
    this.on(errorMonitor2, onError);
    this.on("pipe", (source) => {
      if (this.options.copyPipedHeaders && source?.headers) {
        const connectionListedHeaders = getConnectionListedHeaders(source.headers);
        for (const [header, value] of Object.entries(source.headers)) {
          const normalizedHeader = header.toLowerCase();
          if (omittedPipedHeaders.has(normalizedHeader) || connectionListedHeaders.has(normalizedHeader) || !this.options.shouldCopyPipedHeader(normalizedHeader)) {
            continue;
          }
          this.options.setPipedHeader(normalizedHeader, value);
        }
      }
    });
    this.on("newListener", (event) => {
      if (event === "retry" && this.listenerCount("retry") > 0) {
        throw new Error("A retry listener has been attached already.");
      }
    });
    try {
      this.options = new Options(url, options, defaults2);
      this._nativeFormDataBody = retrySource?._nativeFormDataBody;
      if (!this.options.url) {
        if (this.options.prefixUrl === "") {
          throw new TypeError("Missing `url` property");
        }
        this.options.url = "";
      }
      this.requestUrl = new URL(retrySource?.requestUrl ?? this.options.url);
      publishRequestCreate({
        requestId: this._requestId,
        url: getSanitizedUrl(this.options),
        method: this.options.method
      });
    } catch (error) {
      const { options: options2 } = error;
      if (options2) {
        this.options = options2;
      }
      this.flush = async () => {
        this.flush = async () => {
        };
        process_default.nextTick(() => {
          if (this.options) {
            this._beforeError(error);
          } else {
            const normalizedError = normalizeError(error);
            const requestError = normalizedError instanceof RequestError ? normalizedError : new RequestError(normalizedError.message, normalizedError, this);
            this.destroy(requestError);
          }
        });
      };
      return;
    }
    const { body } = this.options;
    if (distribution_default.nodeStream(body)) {
      body.once("error", this._onBodyError);
    }
  }
  async flush() {
    if (this._flushed) {
      return;
    }
    this._flushed = true;
    try {
      this._attachAbortListener();
      if (this.destroyed) {
        return;
      }
      await this._finalizeBody();
      if (this.destroyed) {
        return;
      }
      this._hasWritableBody = this._canWriteBody();
      await this._makeRequest();
      if (this.destroyed) {
        this._request?.destroy();
        return;
      }
      for (const job of this._jobs) {
        job();
      }
      this._jobs.length = 0;
      this._requestInitialized = true;
    } catch (error) {
      this._beforeError(error);
    }
  }
  _beforeError(thrown) {
    if (this._stopReading) {
      return;
    }
    let error = normalizeError(thrown);
    const { response, options } = this;
    const attemptCount = this.retryCount + 1;
    this._stopReading = true;
    if (error instanceof TimeoutError2) {
      error = this._createTimeoutError(error);
    } else if (!(error instanceof RequestError)) {
      error = new RequestError(error.message, error, this);
    }
    const typedError = error;
    void (async () => {
      if (response?.readable && !response.rawBody && !this._request?.socket?.destroyed) {
        await this._setRawBody(response);
      }
      if (response?.rawBody && response.body === void 0) {
        try {
          response.body = parseBody(response, options.responseType, options.parseJson, options.encoding);
        } catch {
          try {
            response.body = decodeUint8Array(response.rawBody, options.encoding);
          } catch {
          }
        }
      }
      if (this.listenerCount("retry") !== 0) {
        let backoff;
        try {
          let retryAfter;
          if (response && "retry-after" in response.headers) {
            const retryAfterHeader = response.headers["retry-after"];
            if (new RegExp("^\\d+$", "v").test(retryAfterHeader)) {
              retryAfter = Number(retryAfterHeader) * 1e3;
            } else if (Number.isNaN(Number(retryAfterHeader))) {
              const date = new RegExp("^\\w{3} \\w{3} [\\d ]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$", "v").test(retryAfterHeader) ? `${retryAfterHeader} GMT` : retryAfterHeader;
              retryAfter = Date.parse(date) - Date.now();
            }
            if (retryAfter === void 0 || Number.isNaN(retryAfter)) {
              retryAfter = void 0;
            } else if (retryAfter < 0) {
              retryAfter = 0;
            }
          }
          const retryOptions = options.retry;
          const computedValue = calculate_retry_delay_default({
            attemptCount,
            retryOptions,
            error: typedError,
            retryAfter,
            computedValue: retryOptions.maxRetryAfter ?? options.timeout.request ?? Infinity
          });
          if (retryOptions.enforceRetryRules && computedValue === 0) {
            backoff = 0;
          } else {
            backoff = await retryOptions.calculateDelay({
              attemptCount,
              retryOptions,
              error: typedError,
              retryAfter,
              computedValue
            });
          }
        } catch (error_) {
          void this._error(toRequestError(error_, this));
          return;
        }
        if (backoff && backoff <= 2147483647) {
          await new Promise((resolve) => {
            const timeout = setTimeout(resolve, backoff);
            this._stopRetry = () => {
              clearTimeout(timeout);
              resolve();
            };
          });
          if (this.destroyed) {
            return;
          }
          const bodyBeforeHooks = this.options.body;
          let changedState;
          try {
            changedState = await this.options.trackStateMutations(async (changedState2) => {
              for (const hook of this.options.hooks.beforeRetry) {
                await hook(typedError, this.retryCount + 1);
              }
              return changedState2;
            });
          } catch (error_) {
            void this._error(toRequestError(error_, this));
            return;
          }
          if (this.destroyed) {
            return;
          }
          const bodyAfterHooks = this.options.body;
          const bodyWasReassigned = bodyBeforeHooks !== bodyAfterHooks;
          this._retrying = true;
          try {
            if (bodyWasReassigned) {
              if (!changedState.has("content-length")) {
                this._refreshBodySize(this.options);
              }
              const oldBody = bodyBeforeHooks;
              this.options.body = void 0;
              this.destroy();
              if (oldBody !== bodyAfterHooks && oldBody !== this._dispatchedBody?.body) {
                this._destroyBody(oldBody);
              }
              if (distribution_default.nodeStream(bodyAfterHooks) && (bodyAfterHooks.readableEnded || bodyAfterHooks.destroyed)) {
                throw new TypeError("The reassigned stream body must be readable. Ensure you provide a fresh, readable stream in the beforeRetry hook.");
              }
              this.options.body = bodyAfterHooks;
            } else {
              this.destroy();
            }
            if (this._nativeFormDataBody !== void 0 && this.options.body === this._nativeFormDataBody.body) {
              this._reserializeFormDataBody(this.options, changedState.has("content-type"));
            }
            publishRetry({
              requestId: this._requestId,
              retryCount: this.retryCount + 1,
              error: typedError,
              delay: backoff
            });
            this.emit("retry", this.retryCount + 1, error, (updatedOptions) => {
              const request2 = new _Request(void 0, updatedOptions, options, this);
              request2.retryCount = this.retryCount + 1;
              process_default.nextTick(() => {
                void request2.flush();
              });
              return request2;
            });
          } catch (error_) {
            this._closePipedServerResponses();
            void this._error(toRequestError(error_, this));
            return;
          }
          return;
        }
      }
      void this._error(typedError);
    })();
  }
  _read() {
    this._triggerRead = true;
    const { response } = this;
    if (response && !this._stopReading) {
      if (response.readableLength) {
        this._triggerRead = false;
      }
      let data;
      while ((data = response.read()) !== null) {
        if (this._noPipe && typeof data === "string") {
          data = Buffer5.from(data, response.readableEncoding ?? void 0);
        }
        this._downloadedSize += typeof data === "string" ? Buffer5.byteLength(data, response.readableEncoding ?? void 0) : byteLength(data);
        if (this._incrementalDecode) {
          try {
            const decodedChunk = typeof data === "string" ? data : this._incrementalDecode.decoder.decode(data, { stream: true });
            if (decodedChunk.length > 0) {
              this._incrementalDecode.chunks.push(decodedChunk);
            }
          } catch {
            this._incrementalDecode = void 0;
          }
        }
        const progress = this.downloadProgress;
        if (progress.percent < 1) {
          this.emit("downloadProgress", progress);
        }
        if (this._stopReading || !this.push(data) || this._stopReading) {
          return;
        }
      }
    }
  }
  // Fail at the call site: a write buffered by `cork()` would otherwise flush through `_write`
  // after the body dispatch began and pass its guard.
  write(chunk2, encoding, callback) {
    if (this.isReadonly && !this._dispatchingOwnBody) {
      const error = new TypeError("The stream is read-only: the request body is provided by the `body`, `json` or `form` option.");
      this.destroy(error);
      const writeCallback = typeof encoding === "function" ? encoding : callback;
      if (writeCallback) {
        process_default.nextTick(writeCallback, error);
      }
      return false;
    }
    return super.write(chunk2, encoding, callback);
  }
  _write(chunk2, encoding, callback) {
    if (this.isReadonly && !this._dispatchingOwnBody) {
      callback(new TypeError("The stream is read-only: the request body is provided by the `body`, `json` or `form` option."));
      return;
    }
    const write = () => {
      if (this._discardBodyWrites) {
        callback();
        return;
      }
      this._hasWrittenBody = true;
      this._writeRequest(chunk2, encoding, callback);
    };
    if (this._requestInitialized) {
      write();
    } else {
      this._jobs.push(write);
    }
  }
  _final(callback) {
    const endRequest = () => {
      if (this._discardBodyWrites) {
        this._hasWritableBody = false;
        callback();
        return;
      }
      if (this._skipRequestEndInFinal) {
        this._skipRequestEndInFinal = false;
        callback();
        return;
      }
      const request2 = this._request;
      if (!request2 || request2.destroyed) {
        this._hasWritableBody = false;
        callback();
        return;
      }
      request2.end((error) => {
        if (request2?._writableState?.errored) {
          return;
        }
        this._hasWritableBody = false;
        if (error) {
          this._beforeError(error);
          return;
        }
        this._emitUploadComplete(request2);
        callback();
      });
    };
    if (this._requestInitialized) {
      endRequest();
    } else {
      this._jobs.push(endRequest);
    }
  }
  _destroy(error, callback) {
    this._stopReading = true;
    this.flush = async () => {
    };
    if (!this._retrying) {
      this.once("close", () => {
        this._closePipedServerResponses();
      });
    }
    this._stopRetry?.();
    this._cancelTimeouts?.();
    clearTimeout(this._requestTimeout);
    this._abortListenerDisposer?.[Symbol.dispose]();
    this._destroyInFlightAlpnSocket();
    if (this.options) {
      this._destroyBody(this._dispatchedBody?.body);
      if (this._dispatchedBody === void 0) {
        this._destroyBody(this.options.body);
      }
    }
    this._request?.destroy();
    const timings = this._request?.timings;
    if (timings && distribution_default.undefined(timings.end) && !distribution_default.undefined(timings.response) && distribution_default.undefined(timings.error) && distribution_default.undefined(timings.abort)) {
      timings.end = Date.now();
      if (distribution_default.undefined(timings.phases.total)) {
        timings.phases.download = timings.end - timings.response;
        timings.phases.total = timings.end - timings.start;
      }
    }
    if (error !== null) {
      const processedByHooks = error instanceof Error && errorsProcessedByHooks.has(error);
      if (!processedByHooks && !(error instanceof RequestError)) {
        error = error instanceof Error ? new RequestError(error.message, error, this) : new RequestError(String(error), {}, this);
      }
    }
    callback(error);
  }
  pipe(destination, options) {
    if (isPipedServerResponse(destination)) {
      this._pipedServerResponses.add(destination);
    }
    return super.pipe(destination, options);
  }
  unpipe(destination) {
    if (destination === void 0) {
      this._pipedServerResponses.clear();
    } else if (isPipedServerResponse(destination)) {
      this._pipedServerResponses.delete(destination);
    }
    super.unpipe(destination);
    return this;
  }
  // Got copied the status code and headers into every `ServerResponse` it is piped into, so it
  // owns the response and has to end it. A request that ends without one leaves the client
  // waiting forever.
  _closePipedServerResponses() {
    for (const destination of this._pipedServerResponses) {
      if (destination.writableEnded) {
        continue;
      }
      if (destination instanceof Http2ServerResponse) {
        destination.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      } else {
        destination.destroy();
      }
    }
    this._pipedServerResponses.clear();
  }
  _attachAbortListener() {
    this._abortListenerDisposer?.[Symbol.dispose]();
    this._abortListenerDisposer = void 0;
    if (this.destroyed) {
      return;
    }
    const { signal } = this.options;
    if (!signal) {
      return;
    }
    const abort = () => {
      this._aborted = true;
      this._destroyInFlightAlpnSocket();
      if (signal.reason?.name === "TimeoutError") {
        this.destroy(this._createTimeoutError(signal.reason));
      } else {
        this.destroy(new AbortError(this));
      }
    };
    if (signal.aborted) {
      abort();
    } else {
      this._abortListenerDisposer = addAbortListener(signal, abort);
    }
  }
  _createTimeoutError(error) {
    return new TimeoutError(error, this.timings ?? createPreRequestErrorTimings(), this);
  }
  _destroyInFlightAlpnSocket() {
    this._requestOptions?._alpnSocket?.destroy();
  }
  _shouldIncrementallyDecodeBody() {
    const { responseType, encoding } = this.options;
    return Boolean(this._noPipe) && (responseType === "text" || responseType === "json") && isUtf8Encoding(encoding);
  }
  _checkContentLengthMismatch() {
    if (this.options.strictContentLength && this._expectedContentLength !== void 0) {
      const actualSize = this._compressedBytesCount ?? this._downloadedSize;
      if (actualSize !== this._expectedContentLength) {
        this._beforeError(new ReadError({
          message: `Content-Length mismatch: expected ${this._expectedContentLength} bytes, received ${actualSize} bytes`,
          name: "Error",
          code: "ERR_HTTP_CONTENT_LENGTH_MISMATCH"
        }, this));
        return true;
      }
    }
    return false;
  }
  // A `beforeRequest` or `beforeRedirect` hook can assign a `FormData` body, and only this
  // place turns one into a stream, so it runs again once the hooks have had their say.
  _serializeFormDataBody(options, contentTypeChanged) {
    if (!(options.body instanceof FormData)) {
      return;
    }
    const headers = options.getInternalHeaders();
    const { body, contentType } = serializeNativeFormDataBody(options.body);
    const contentTypeWasGenerated = !contentTypeChanged && (distribution_default.undefined(headers["content-type"]) || this._nativeFormDataBody?.contentTypeWasGenerated === true);
    this._nativeFormDataBody = {
      form: options.body,
      body,
      contentTypeWasGenerated
    };
    if (contentTypeWasGenerated) {
      headers["content-type"] = contentType;
    }
    options.body = body;
  }
  async _finalizeBody() {
    const { options } = this;
    const headers = options.getInternalHeaders();
    const isForm = !distribution_default.undefined(options.form);
    const isJSON = !distribution_default.undefined(options.json);
    const isBody = !distribution_default.undefined(options.body);
    const cannotHaveBody = !methodCanHaveBody(options);
    if (isForm || isJSON || isBody) {
      if (cannotHaveBody) {
        throw new TypeError(`The \`${options.method}\` method cannot be used with a body`);
      }
      const noContentType = distribution_default.undefined(headers["content-type"]);
      if (isBody) {
        if (Object.prototype.toString.call(options.body) === "[object FormData]" && !(options.body instanceof FormData)) {
          throw new TypeError("Non-native FormData is not supported. Use globalThis.FormData instead.");
        }
        this._serializeFormDataBody(options, false);
      } else if (isForm) {
        if (noContentType) {
          headers["content-type"] = "application/x-www-form-urlencoded";
        }
        const { form } = options;
        options.form = void 0;
        options.body = new URLSearchParams(form).toString();
      } else {
        if (noContentType) {
          headers["content-type"] = "application/json";
        }
        const { json } = options;
        options.json = void 0;
        options.body = options.stringifyJson(json);
      }
      const uploadBodySize = getBodySize(options.body, headers);
      if (distribution_default.undefined(headers["content-length"]) && distribution_default.undefined(headers["transfer-encoding"]) && !cannotHaveBody && !distribution_default.undefined(uploadBodySize)) {
        headers["content-length"] = String(uploadBodySize);
      }
    }
    if (options.responseType === "json" && !("accept" in headers)) {
      headers.accept = "application/json";
    }
    this._bodySize = parseContentLength(headers["content-length"]);
  }
  async _onResponseBase(response) {
    if (this.isAborted) {
      return;
    }
    const { options } = this;
    const { url } = options;
    const nativeResponse = response;
    const statusCode = response.statusCode;
    const { method } = options;
    const redirectLocationHeader = response.headers.location;
    const redirectLocation = Array.isArray(redirectLocationHeader) ? redirectLocationHeader[0] : redirectLocationHeader;
    const isRedirect = Boolean(redirectLocation && redirectCodes.has(statusCode));
    const hasNoBody = method === "HEAD" || statusCode >= 100 && statusCode < 200 || statusCode === 204 || statusCode === 205 || statusCode === 304;
    const prepareResponse = (response2) => {
      if (!Object.hasOwn(response2, "headers")) {
        Object.defineProperty(response2, "headers", {
          value: response2.headers,
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      response2.statusMessage ||= http_default.STATUS_CODES[statusCode];
      response2.url = stripUrlAuth(options.url);
      response2.requestUrl = this.requestUrl;
      response2.redirectUrls = this.redirectUrls;
      response2.request = this;
      response2.isFromCache = nativeResponse.fromCache ?? false;
      response2.ip = this.ip;
      response2.retryCount = this.retryCount;
      response2.ok = isResponseOk(response2);
      return response2;
    };
    let typedResponse = prepareResponse(response);
    const shouldFollowRedirect = isRedirect && !typedResponse.ok;
    if (options.decompress && !hasNoBody && !shouldFollowRedirect) {
      response = decompressResponseBody(response);
      copyRedirectDecision(typedResponse, response);
      typedResponse = prepareResponse(response);
      if (options.strictContentLength && response !== nativeResponse) {
        this._compressedBytesCount = 0;
        nativeResponse.on("data", (chunk2) => {
          this._compressedBytesCount += byteLength(chunk2);
        });
      }
    }
    const wasDecompressed = response !== nativeResponse;
    this._responseSize = parseContentLength(response.headers["content-length"]);
    this.response = typedResponse;
    this._incrementalDecode = this._shouldIncrementallyDecodeBody() ? { decoder: new TextDecoder(), chunks: [] } : void 0;
    publishResponseStart({
      requestId: this._requestId,
      url: typedResponse.url,
      statusCode,
      headers: { ...response.headers },
      isFromCache: typedResponse.isFromCache
    });
    response.once("error", (error) => {
      if (!wasDecompressed && response.complete && this._responseSize === void 0 && error.code === "ECONNRESET") {
        return;
      }
      this._aborted = true;
      this._beforeError(new ReadError(error, this));
    });
    response.once("aborted", () => {
      if (this._responseSize === void 0 && nativeResponse.complete) {
        return;
      }
      this._aborted = true;
      if (!this._checkContentLengthMismatch()) {
        this._beforeError(createServerAbortedError(this));
      }
    });
    let canFinalizeResponse = false;
    const handleResponseEnd = () => {
      if (!canFinalizeResponse || !response.readableEnded) {
        return;
      }
      canFinalizeResponse = false;
      if (this._stopReading) {
        return;
      }
      if (this._checkContentLengthMismatch()) {
        return;
      }
      this._responseSize = this._downloadedSize;
      this.emit("downloadProgress", this.downloadProgress);
      publishResponseEnd({
        requestId: this._requestId,
        url: typedResponse.url,
        statusCode,
        bodySize: this._downloadedSize,
        timings: this.timings
      });
      this.push(null);
    };
    if (!shouldFollowRedirect) {
      response.once("end", () => {
        clearTimeout(this._requestTimeout);
        if (!this._noPipe && this.writableFinished) {
          this._abortListenerDisposer?.[Symbol.dispose]();
          this._abortListenerDisposer = void 0;
        }
      });
      response.once("end", handleResponseEnd);
    }
    const rawCookies = response.headers["set-cookie"];
    const responseRawBodyPromise = this._noPipe && distribution_default.object(options.cookieJar) && rawCookies !== void 0 && !shouldFollowRedirect ? this._setRawBody(response) : void 0;
    if (distribution_default.object(options.cookieJar) && rawCookies) {
      try {
        for (const rawCookie of rawCookies) {
          try {
            await options.cookieJar.setCookie(rawCookie, url.toString());
          } catch (error) {
            if (!options.ignoreInvalidCookies) {
              throw error;
            }
          }
        }
      } catch (error) {
        if (responseRawBodyPromise) {
          await responseRawBodyPromise;
        }
        this._beforeError(error);
        return;
      }
    }
    if (this.isAborted) {
      return;
    }
    if (shouldFollowRedirect) {
      response.resume();
      this._cancelTimeouts?.();
      this._unproxyEvents?.();
      if (this.redirectUrls.length >= options.maxRedirects) {
        this._beforeError(new MaxRedirectsError(this));
        return;
      }
      this._request = void 0;
      this._downloadedSize = 0;
      this._uploadedSize = 0;
      const updatedOptions = new Options(void 0, void 0, this.options);
      try {
        const redirectBuffer = Buffer5.from(redirectLocation, "binary").toString();
        const redirectUrl = new URL(redirectBuffer, url);
        if (!redirectBuffer.includes("#")) {
          const previousUrl = url;
          redirectUrl.hash = previousUrl.hash === "" && previousUrl.href.endsWith("#") ? "#" : previousUrl.hash;
        }
        const currentUnixSocketPath = getUnixSocketPath(url);
        const redirectUnixSocketPath = getUnixSocketPath(redirectUrl);
        if (redirectUrl.protocol === "unix:" && redirectUnixSocketPath === void 0 || redirectUnixSocketPath !== void 0 && currentUnixSocketPath !== redirectUnixSocketPath) {
          this._beforeError(new RequestError("Cannot redirect to UNIX socket", {}, this));
          return;
        }
        const isDifferentOrigin = redirectUrl.origin !== url.origin || currentUnixSocketPath !== redirectUnixSocketPath;
        const serverRequestedGet = statusCode === 303 && updatedOptions.method !== "GET" && updatedOptions.method !== "HEAD";
        const crossOriginRequestedGet = isDifferentOrigin && (statusCode === 301 || statusCode === 302) && updatedOptions.method === "POST";
        const canRewrite = statusCode !== 307 && statusCode !== 308;
        const userRequestedGet = updatedOptions.methodRewriting && canRewrite && updatedOptions.method !== "HEAD";
        const shouldDropBody = serverRequestedGet || crossOriginRequestedGet || userRequestedGet;
        if (shouldDropBody) {
          updatedOptions.method = "GET";
          this._dropBody(updatedOptions);
        } else if (isDifferentOrigin && canRewrite && updatedOptions.method !== "QUERY" && this._hasBodyForRedirect(updatedOptions)) {
          this._dropBody(updatedOptions);
        }
        if (isDifferentOrigin) {
          updatedOptions.h2session = void 0;
          this._stripCrossOriginState(updatedOptions, redirectUrl);
        } else {
          redirectUrl.username = updatedOptions.username;
          redirectUrl.password = updatedOptions.password;
        }
        const { allowAbsoluteUrls } = updatedOptions;
        try {
          updatedOptions.allowAbsoluteUrls = true;
          updatedOptions.url = redirectUrl;
        } finally {
          updatedOptions.allowAbsoluteUrls = allowAbsoluteUrls;
        }
        this.redirectUrls.push(redirectUrl);
        const boundaryBeforeRedirectHooks = getUrlPrefixBoundary(updatedOptions);
        const bodyBeforeRedirectHooks = updatedOptions.body;
        const h2sessionBeforeRedirectHooks = updatedOptions.h2session;
        const preHookState = isDifferentOrigin ? void 0 : {
          ...snapshotCrossOriginState(updatedOptions),
          url: new URL(updatedOptions.url)
        };
        this._checkRequestTimeout();
        if (this._stopReading) {
          return;
        }
        const changedState = await updatedOptions.trackStateMutations(async (changedState2) => {
          for (const hook of updatedOptions.hooks.beforeRedirect) {
            await hook(updatedOptions, typedResponse);
            this._checkRequestTimeout(updatedOptions);
            if (this._stopReading) {
              break;
            }
          }
          return changedState2;
        });
        if (this._stopReading) {
          return;
        }
        if (hasUrlOrPrefixUrlBoundaryChanged(updatedOptions, updatedOptions.url, boundaryBeforeRedirectHooks)) {
          assertUrlHasSameOriginAsPrefixUrlIfNeeded(updatedOptions, updatedOptions.url);
        }
        updatedOptions.clearUnchangedCookieHeader(preHookState, changedState);
        if (!isDifferentOrigin) {
          const state = preHookState;
          const hookUrl = updatedOptions.url;
          const hookChangedOrigin = !isSameOrigin(state.url, hookUrl);
          if (hookChangedOrigin && (statusCode === 301 || statusCode === 302) && updatedOptions.method === "POST") {
            updatedOptions.method = "GET";
            this._dropBody(updatedOptions);
          }
          if (hookChangedOrigin) {
            if (updatedOptions.h2session === h2sessionBeforeRedirectHooks) {
              updatedOptions.h2session = void 0;
            }
            if (canRewrite && updatedOptions.method !== "QUERY" && this._hasUnchangedBodyForRedirect(updatedOptions, state, changedState)) {
              this._dropBody(updatedOptions);
            }
            this._stripUnchangedCrossOriginState(updatedOptions, hookUrl, {
              ...state,
              changedState,
              preserveUsername: hasExplicitCredentialInUrlChange(changedState, hookUrl, "username") || isCrossOriginCredentialChanged(state.url, hookUrl, "username"),
              preservePassword: hasExplicitCredentialInUrlChange(changedState, hookUrl, "password") || isCrossOriginCredentialChanged(state.url, hookUrl, "password")
            });
          }
        }
        const nativeFormDataBody = this._nativeFormDataBody;
        const bodyUnchangedByHooks = updatedOptions.body === bodyBeforeRedirectHooks;
        const wasNonReplayable = isNonReplayableBody(bodyBeforeRedirectHooks);
        const bodyWasRemovedByHooks = changedState.has("body") && !hasBodyOption(updatedOptions) && this.options.body === bodyBeforeRedirectHooks && (!bodyUnchangedByHooks || this._hasWrittenBody || this._hasWritableBody);
        if (bodyWasRemovedByHooks) {
          this._dropBody(updatedOptions);
        } else if (!bodyUnchangedByHooks && wasNonReplayable && this.options.body === bodyBeforeRedirectHooks) {
          this._destroyBody(bodyBeforeRedirectHooks);
        }
        if (this._hasBodyForRedirect(updatedOptions)) {
          if (bodyUnchangedByHooks && nativeFormDataBody !== void 0 && updatedOptions.body === nativeFormDataBody.body) {
            this._reserializeFormDataBody(updatedOptions, changedState.has("content-type"));
          } else if (bodyUnchangedByHooks && (wasNonReplayable || distribution_default.undefined(updatedOptions.body) && (this._hasWrittenBody || this._hasWritableBody))) {
            this._dropBody(updatedOptions);
            this._beforeError(new RequestError("Cannot follow redirect with a non-replayable body", {}, this));
            return;
          }
        }
        if (!bodyUnchangedByHooks && !changedState.has("content-length") && !distribution_default.undefined(updatedOptions.body)) {
          this._serializeFormDataBody(updatedOptions, changedState.has("content-type"));
          this._refreshBodySize(updatedOptions);
        }
        this._assertMethodCanHaveBody(updatedOptions, changedState);
        publishRedirect({
          requestId: this._requestId,
          fromUrl: stripUrlAuth(url),
          toUrl: stripUrlAuth(updatedOptions.url),
          statusCode
        });
        this.emit("redirect", updatedOptions, typedResponse);
        this.options = updatedOptions;
        await this._makeRequest();
      } catch (error) {
        this._beforeError(error);
        return;
      }
      return;
    }
    if (options.isStream && options.throwHttpErrors && !isResponseOk(typedResponse)) {
      this._beforeError(new HTTPError(typedResponse));
      return;
    }
    if (!hasNoBody && (!wasDecompressed || options.strictContentLength)) {
      const expectedLength = parseContentLength(nativeResponse.headers["content-length"]);
      if (expectedLength !== void 0 && expectedLength >= 0) {
        this._expectedContentLength = expectedLength;
      }
    }
    this.emit("downloadProgress", this.downloadProgress);
    response.on("readable", () => {
      if (this._triggerRead) {
        this._read();
      }
    });
    this.on("resume", () => {
      response.resume();
    });
    this.on("pause", () => {
      response.pause();
    });
    if (this._noPipe) {
      const captureFromResponse = response.readableEnded || responseRawBodyPromise !== void 0;
      if (!captureFromResponse) {
        canFinalizeResponse = true;
        handleResponseEnd();
      }
      const success = responseRawBodyPromise ? await responseRawBodyPromise : await this._setRawBody(captureFromResponse ? response : this);
      if (captureFromResponse) {
        canFinalizeResponse = true;
        handleResponseEnd();
      }
      if (success) {
        this.emit("response", response);
      }
      return;
    }
    this.emit("response", response);
    const connectionListedHeaders = getConnectionListedHeaders(response.headers);
    for (const destination of this._pipedServerResponses) {
      if (destination.headersSent) {
        continue;
      }
      for (const key in response.headers) {
        if (!Object.hasOwn(response.headers, key)) {
          continue;
        }
        if (wasDecompressed && (key === "content-encoding" || key === "content-length") || hopByHopHeaders.has(key) || connectionListedHeaders.has(key)) {
          continue;
        }
        const value = response.headers[key];
        if (value !== void 0) {
          destination.setHeader(key, value);
        }
      }
      destination.statusCode = statusCode;
    }
    if (this._triggerRead) {
      this._read();
    }
    canFinalizeResponse = true;
    handleResponseEnd();
  }
  async _setRawBody(from = this) {
    try {
      const fromArray = await from.toArray();
      const hasNonStringChunk = fromArray.some((chunk2) => typeof chunk2 !== "string");
      const rawBody = hasNonStringChunk ? concatUint8Arrays(fromArray.map((chunk2) => typeof chunk2 === "string" ? Buffer5.from(chunk2, from.readableEncoding ?? void 0) : chunk2)) : new Uint8Array(Buffer5.from(fromArray.join(""), from.readableEncoding ?? void 0));
      const shouldUseIncrementalDecodedBody = from === this && this._incrementalDecode !== void 0;
      if (!this.isAborted && this.response) {
        this.response.rawBody = rawBody;
        if (from !== this) {
          this._downloadedSize = rawBody.byteLength;
        }
        if (shouldUseIncrementalDecodedBody) {
          try {
            const { decoder, chunks } = this._incrementalDecode;
            const finalDecodedChunk = decoder.decode();
            if (finalDecodedChunk.length > 0) {
              chunks.push(finalDecodedChunk);
            }
            cacheDecodedBody(this.response, chunks.join(""));
          } catch {
          }
        }
        return true;
      }
    } catch {
    } finally {
      this._incrementalDecode = void 0;
    }
    return false;
  }
  async _onResponse(response) {
    try {
      await this._onResponseBase(response);
    } catch (error) {
      this._beforeError(error);
    }
  }
  _onRequest(request2, useCache) {
    const { options } = this;
    const { timeout, url } = options;
    publishRequestStart({
      requestId: this._requestId,
      url: getSanitizedUrl(this.options),
      method: options.method,
      headers: { ...options.headers }
    });
    timer_default(request2);
    this._cancelTimeouts = timedOut(request2, timeout, url);
    let lastRequestError;
    const responseEventName = useCache ? "cacheableResponse" : "response";
    request2.once(responseEventName, (response) => {
      void this._onResponse(response);
    });
    const emitRequestError = (error) => {
      this._aborted = true;
      request2.destroy();
      const wrappedError = error instanceof TimeoutError2 ? this._createTimeoutError(error) : new RequestError(error.message, error, this);
      this._beforeError(wrappedError);
    };
    request2.once("error", (error) => {
      lastRequestError = error;
      if (this._request !== request2) {
        return;
      }
      if (isTransientWriteError(error)) {
        queueMicrotask(() => {
          if (this._request !== request2 || hasResponse(request2)) {
            return;
          }
          emitRequestError(error);
        });
        return;
      }
      emitRequestError(error);
    });
    if (!useCache) {
      request2.once("close", () => {
        if (this._request !== request2 || hasResponse(request2) || this._stopReading) {
          return;
        }
        this._beforeError(lastRequestError ?? createServerAbortedError(this));
      });
    }
    this._unproxyEvents = proxyEvents(request2, this, proxiedRequestEvents);
    this._request = request2;
    this._bodySize = parseContentLength(options.headers["content-length"]);
    this.emit("uploadProgress", this.uploadProgress);
    this._sendBody();
    this.emit("request", request2);
  }
  _isRequestStale(request2) {
    return this._request !== request2 || hasResponse(request2) || request2.destroyed || request2.writableEnded;
  }
  _cancelActiveWebBodyReader(body) {
    const activeReader = this._activeWebBodyReader;
    if (activeReader?.body !== body) {
      return false;
    }
    this._activeWebBodyReader = void 0;
    try {
      void activeReader.reader.cancel().catch(noop3);
    } catch {
    } finally {
      activeReader.reader.releaseLock();
    }
    return true;
  }
  async *_iterateWebBody(body) {
    const reader = body.getReader();
    this._activeWebBodyReader = { body, reader };
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) {
          return;
        }
        yield value;
      }
    } finally {
      this._cancelActiveWebBodyReader(body);
    }
  }
  async *_iterateBody(body) {
    try {
      yield* body instanceof ReadableStream ? this._iterateWebBody(body) : body;
    } catch (error) {
      throw new UploadError(normalizeError(error), this);
    }
  }
  async _asyncWrite(chunk2, request2 = this) {
    return new Promise((resolve, reject) => {
      if (request2 === this) {
        super.write(chunk2, (error) => {
          if (error) {
            reject(error);
            return;
          }
          resolve();
        });
        return;
      }
      this._writeRequest(chunk2, void 0, (error) => {
        if (error) {
          reject(error);
          return;
        }
        resolve();
      }, request2);
    });
  }
  _sendBody() {
    const { body } = this.options;
    this._dispatchedBody = { body };
    this._dispatchingOwnBody = true;
    const currentRequest = this.redirectUrls.length === 0 && !this._discardBodyWrites ? this : this._request ?? this;
    if (distribution_default.nodeStream(body) && currentRequest === this) {
      body.off("error", this._onBodyError).once("error", this._onBodyError);
      body.pipe(currentRequest);
    } else if (distribution_default.buffer(body)) {
      this._writeBodyInChunks(body, currentRequest);
    } else if (ArrayBuffer.isView(body)) {
      const uint8View = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      this._writeBodyInChunks(uint8View, currentRequest);
    } else if (isIterableBody(body)) {
      (async () => {
        const isInitialRequest = currentRequest === this;
        const bodyOptions = this.options;
        const isBodySuperseded = () => this.options !== bodyOptions || this.options.body !== body;
        try {
          for await (const chunk2 of this._iterateBody(body)) {
            if (isBodySuperseded()) {
              return;
            }
            await this._asyncWrite(chunk2, currentRequest);
            if (isBodySuperseded()) {
              return;
            }
          }
          if (!isBodySuperseded()) {
            if (isInitialRequest) {
              super.end();
              return;
            }
            await this._endWritableRequest(currentRequest);
          }
        } catch (error) {
          if (isBodySuperseded()) {
            return;
          }
          this._beforeError(error);
        }
      })();
    } else if (distribution_default.undefined(body)) {
      if (currentRequest !== this) {
        void (async () => {
          try {
            await this._endWritableRequest(currentRequest);
          } catch (error) {
            this._beforeError(error);
          }
        })();
      } else if ((this._noPipe ?? false) || !this._methodCanHaveBody) {
        currentRequest.end();
      }
    } else {
      this._writeBodyInChunks(stringToUint8Array(body), currentRequest);
    }
  }
  /*
      Write a body buffer in chunks to enable granular `uploadProgress` events.
  
      Without chunking, string/Uint8Array/TypedArray bodies are written in a single call, causing `uploadProgress` to only emit 0% and 100% with nothing in between.
  
      The 64 KB chunk size matches Node.js fs stream defaults.
      */
  _writeBodyInChunks(buffer, currentRequest) {
    const isInitialRequest = currentRequest === this;
    (async () => {
      let request2;
      try {
        request2 = isInitialRequest ? this._request : currentRequest;
        const activeRequest = request2;
        if (!activeRequest) {
          if (isInitialRequest) {
            super.end();
          }
          return;
        }
        if (activeRequest.destroyed) {
          return;
        }
        await this._writeChunksToRequest(buffer, activeRequest);
        if (this._isRequestStale(activeRequest)) {
          this._finalizeStaleChunkedWrite(activeRequest, isInitialRequest);
          return;
        }
        if (isInitialRequest) {
          super.end();
          return;
        }
        await this._endWritableRequest(activeRequest);
      } catch (error) {
        const normalizedError = normalizeError(error);
        if (isTransientWriteError(normalizedError)) {
          if (isInitialRequest && request2) {
            const initialRequest = request2;
            let didFinalize = false;
            const finalizeIfStale = () => {
              if (didFinalize || !this._isRequestStale(initialRequest)) {
                return;
              }
              didFinalize = true;
              this._finalizeStaleChunkedWrite(initialRequest, true);
            };
            finalizeIfStale();
            if (!didFinalize) {
              initialRequest.once("response", finalizeIfStale);
              queueMicrotask(finalizeIfStale);
            }
          }
          return;
        }
        if (!isInitialRequest && this._isRequestStale(currentRequest)) {
          return;
        }
        this._beforeError(normalizedError);
      }
    })();
  }
  _finalizeStaleChunkedWrite(request2, isInitialRequest) {
    if (!request2.destroyed && !request2.writableEnded) {
      request2.destroy();
    }
    if (isInitialRequest) {
      this._skipRequestEndInFinal = true;
      super.end();
    }
  }
  _emitUploadComplete(request2) {
    this._bodySize = this._uploadedSize;
    this.emit("uploadProgress", this.uploadProgress);
    request2.emit("upload-complete");
  }
  async _endWritableRequest(request2) {
    await new Promise((resolve, reject) => {
      request2.end((error) => {
        if (error) {
          reject(error);
          return;
        }
        if (this._request === request2 && !request2.destroyed) {
          this._emitUploadComplete(request2);
        }
        resolve();
      });
    });
  }
  _stripCrossOriginState(options, urlToClear) {
    for (const header of crossOriginStripHeaders) {
      options.deleteInternalHeader(header);
    }
    options.username = "";
    options.password = "";
    urlToClear.username = "";
    urlToClear.password = "";
  }
  _stripUnchangedCrossOriginState(options, urlToClear, state) {
    const headers = options.getInternalHeaders();
    for (const header of crossOriginStripHeaders) {
      if (!state.changedState.has(header) && headers[header] === state.headers[header]) {
        options.deleteInternalHeader(header);
      }
    }
    if (!state.preserveUsername) {
      options.username = "";
      urlToClear.username = "";
    }
    if (!state.preservePassword) {
      options.password = "";
      urlToClear.password = "";
    }
  }
  get _methodCanHaveBody() {
    return methodCanHaveBody(this.options);
  }
  _canWriteBody() {
    return !this._noPipe && !this.isReadonly && this._methodCanHaveBody;
  }
  _hasBodyForRedirect(options) {
    return hasBodyOption(options) || this._hasWrittenBody || this._hasWritableBody;
  }
  _hasUnchangedBodyForRedirect(options, state, changedState) {
    return !hasBodyOptionChanged(changedState) && this._hasBodyForRedirect(options) && isBodyUnchanged(options, state);
  }
  // A hook that switched to a method that cannot carry a body must drop or replace the body,
  // the same way the initial request preparation requires.
  _assertMethodCanHaveBody(options, changedState) {
    if (changedState.has("method") && !distribution_default.undefined(options.body) && !methodCanHaveBody(options)) {
      throw new TypeError(`The \`${options.method}\` method cannot be used with a body`);
    }
  }
  _refreshBodySize(options) {
    const bodySize = distribution_default.undefined(options.body) || !distribution_default.undefined(options.getInternalHeaders()["transfer-encoding"]) ? void 0 : getBodySize(options.body, void 0);
    if (bodySize === void 0) {
      options.deleteInternalHeader("content-length");
    } else {
      options.setInternalHeader("content-length", String(bodySize));
    }
    this._bodySize = bodySize;
  }
  _dropBody(updatedOptions) {
    const { body } = this.options;
    const updatedBody = updatedOptions.body;
    const hadOptionBody = hasBodyOption(this.options);
    this.options.clearBody();
    this._destroyBody(body);
    if (updatedBody !== body) {
      this._destroyBody(updatedBody);
    }
    if (!hadOptionBody && !this.writableEnded) {
      this._skipRequestEndInFinal = true;
      super.end();
    }
    updatedOptions.clearBody();
    this._bodySize = void 0;
    this._hasWrittenBody = false;
    this._hasWritableBody = false;
  }
  _reserializeFormDataBody(options, contentTypeChanged) {
    const nativeFormDataBody = this._nativeFormDataBody;
    this._destroyBody(options.body);
    const { body, contentType } = serializeNativeFormDataBody(nativeFormDataBody.form);
    nativeFormDataBody.body = body;
    options.body = body;
    if (contentTypeChanged) {
      nativeFormDataBody.contentTypeWasGenerated = false;
    } else if (nativeFormDataBody.contentTypeWasGenerated) {
      options.setInternalHeader("content-type", contentType);
    }
  }
  _destroyBody(body) {
    if (distribution_default.nodeStream(body)) {
      const bodyStream = body;
      bodyStream.off("error", this._onBodyError);
      bodyStream.unpipe();
      bodyStream.on("error", noop3);
      bodyStream.destroy();
    } else if (body instanceof ReadableStream) {
      if (!this._cancelActiveWebBodyReader(body) && !body.locked) {
        void body.cancel().catch(noop3);
      }
    } else if (isIterableBody(body)) {
      const iterableBody = body;
      if (typeof iterableBody.return === "function") {
        try {
          const result = iterableBody.return();
          if (result instanceof Promise) {
            result.catch(noop3);
          }
        } catch {
        }
      }
    }
  }
  _onBodyError = (error) => {
    if (this._flushed) {
      this._beforeError(new UploadError(error, this));
    } else {
      this.flush = async () => {
        this.flush = async () => {
        };
        this._beforeError(new UploadError(error, this));
      };
    }
  };
  async _writeChunksToRequest(buffer, request2) {
    const chunkSize = 65536;
    const isStale = () => this._isRequestStale(request2);
    for (const part of chunk(buffer, chunkSize)) {
      if (isStale()) {
        return;
      }
      await new Promise((resolve, reject) => {
        this._writeRequest(part, void 0, (error) => {
          if (isStale()) {
            resolve();
            return;
          }
          if (error) {
            reject(error);
          } else {
            setImmediate(resolve);
          }
        }, request2);
      });
    }
  }
  _prepareCache(cache) {
    if (cacheableStore.has(cache)) {
      return;
    }
    const cacheableRequest = new dist_default(((requestOptions, handler) => {
      const gotRequest = requestOptions.gotRequest;
      if (gotRequest?._stopReading) {
        throw new AbortError(gotRequest);
      }
      const wrappedHandler = handler ? (response) => {
        const { beforeCacheHooks, gotRequest: gotRequest2 } = requestOptions;
        if (!beforeCacheHooks || beforeCacheHooks.length === 0) {
          handler(response);
          return;
        }
        const callerHeaders = response.headers;
        response.headers = Object.fromEntries(Object.entries(callerHeaders).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value]));
        try {
          try {
            for (const hook of beforeCacheHooks) {
              const result2 = hook(response);
              if (result2 === false) {
                response.headers["cache-control"] = "no-cache, no-store, must-revalidate";
                response.headers.pragma = "no-cache";
                response.headers.expires = "0";
                handler(response);
                return;
              }
              if (distribution_default.promise(result2)) {
                throw new TypeError("beforeCache hooks must be synchronous. The hook returned a Promise, but this hook must return synchronously. If you need async logic, use beforeRequest hook instead.");
              }
              if (result2 !== void 0) {
                throw new TypeError("beforeCache hook must return false or undefined. To modify the response, mutate it directly.");
              }
            }
          } catch (error) {
            if (gotRequest2) {
              gotRequest2._beforeError(error);
              return;
            }
            console.error("Got: beforeCache hook error (request context unavailable):", error);
            handler(response);
            return;
          }
          handler(response);
        } finally {
          response.headers = callerHeaders;
        }
      } : handler;
      const result = requestOptions._request(requestOptions, wrappedHandler);
      if (distribution_default.promise(result)) {
        result.once = (event, handler2) => {
          if (event === "error") {
            (async () => {
              try {
                await result;
              } catch (error) {
                handler2(error);
              }
            })();
          } else if (event === "abort" || event === "destroy") {
            (async () => {
              try {
                const request2 = await result;
                request2.once(event, handler2);
              } catch {
              }
            })();
          } else {
            throw new Error(`Unknown HTTP/2 promise event: ${event}`);
          }
          return result;
        };
      }
      return result;
    }), cache);
    cacheableStore.set(cache, cacheableRequest.request());
  }
  async _createCacheableRequest(url, options) {
    return new Promise((resolve, reject) => {
      const hostname = distribution_default.string(url.hostname) && url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
      Object.assign(options, {
        protocol: url.protocol,
        hostname,
        host: hostname,
        hash: url.hash === "" ? "" : url.hash ?? null,
        search: url.search === "" ? "" : url.search ?? null,
        pathname: url.pathname,
        href: url.href,
        path: `${url.pathname || ""}${url.search || ""}`,
        ...distribution_default.string(url.port) && url.port.length > 0 && { port: Number(url.port) },
        // The `&&` form spreads an empty credential as `{0: ''}`, so the absent case stays
        // explicit. A URL such as `http://@example.com` has both parts set to `''`.
        // eslint-disable-next-line unicorn/consistent-conditional-object-spread
        ...url.username || url.password ? { auth: `${url.username || ""}:${url.password || ""}` } : {}
      });
      let request2;
      const cacheRequest = cacheableStore.get(options.cache)(options, (response) => {
        void (async () => {
          response._readableState.autoDestroy = false;
          if (request2) {
            const fix = () => {
              if (response.req) {
                response.complete = response.req.res.complete;
              } else if (response.complete === void 0) {
                response.complete = true;
              }
            };
            response.prependOnceListener("end", fix);
            fix();
            (await request2).emit("cacheableResponse", response);
          }
          resolve(response);
        })();
      });
      cacheRequest.once("error", reject);
      cacheRequest.once("request", (requestOrPromise) => {
        request2 = requestOrPromise;
        resolve(request2);
      });
    });
  }
  // `timeout.request` is a global budget: one timer covers the whole request, including redirects and the hooks between them.
  // Redirect and hook boundaries call this again so time spent in hooks counts and changes hooks make to `timeout.request` take effect.
  // The budget is read from the options the hook mutated, which is not `this.options` until the hooks are done.
  _checkRequestTimeout(options = this.options) {
    clearTimeout(this._requestTimeout);
    const budget = options.timeout.request;
    if (budget === void 0 || this._startedAt === void 0 || this._stopReading) {
      return;
    }
    const remaining = budget - (Date.now() - this._startedAt);
    if (remaining <= 0) {
      this._expireRequestTimeout(budget);
      return;
    }
    if (!isArmableTimerDelay(remaining)) {
      return;
    }
    this._requestTimeout = setTimeout(() => {
      if (this.options.timeout.request === budget) {
        this._expireRequestTimeout(budget);
      } else {
        this._checkRequestTimeout();
      }
    }, remaining);
    this._requestTimeout.unref();
  }
  _expireRequestTimeout(budget) {
    const error = new TimeoutError2(budget, "request");
    if (this._request && !this._request.destroyed) {
      this._request.destroy(error);
    } else {
      this._beforeError(error);
    }
  }
  async _makeRequest() {
    const { options } = this;
    this._attachAbortListener();
    if (this.redirectUrls.length > 0) {
      this._checkRequestTimeout();
    }
    if (this.destroyed || this._stopReading) {
      return;
    }
    const shouldDeleteGeneratedHeader = (currentHeader, generatedHeader) => currentHeader === generatedHeader || distribution_default.undefined(currentHeader);
    const syncGeneratedHeader = (name, { currentHeader, explicitHeader, nextHeader, staleGeneratedHeader }) => {
      if (!distribution_default.undefined(nextHeader)) {
        options.setInternalHeader(name, nextHeader);
      } else if (!distribution_default.undefined(explicitHeader) && currentHeader === staleGeneratedHeader) {
        options.setInternalHeader(name, explicitHeader);
      } else if (shouldDeleteGeneratedHeader(currentHeader, staleGeneratedHeader)) {
        options.deleteInternalHeader(name);
      }
    };
    const getAuthorizationHeader = (username2, password2, isExplicitlyOmitted) => !isExplicitlyOmitted && (username2 || password2) ? `Basic ${stringToBase64(`${username2}:${password2}`)}` : void 0;
    const sanitizeHeaders = () => {
      const currentHeaders = options.getInternalHeaders();
      for (const key in currentHeaders) {
        if (distribution_default.undefined(currentHeaders[key])) {
          options.deleteInternalHeader(key);
        } else if (distribution_default.null(currentHeaders[key])) {
          throw new TypeError(`Use \`undefined\` instead of \`null\` to delete the \`${key}\` header`);
        } else if (Array.isArray(currentHeaders[key]) && (key === "transfer-encoding" || singleValueRequestHeaders.has(key))) {
          if (currentHeaders[key].length !== 1) {
            throw new TypeError(`The \`${key}\` header must be a single value`);
          }
          options.setInternalHeader(key, currentHeaders[key][0]);
        }
      }
      return currentHeaders;
    };
    const getCookieHeader = async (cookieJar2) => {
      if (!cookieJar2) {
        return void 0;
      }
      const cookieString = await cookieJar2.getCookieString(options.url.toString());
      return distribution_default.nonEmptyString(cookieString) ? cookieString : void 0;
    };
    if (options.cookieJar && !options.isHeaderExplicitlySet("cookie")) {
      options.deleteInternalHeader("cookie");
    }
    const headers = sanitizeHeaders();
    const initialHeaders = options.getInternalHeaders();
    const authorizationWasInitiallyExplicit = options.isHeaderExplicitlySet("authorization");
    const explicitAuthorizationHeader = authorizationWasInitiallyExplicit ? initialHeaders.authorization : void 0;
    const explicitCookieHeader = options.isHeaderExplicitlySet("cookie") ? initialHeaders.cookie : void 0;
    const authorizationWasInitiallyOmitted = authorizationWasInitiallyExplicit && distribution_default.undefined(initialHeaders.authorization);
    const cookieWasInitiallyOmitted = options.isHeaderExplicitlySet("cookie") && distribution_default.undefined(initialHeaders.cookie);
    if (options.decompress && distribution_default.undefined(headers["accept-encoding"]) && !options.isHeaderExplicitlySet("accept-encoding")) {
      const encodings = supportsBrotli ? ["gzip", "deflate", "br"] : ["gzip", "deflate"];
      if (supportsZstd2) {
        encodings.push("zstd");
      }
      options.setInternalHeader("accept-encoding", encodings.join(", "));
    }
    const { username, password } = options;
    const cookieJar = options.cookieJar;
    const generatedAuthorizationHeader = distribution_default.undefined(explicitAuthorizationHeader) ? getAuthorizationHeader(username, password, authorizationWasInitiallyOmitted) : void 0;
    let generatedCookieHeader;
    if (!distribution_default.undefined(generatedAuthorizationHeader)) {
      options.setInternalHeader("authorization", generatedAuthorizationHeader);
    }
    if (!cookieWasInitiallyOmitted) {
      generatedCookieHeader = await getCookieHeader(cookieJar);
      this._checkRequestTimeout();
      if (this._stopReading) {
        return;
      }
      if (!distribution_default.undefined(generatedCookieHeader)) {
        options.setInternalHeader("cookie", generatedCookieHeader);
      }
    }
    let request2;
    const urlBeforeRequestHooks = options.url instanceof URL ? new URL(options.url) : void 0;
    const boundaryBeforeRequestHooks = getUrlPrefixBoundary(options);
    const stateBeforeRequestHooks = urlBeforeRequestHooks ? snapshotCrossOriginState(options) : void 0;
    const crossOriginHookStrippedHeaders = /* @__PURE__ */ new Set();
    const changedState = await options.trackStateMutations(async (changedState2) => {
      for (const hook of options.hooks.beforeRequest) {
        const result = await hook(options, { retryCount: this.retryCount });
        this._checkRequestTimeout();
        if (this._stopReading) {
          destroyRequestResult(result);
          break;
        }
        if (!distribution_default.undefined(result)) {
          request2 = () => result;
          break;
        }
      }
      return changedState2;
    });
    this._attachAbortListener();
    if (this.destroyed) {
      return;
    }
    let shouldOmitRequestUrlCredentials = false;
    if (changedState.has("body") && !changedState.has("content-length")) {
      this._serializeFormDataBody(options, changedState.has("content-type"));
      this._refreshBodySize(options);
    }
    this._assertMethodCanHaveBody(options, changedState);
    if (urlBeforeRequestHooks && options.url instanceof URL && hasUrlOrPrefixUrlBoundaryChanged(options, options.url, boundaryBeforeRequestHooks)) {
      assertUrlHasSameOriginAsPrefixUrlIfNeeded(options, options.url);
    }
    if (urlBeforeRequestHooks && options.url instanceof URL && !isSameOrigin(urlBeforeRequestHooks, options.url)) {
      const hookChangedState = new Set(changedState);
      const currentHeaders = options.getInternalHeaders();
      const changedHeaders = {};
      for (const header of crossOriginStripHeaders) {
        if (hookChangedState.has(header)) {
          changedHeaders[header] = currentHeaders[header];
        } else {
          options.deleteInternalHeader(header);
          crossOriginHookStrippedHeaders.add(header);
        }
      }
      const changedOptions = {
        headers: changedHeaders,
        ...hookChangedState.has("url") && { url: options.url },
        ...hookChangedState.has("prefixUrl") && { prefixUrl: options.prefixUrl },
        ...hookChangedState.has("username") && { username: options.username },
        ...hookChangedState.has("password") && { password: options.password }
      };
      options.stripSensitiveHeaders(urlBeforeRequestHooks, options.url, changedOptions);
      this._discardBodyWrites = true;
      this._hasWrittenBody = false;
      this._hasWritableBody = false;
      if (!hasBodyOptionChanged(hookChangedState) && isBodyUnchanged(options, stateBeforeRequestHooks)) {
        options.clearBody();
        this._bodySize = void 0;
      }
    }
    if (request2 === void 0) {
      const currentHeaders = options.getInternalHeaders();
      const isHeaderExplicitlyOmitted = (header) => options.isHeaderExplicitlySet(header) && (Object.hasOwn(currentHeaders, header) || changedState.has(header)) && distribution_default.undefined(currentHeaders[header]);
      const currentAuthorizationHeader = currentHeaders.authorization;
      const currentCookieHeader = currentHeaders.cookie;
      const authorizationWasExplicitlyOmitted = isHeaderExplicitlyOmitted("authorization") || authorizationWasInitiallyExplicit && !crossOriginHookStrippedHeaders.has("authorization") && distribution_default.undefined(currentAuthorizationHeader);
      const cookieWasExplicitlyOmitted = distribution_default.undefined(currentCookieHeader) && (cookieWasInitiallyOmitted || isHeaderExplicitlyOmitted("cookie"));
      sanitizeHeaders();
      if (!distribution_default.undefined(currentHeaders["transfer-encoding"]) && !distribution_default.undefined(currentHeaders["content-length"])) {
        options.deleteInternalHeader("content-length");
      }
      if (authorizationWasExplicitlyOmitted) {
        shouldOmitRequestUrlCredentials = true;
        options.deleteInternalHeader("authorization");
        if (changedState.has("authorization") && distribution_default.undefined(explicitAuthorizationHeader) && !authorizationWasInitiallyOmitted) {
          delete options.headers.authorization;
        }
      }
      const authorizationHeader = !authorizationWasInitiallyExplicit && !authorizationWasInitiallyOmitted && !authorizationWasExplicitlyOmitted ? getAuthorizationHeader(options.username, options.password, authorizationWasExplicitlyOmitted) : void 0;
      const cookieJar2 = options.cookieJar;
      if (changedState.has("authorization") && !distribution_default.undefined(currentAuthorizationHeader)) {
      } else {
        const restorableAuthorizationHeader = crossOriginHookStrippedHeaders.has("authorization") || changedState.has("authorization") && distribution_default.undefined(currentAuthorizationHeader) ? void 0 : explicitAuthorizationHeader;
        syncGeneratedHeader("authorization", {
          currentHeader: currentAuthorizationHeader,
          explicitHeader: restorableAuthorizationHeader,
          nextHeader: authorizationHeader,
          staleGeneratedHeader: generatedAuthorizationHeader
        });
      }
      if (cookieWasExplicitlyOmitted) {
        options.deleteInternalHeader("cookie");
        if (changedState.has("cookie") && distribution_default.undefined(explicitCookieHeader) && !cookieWasInitiallyOmitted) {
          delete options.headers.cookie;
        }
      } else if (changedState.has("cookie")) {
      } else {
        const cookieHeader = !cookieWasInitiallyOmitted && !cookieWasExplicitlyOmitted ? await getCookieHeader(cookieJar2) : void 0;
        const restorableCookieHeader = crossOriginHookStrippedHeaders.has("cookie") ? void 0 : explicitCookieHeader;
        syncGeneratedHeader("cookie", {
          currentHeader: currentCookieHeader,
          explicitHeader: restorableCookieHeader,
          nextHeader: cookieHeader,
          staleGeneratedHeader: generatedCookieHeader
        });
      }
    }
    request2 ??= options.getRequestFunction();
    const url = shouldOmitRequestUrlCredentials ? new URL(stripUrlAuth(options.url)) : options.url;
    this._requestOptions = options.createNativeRequestOptions();
    if (shouldOmitRequestUrlCredentials) {
      this._requestOptions.auth = void 0;
    }
    const useCache = Boolean(options.cache) && (options.body === void 0 || typeof options.body === "string" || ArrayBuffer.isView(options.body));
    if (useCache) {
      Object.assign(this._requestOptions, {
        _request: request2,
        cache: options.cache,
        body: options.body,
        beforeCacheHooks: options.hooks.beforeCache,
        gotRequest: this
      });
      try {
        this._prepareCache(options.cache);
      } catch (error) {
        throw new CacheError(normalizeError(error), this);
      }
    }
    const function_ = useCache ? this._createCacheableRequest : request2;
    try {
      this._startedAt ??= Date.now();
      this._checkRequestTimeout();
      if (this._stopReading) {
        return;
      }
      let requestOrResponse = function_(url, this._requestOptions);
      if (distribution_default.promise(requestOrResponse)) {
        requestOrResponse = await requestOrResponse;
      }
      if (this._stopReading) {
        destroyRequestResult(requestOrResponse);
        throw new AbortError(this);
      }
      if (is_client_request_default(requestOrResponse)) {
        this._onRequest(requestOrResponse, useCache);
      } else if (this.writableEnded) {
        void this._onResponse(requestOrResponse);
      } else {
        this.once("finish", () => {
          void this._onResponse(requestOrResponse);
        });
        this._sendBody();
      }
    } catch (error) {
      if (error instanceof CacheError2) {
        throw new CacheError(error, this);
      }
      throw error;
    }
  }
  async _error(error) {
    try {
      if (this.options && (!(error instanceof HTTPError) || this.options.throwHttpErrors)) {
        const hooks = this.options.hooks.beforeError;
        if (hooks.length > 0) {
          for (const hook of hooks) {
            error = await hook(error);
            if (!(error instanceof Error)) {
              const received = error === null ? "null" : distribution_default.string(error) ? "string" : typeof error;
              throw new TypeError(`The \`beforeError\` hook must return an Error instance. Received ${received}.`);
            }
          }
          if (!(error instanceof RequestError)) {
            errorsProcessedByHooks.add(error);
          }
        }
      }
    } catch (error_) {
      error = toRequestError(error_, this);
    }
    if (this._dispatchedBody !== void 0 && this.options && this.options.body !== this._dispatchedBody.body) {
      this._destroyBody(this.options.body);
    }
    this.destroy(error);
    if (this._noPipe) {
      process_default.nextTick(() => {
        this.emit("error", error);
      });
    }
  }
  _writeRequest(chunk2, encoding, callback, request2 = this._request) {
    if (!request2 || request2.destroyed) {
      callback();
      return;
    }
    request2.write(chunk2, encoding, (error) => {
      if (!error && !request2.destroyed && this._request === request2) {
        const bytes = typeof chunk2 === "string" ? Buffer5.from(chunk2, encoding) : chunk2;
        this._uploadedSize += byteLength(bytes);
        const progress = this.uploadProgress;
        if (progress.percent < 1) {
          this.emit("uploadProgress", progress);
        }
      }
      callback(error);
    });
  }
  /**
  The remote IP address.
  */
  get ip() {
    return this.socket?.remoteAddress;
  }
  /**
  Indicates whether the request has been aborted or not.
  */
  get isAborted() {
    return this._aborted;
  }
  get socket() {
    return this._request?.socket ?? void 0;
  }
  /**
  Progress event for downloading (receiving a response).
  */
  get downloadProgress() {
    return makeProgress(this._downloadedSize, this._responseSize);
  }
  /**
  Progress event for uploading (sending a request).
  */
  get uploadProgress() {
    return makeProgress(this._uploadedSize, this._bodySize);
  }
  /**
      The object contains the following properties:
  
      - `start` - Time when the request started.
      - `socket` - Time when a socket was assigned to the request.
      - `lookup` - Time when the DNS lookup finished.
      - `connect` - Time when the socket successfully connected.
      - `secureConnect` - Time when the socket securely connected.
      - `upload` - Time when the request finished uploading.
      - `response` - Time when the request fired `response` event.
      - `end` - Time when the response fired `end` event.
      - `error` - Time when the request fired `error` event.
      - `abort` - Time when the request fired `abort` event.
      - `phases`
          - `wait` - `timings.socket - timings.start`
          - `dns` - `timings.lookup - timings.socket`
          - `tcp` - `timings.connect - timings.lookup`
          - `tls` - `timings.secureConnect - timings.connect`
          - `request` - `timings.upload - (timings.secureConnect || timings.connect)`
          - `firstByte` - `timings.response - timings.upload`
          - `download` - `timings.end - timings.response`
          - `total` - `(timings.end || timings.error || timings.abort) - timings.start`
  
      If something has not been measured yet, it will be `undefined`.
  
      __Note__: The time is a `number` representing the milliseconds elapsed since the UNIX epoch.
      */
  get timings() {
    return this._request?.timings;
  }
  /**
  Whether the response was retrieved from the cache.
  */
  get isFromCache() {
    return this.response?.isFromCache;
  }
  get reusedSocket() {
    return this._request?.reusedSocket;
  }
  /**
  Whether the stream is read-only. Returns `true` when `body`, `json`, or `form` options are provided.
  */
  get isReadonly() {
    return hasBodyOption(this.options);
  }
};

// node_modules/got/dist/source/as-promise/index.js
var compressedEncodings = /* @__PURE__ */ new Set(["gzip", "x-gzip", "deflate", "br", "zstd"]);
var proxiedRequestEvents2 = [
  "request",
  "redirect",
  "uploadProgress",
  "downloadProgress"
];
function asPromise(firstRequest) {
  let globalRequest;
  let globalResponse;
  const emitter = new EventEmitter3();
  let promiseSettled = false;
  const promise = new Promise((resolve, reject) => {
    const makeRequest = (retryCount, defaultOptions, retrySource) => {
      const request2 = firstRequest ?? new Request(void 0, void 0, defaultOptions, retrySource);
      request2.retryCount = retryCount;
      request2._noPipe = true;
      globalRequest = request2;
      const setResponse = (response) => {
        globalResponse = response;
        request2.response = response;
        response.ok = isResponseOk(response);
      };
      const resolveWithResponse = (response) => {
        request2.destroy();
        promiseSettled = true;
        try {
          emitter.emit("response", response);
        } catch (error) {
          reject(normalizeError(error));
        }
        resolve(request2.options.resolveBodyOnly ? response.body : response);
      };
      request2.once("response", (response) => {
        void (async () => {
          const contentEncoding = (response.headers["content-encoding"] ?? "").toLowerCase();
          const isCompressed = contentEncoding.split(",").some((encoding) => compressedEncodings.has(encoding.trim()));
          const { options } = request2;
          const hasNoBody = options.method === "HEAD" || response.statusCode === 204 || response.statusCode === 205 || response.statusCode === 304;
          if (isCompressed && !options.decompress && !hasNoBody) {
            response.body = response.rawBody;
          } else {
            try {
              response.body = parseBody(response, options.responseType, options.parseJson, options.encoding);
            } catch (error) {
              try {
                response.body = decodeUint8Array(response.rawBody, options.encoding);
              } catch (error2) {
                request2._beforeError(new ParseError(normalizeError(error2), response));
                return;
              }
              if (isResponseOk(response)) {
                request2._beforeError(error);
                return;
              }
            }
          }
          try {
            const hooks = options.hooks.afterResponse;
            for (const hook of hooks) {
              const previousUrl = options.url ? new URL(options.url) : void 0;
              const previousBoundary = getUrlPrefixBoundary(options);
              const previousState = previousUrl ? snapshotCrossOriginState(options) : void 0;
              const requestOptions = response.request.options;
              const responseSnapshot = response;
              response = await requestOptions.trackStateMutations(async (changedState) => hook(responseSnapshot, async (updatedOptions) => {
                const preserveHooks = updatedOptions.preserveHooks ?? false;
                if (updatedOptions === requestOptions) {
                  const hasExplicitBody = hasBodyOptionChanged(changedState);
                  options.clearUnchangedCookieHeader(previousState, changedState);
                  const currentUrl = options.url;
                  if (previousUrl && currentUrl instanceof URL && hasUrlOrPrefixUrlBoundaryChanged(options, currentUrl, previousBoundary)) {
                    assertUrlHasSameOriginAsPrefixUrlIfNeeded(options, currentUrl);
                  }
                  if (updatedOptions.url !== void 0 && previousUrl && !isSameOrigin(previousUrl, currentUrl)) {
                    options.stripUnchangedCrossOriginState(previousState, changedState, { clearBody: !hasExplicitBody });
                  }
                } else {
                  options.mergeNextRequestOptions(updatedOptions, {
                    previousUrl,
                    previousState,
                    previousBoundary
                  });
                }
                if (!preserveHooks) {
                  options.hooks.afterResponse = [];
                }
                throw new RetryError(request2);
              }));
              if (!(distribution_default.object(response) && distribution_default.number(response.statusCode) && "body" in response)) {
                throw new TypeError("The `afterResponse` hook returned an invalid value");
              }
            }
          } catch (error) {
            request2._beforeError(error);
            return;
          }
          setResponse(response);
          if (!response.ok) {
            request2._beforeError(new HTTPError(response));
            return;
          }
          resolveWithResponse(response);
        })();
      });
      let handledFinalError = false;
      const onError = (error) => {
        if (!request2._stopReading) {
          request2._beforeError(error);
          return;
        }
        if (handledFinalError) {
          return;
        }
        handledFinalError = true;
        promiseSettled = true;
        if (error instanceof HTTPError && !request2.options.throwHttpErrors) {
          setResponse(error.response);
          resolveWithResponse(error.response);
          return;
        }
        reject(error);
      };
      request2.on("error", onError);
      let previousBody = request2.options?.body;
      request2.on("request", () => {
        previousBody = request2.options.body;
      });
      request2.once("retry", (newRetryCount, error) => {
        firstRequest = void 0;
        if (promiseSettled) {
          return;
        }
        const newBody = request2.options.body;
        if (previousBody === newBody && isNonReplayableBody(newBody)) {
          error.message = "Cannot retry with consumed body stream";
          onError(error);
          return;
        }
        makeRequest(newRetryCount, request2.options, request2);
      });
      proxyEvents(request2, emitter, proxiedRequestEvents2);
      if (distribution_default.undefined(firstRequest)) {
        void request2.flush();
      }
    };
    makeRequest(0);
  });
  for (const method of ["on", "once", "off"]) {
    promise[method] = function(event, function_) {
      emitter[method](event, function_);
      return this;
    };
  }
  const shortcut = (promiseToAwait, responseType) => {
    const newPromise = (async () => {
      const response = await promiseToAwait;
      if (!globalRequest.options.resolveBodyOnly && response?.request instanceof Request && response.rawBody instanceof Uint8Array) {
        globalResponse = response;
      }
      const { options } = globalResponse.request;
      return parseBody(globalResponse, responseType, options.parseJson, options.encoding);
    })();
    Object.defineProperties(newPromise, Object.getOwnPropertyDescriptors(promiseToAwait));
    return newPromise;
  };
  promise.json = function() {
    if (globalRequest.options) {
      const { headers } = globalRequest.options;
      if (!globalRequest.writableFinished && !("accept" in headers)) {
        headers.accept = "application/json";
      }
    }
    return shortcut(this, "json");
  };
  promise.buffer = function() {
    return shortcut(this, "buffer");
  };
  promise.text = function() {
    return shortcut(this, "text");
  };
  return promise;
}

// node_modules/got/dist/source/create.js
var isGotInstance = (value) => distribution_default.function(value);
var aliases = [
  "get",
  "post",
  "put",
  "patch",
  "head",
  "delete",
  "query"
];
var assertNoUrlInOptionsObject = (options) => {
  if (Object.hasOwn(options, "url")) {
    throw new TypeError("The `url` option is not supported in options objects. Pass it as the first argument instead.");
  }
};
var create = (defaults2) => {
  defaults2 = {
    options: new Options(void 0, void 0, defaults2.options),
    handlers: [...defaults2.handlers],
    mutableDefaults: defaults2.mutableDefaults
  };
  defaults2.options.body = void 0;
  defaults2.options.json = void 0;
  defaults2.options.form = void 0;
  Object.defineProperty(defaults2, "mutableDefaults", {
    enumerable: true,
    configurable: false,
    writable: false
  });
  const makeRequest = (url, options, defaultOptions, isStream2) => {
    if (distribution_default.plainObject(url)) {
      assertNoUrlInOptionsObject(url);
    }
    if (distribution_default.plainObject(options)) {
      assertNoUrlInOptionsObject(options);
    }
    let requestInput = url;
    let requestOptions = options;
    if (isStream2) {
      if (distribution_default.plainObject(url)) {
        requestInput = Object.defineProperties({}, Object.getOwnPropertyDescriptors(url));
        Reflect.set(requestInput, "isStream", true);
      } else if (distribution_default.plainObject(options)) {
        requestOptions = Object.defineProperties({}, Object.getOwnPropertyDescriptors(options));
        Reflect.set(requestOptions, "isStream", true);
      }
    }
    const request2 = new Request(requestInput, requestOptions, defaultOptions);
    if (isStream2 && request2.options) {
      request2.options.isStream = true;
    }
    const optionsBuilt = request2.options instanceof Options;
    let promise;
    const boundaryBeforeHandlers = request2.options ? getUrlPrefixBoundary(request2.options) : void 0;
    const lastHandler = (normalized) => {
      if (optionsBuilt && !(normalized instanceof Options)) {
        throw new TypeError("The `next()` function of a handler must be called with the `options` object it received");
      }
      if (boundaryBeforeHandlers?.url && normalized?.url instanceof URL && hasUrlOrPrefixUrlBoundaryChanged(normalized, normalized.url, boundaryBeforeHandlers)) {
        assertUrlHasSameOriginAsPrefixUrlIfNeeded(normalized, normalized.url);
      }
      request2.options = normalized;
      const shouldReturnStream = normalized?.isStream ?? isStream2;
      request2._noPipe = !shouldReturnStream;
      void request2.flush();
      if (shouldReturnStream) {
        return request2;
      }
      promise ??= asPromise(request2);
      return promise;
    };
    let iteration = 0;
    const iterateHandlers = (newOptions) => {
      const handler = defaults2.handlers[iteration++] ?? lastHandler;
      const result = handler(newOptions, iterateHandlers);
      if (distribution_default.promise(result) && !request2.options?.isStream) {
        promise ??= asPromise(request2);
        if (result !== promise) {
          const descriptors = Object.getOwnPropertyDescriptors(promise);
          for (const key in descriptors) {
            if (key in result) {
              delete descriptors[key];
            }
          }
          Object.defineProperties(result, descriptors);
        }
      }
      return result;
    };
    return iterateHandlers(request2.options);
  };
  const got2 = ((url, options, defaultOptions = defaults2.options) => makeRequest(url, options, defaultOptions, false));
  got2.extend = (...instancesOrOptions) => {
    const options = new Options(void 0, void 0, defaults2.options);
    const handlers = [...defaults2.handlers];
    let { mutableDefaults } = defaults2;
    for (const value of instancesOrOptions) {
      if (isGotInstance(value)) {
        options.merge(value.defaults.options);
        handlers.push(...value.defaults.handlers);
        mutableDefaults = value.defaults.mutableDefaults;
      } else {
        assertNoUrlInOptionsObject(value);
        options.merge(value);
        if (value.handlers) {
          for (const [index, handler] of value.handlers.entries()) {
            if (!distribution_default.function(handler)) {
              throw new TypeError(`Expected \`handlers[${index}]\` to be a function, got \`${typeof handler}\``);
            }
          }
          handlers.push(...value.handlers);
        }
        mutableDefaults = value.mutableDefaults ?? mutableDefaults;
      }
    }
    return create({
      options,
      handlers,
      mutableDefaults
    });
  };
  const paginateEach = (async function* (url, options) {
    if (distribution_default.plainObject(url)) {
      assertNoUrlInOptionsObject(url);
    }
    if (distribution_default.plainObject(options)) {
      assertNoUrlInOptionsObject(options);
    }
    let normalizedOptions = new Options(url, options, defaults2.options);
    let { pagination } = normalizedOptions;
    assert.function(pagination.transform);
    assert.function(pagination.shouldContinue);
    assert.function(pagination.filter);
    assert.function(pagination.paginate);
    assert.number(pagination.countLimit);
    assert.number(pagination.requestLimit);
    assert.number(pagination.backoff);
    const allItems = [];
    let numberOfItems = 0;
    let numberOfRequests = 0;
    while (numberOfRequests < pagination.requestLimit && numberOfItems < pagination.countLimit) {
      if (numberOfRequests !== 0) {
        try {
          await delay(pagination.backoff, void 0, { signal: normalizedOptions.signal });
        } catch (error) {
          if (!normalizedOptions.signal?.aborted) {
            throw error;
          }
        }
      }
      normalizedOptions.resolveBodyOnly = false;
      const response = await got2(void 0, void 0, normalizedOptions);
      const parsed = await pagination.transform(response);
      if (!distribution_default.array(parsed)) {
        throw new TypeError(`Option 'pagination.transform': Expected values which are \`Array\`. Received values of type \`${typeof parsed}\`.`);
      }
      const currentItems = [];
      for (const item of parsed) {
        if (!pagination.filter({ item, currentItems, allItems })) {
          continue;
        }
        if (!pagination.shouldContinue({ item, currentItems, allItems })) {
          return;
        }
        yield item;
        if (pagination.stackAllItems) {
          allItems.push(item);
        }
        currentItems.push(item);
        if (++numberOfItems >= pagination.countLimit) {
          return;
        }
      }
      if (++numberOfRequests >= pagination.requestLimit) {
        return;
      }
      const requestOptions = response.request.options;
      const previousUrl = requestOptions.url ? new URL(requestOptions.url) : void 0;
      const previousBoundary = getUrlPrefixBoundary(requestOptions);
      const previousState = previousUrl ? snapshotCrossOriginState(requestOptions) : void 0;
      const [optionsToMerge, changedState] = await requestOptions.trackStateMutations(async (changedState2) => [
        await pagination.paginate({
          response,
          currentItems,
          allItems
        }),
        changedState2
      ]);
      if (optionsToMerge === false) {
        return;
      }
      if (!(optionsToMerge instanceof Options) && !distribution_default.plainObject(optionsToMerge)) {
        throw new TypeError(`Option 'pagination.paginate': Expected \`false\` or a plain options object, got \`${typeof optionsToMerge}\``);
      }
      if (optionsToMerge === requestOptions) {
        normalizedOptions = requestOptions;
        normalizedOptions.clearUnchangedCookieHeader(previousState, changedState);
        const nextUrl = normalizedOptions.url;
        if (previousUrl && nextUrl) {
          if (hasUrlOrPrefixUrlBoundaryChanged(normalizedOptions, nextUrl, previousBoundary)) {
            assertUrlHasSameOriginAsPrefixUrlIfNeeded(normalizedOptions, nextUrl);
          }
          if (!isSameOrigin(previousUrl, nextUrl)) {
            normalizedOptions.prefixUrl = "";
            normalizedOptions.stripUnchangedCrossOriginState(previousState, changedState);
          }
        }
      } else {
        const paginationBoundary = getUrlPrefixBoundary(normalizedOptions);
        const paginationUrl = paginationBoundary.url;
        try {
          assert.any([distribution_default.string, distribution_default.urlInstance, distribution_default.undefined], optionsToMerge.url);
        } catch (error) {
          if (error instanceof Error) {
            error.message = `Option 'pagination.paginate.url': ${error.message}`;
          }
          throw error;
        }
        const { nextUrl, hasExplicitBody } = normalizedOptions.mergeNextRequestOptions(optionsToMerge, {
          previousUrl,
          previousState,
          previousBoundary: paginationBoundary,
          baseUrl: previousUrl
        });
        if (previousUrl && paginationUrl && !isSameOrigin(paginationUrl, previousUrl)) {
          normalizedOptions.stripSensitiveHeaders(paginationUrl, previousUrl, optionsToMerge);
          if (!hasExplicitBody) {
            normalizedOptions.clearBody();
          }
        }
        if (nextUrl && (normalizedOptions.prefixUrl.toString() !== paginationBoundary.prefixUrl || normalizedOptions.allowAbsoluteUrls !== paginationBoundary.allowAbsoluteUrls)) {
          assertUrlHasSameOriginAsPrefixUrlIfNeeded(normalizedOptions, nextUrl);
        }
      }
      pagination = normalizedOptions.pagination;
    }
  });
  got2.paginate = paginateEach;
  got2.paginate.all = (async (url, options) => Array.fromAsync(paginateEach(url, options)));
  got2.paginate.each = paginateEach;
  got2.stream = ((url, options) => makeRequest(url, options, defaults2.options, true));
  for (const method of aliases) {
    got2[method] = ((url, options) => got2(url, { ...options, method }));
    got2.stream[method] = ((url, options) => makeRequest(url, { ...options, method }, defaults2.options, true));
  }
  if (!defaults2.mutableDefaults) {
    Object.freeze(defaults2);
    Object.freeze(defaults2.handlers);
    defaults2.options.freeze();
  }
  Object.defineProperty(got2, "defaults", {
    value: defaults2,
    writable: false,
    configurable: false,
    enumerable: true
  });
  return got2;
};
var create_default = create;

// node_modules/got/dist/source/index.js
var defaults = {
  options: new Options(),
  handlers: [],
  mutableDefaults: false
};
var got = create_default(defaults);
var source_default = got;

// src/okta/answer.ts
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
var MAX_ANSWER_BYTES = 8 * 1024 * 1024;
var CAPPED_READ = {
  responseType: "buffer",
  decompress: false,
  followRedirect: false
};
var ACCEPT_ENCODING = "gzip, deflate, br";
var AnswerTooLarge = class extends Error {
  message = `Okta's answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB, far beyond any real page; stopped reading it`;
};
var AnswerUndecodable = class extends Error {
};
function capDownload(pending, abort) {
  let cut = false;
  pending.on("downloadProgress", ({ transferred, total }) => {
    if (transferred > MAX_ANSWER_BYTES || (total ?? 0) > MAX_ANSWER_BYTES) {
      cut = true;
      abort.abort();
    }
  });
  return () => cut;
}
function decodeBody(raw, encoding) {
  const options = { maxOutputLength: MAX_ANSWER_BYTES };
  let bytes;
  try {
    switch (encoding?.trim().toLowerCase()) {
      case "gzip":
      case "x-gzip":
        bytes = gunzipSync(raw, options);
        break;
      case "deflate":
        bytes = inflateSync(raw, options);
        break;
      case "br":
        bytes = brotliDecompressSync(raw, options);
        break;
      default:
        bytes = raw;
    }
  } catch (error) {
    if (error.code === "ERR_BUFFER_TOO_LARGE") throw new AnswerTooLarge();
    throw new AnswerUndecodable(`Okta's answer does not decompress (${encoding})`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
function redirectSummary(location, base) {
  const target = location !== void 0 && URL.canParse(location, base.href) ? new URL(location, base).host : void 0;
  return `Okta answered with a redirect${target ? ` to ${target}` : ""}; okta-drift does not follow redirects with credentials. Check the org URL: the org's own https://…okta.com or custom domain, not the admin host or a login page`;
}

// src/okta/oauth.ts
var OAuthError = class extends UserError {
  /** Okta's words are kept printable (see printable.ts). */
  constructor(endpoint, status, error, description, dpopNonce) {
    const code = printable(String(error));
    const text = printable(String(description));
    super(`${endpoint}: ${status ?? "no answer"} ${code}${text ? `: ${text}` : ""}`);
    this.endpoint = endpoint;
    this.status = status;
    this.dpopNonce = dpopNonce;
    this.error = code;
    this.description = text;
  }
  endpoint;
  status;
  dpopNonce;
  name = "OAuthError";
  error;
  description;
};
var OAuthClient = class {
  constructor(orgUrl) {
    this.orgUrl = orgUrl;
    this.http = source_default.extend({
      headers: {
        accept: "application/json",
        "accept-encoding": ACCEPT_ENCODING,
        "user-agent": `okta-drift/${VERSION} node/${process.versions.node}`
      },
      throwHttpErrors: false,
      retry: { limit: 1, methods: ["GET"] },
      timeout: { request: 3e4 },
      // Bodies are decompressed by answer.ts, so that their decoded size is capped too.
      ...CAPPED_READ
    });
  }
  orgUrl;
  http;
  /** Read once per run: smoke tests on one server share them. */
  metadataCache = /* @__PURE__ */ new Map();
  keyCache = /* @__PURE__ */ new Map();
  /** A server's metadata; its issuer and endpoints must be on the org's origin. */
  metadata(serverId, kind) {
    return once(this.metadataCache, `${serverId} ${kind}`, () => this.readMetadata(serverId, kind));
  }
  jwks(uri) {
    return once(this.keyCache, uri, async () => {
      const url = new URL(uri);
      if (url.origin !== this.orgUrl.origin)
        throw new UserError(
          `${url.pathname}: the key set is not on ${this.orgUrl.origin}; refusing to use it`
        );
      const { status, body } = await this.request("GET", url);
      if (status !== 200) throw oauthError(url.pathname, status, body);
      const keys = parse(body);
      if (!Array.isArray(keys.keys))
        throw new UserError(`${url.pathname}: the answer is not a JSON Web Key Set`);
      return keys;
    });
  }
  async readMetadata(serverId, kind) {
    const url = new URL(`/oauth2/${encodeURIComponent(serverId)}/.well-known/${kind}`, this.orgUrl);
    const { status, body } = await this.request("GET", url);
    if (status !== 200) throw oauthError(url.pathname, status, body);
    const metadata = parse(body);
    for (const key of ["issuer", "token_endpoint", "authorization_endpoint", "jwks_uri"]) {
      const value = metadata[key];
      if (typeof value !== "string" || !URL.canParse(value) || new URL(value).origin !== this.orgUrl.origin) {
        throw new UserError(
          `${url.pathname}: ${key} is missing or not on ${this.orgUrl.origin}; refusing to use it`
        );
      }
    }
    return metadata;
  }
  async token(endpoint, form, headers = {}) {
    const url = new URL(endpoint);
    const { status, body, nonce } = await this.request("POST", url, { form, headers });
    if (status !== 200) throw oauthError(url.pathname, status, body, nonce);
    return parse(body);
  }
  /** Primary authentication (Classic Engine); returns a one-time session token. */
  async authn(username, password) {
    const url = new URL("/api/v1/authn", this.orgUrl);
    const { status, body } = await this.request("POST", url, { json: { username, password } });
    if (status === 404 || status === 405) {
      throw new UserError(
        "/api/v1/authn is not available in this org (Okta Identity Engine orgs may not have the Classic Authentication API); use grant: password for this smoke test instead"
      );
    }
    const answer = parse(body);
    if (status !== 200)
      throw new OAuthError(url.pathname, status, answer.errorCode ?? "error", answer.errorSummary ?? "");
    if (answer.status !== "SUCCESS" || !answer.sessionToken) {
      throw new UserError(
        `/api/v1/authn: the user's sign-in ended in ${answer.status ?? "no status"}, not SUCCESS (an MFA or password policy applies); use a test user without it`
      );
    }
    return answer.sessionToken;
  }
  /** `/v1/authorize` without a browser: the redirect's Location, not followed. */
  async authorize(endpoint, query) {
    const url = new URL(endpoint);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const { status, body, location } = await this.request("GET", url, { redirects: true });
    if (status !== 302 || !location) throw oauthError(url.pathname, status, body);
    return new URL(location, this.orgUrl);
  }
  async request(method, url, options = {}) {
    const abort = new AbortController();
    let tooLarge = () => false;
    try {
      const pending = this.http(url, {
        method,
        ...options.form ? { form: options.form } : {},
        ...options.json ? { json: options.json } : {},
        headers: options.headers ?? {},
        signal: abort.signal,
        responseType: "buffer"
      });
      tooLarge = capDownload(pending, abort);
      const response = await pending;
      const location = response.headers.location;
      if (!options.redirects && response.statusCode >= 300 && response.statusCode < 400)
        throw new OAuthError(
          url.pathname,
          response.statusCode,
          "redirect",
          redirectSummary(typeof location === "string" ? location : void 0, url)
        );
      let body;
      try {
        body = decodeBody(response.rawBody, headerValue(response.headers["content-encoding"]));
      } catch (error) {
        if (error instanceof AnswerTooLarge || error instanceof AnswerUndecodable)
          throw new OAuthError(url.pathname, response.statusCode, "unreadable_answer", error.message);
        throw error;
      }
      const nonce = headerValue(response.headers["dpop-nonce"]);
      return {
        status: response.statusCode,
        body,
        location: typeof location === "string" ? location : void 0,
        // A nonce is a short token; anything else in the header is not one.
        nonce: nonce !== void 0 && /^[\x21-\x7e]{1,512}$/.test(nonce) ? nonce : void 0
      };
    } catch (error) {
      if (tooLarge())
        throw new OAuthError(url.pathname, void 0, "unreadable_answer", new AnswerTooLarge().message);
      if (error instanceof RequestError)
        throw new OAuthError(url.pathname, void 0, error.code ?? "request_failed", error.message);
      throw error;
    }
  }
};
function once(cache, key, make) {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}
function headerValue(value) {
  return Array.isArray(value) ? value[0] : value;
}
function parse(body) {
  try {
    return JSON.parse(body);
  } catch {
    return {};
  }
}
function oauthError(endpoint, status, body, nonce) {
  const answer = parse(body);
  return new OAuthError(
    endpoint,
    status,
    answer.error ?? answer.errorCode ?? "error",
    answer.error_description ?? answer.errorSummary ?? "",
    nonce
  );
}

export {
  RequestError,
  source_default,
  CAPPED_READ,
  ACCEPT_ENCODING,
  AnswerTooLarge,
  AnswerUndecodable,
  capDownload,
  decodeBody,
  redirectSummary,
  appLabelled,
  serverNamed,
  OAuthError,
  OAuthClient
};
