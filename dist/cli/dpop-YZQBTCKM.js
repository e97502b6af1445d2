import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SignJWT,
  exportJWK,
  generateKeyPair
} from "./chunk-6ZC5OVBB.js";
import "./chunk-TB6QAKHI.js";

// src/okta/dpop.ts
import { createHash, randomUUID } from "node:crypto";
var DpopKey = class _DpopKey {
  constructor(privateKey, publicJwk) {
    this.privateKey = privateKey;
    this.publicJwk = publicJwk;
  }
  privateKey;
  publicJwk;
  static async create() {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const { kty, crv, x, y } = await exportJWK(publicKey);
    return new _DpopKey(privateKey, { kty, crv, x, y });
  }
  /**
   * A proof for one request: its method and URL (without query or fragment, as htu is), the
   * server's nonce when it asked for one, and the access token's hash when the request uses one.
   */
  proof(method, url, options = {}) {
    return new SignJWT({
      htm: method,
      htu: `${url.origin}${url.pathname}`,
      jti: randomUUID(),
      ...options.nonce === void 0 ? {} : { nonce: options.nonce },
      ...options.accessToken === void 0 ? {} : { ath: tokenHash(options.accessToken) }
    }).setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk: this.publicJwk }).setIssuedAt().sign(this.privateKey);
  }
};
function tokenHash(accessToken) {
  return createHash("sha256").update(accessToken).digest("base64url");
}
export {
  DpopKey,
  tokenHash
};
