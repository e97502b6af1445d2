import { createHash, randomBytes } from "node:crypto";
import {
  calculateJwkThumbprint,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  jwtVerify,
  type ProtectedHeaderParameters,
} from "jose";
import { OAuthHttpError } from "./http.js";

/**
 * DPoP (RFC 9449) as the embedded tenant checks it: on the org token endpoint for a service
 * app that requires it (settings.oauthClient.dpop_bound_access_tokens), with Okta's nonce
 * round (the first proof without a nonce gets use_dpop_nonce and a DPoP-Nonce header), and on
 * every admin request made with the DPoP-bound token (proof with htm, htu and ath, signed by
 * the key the token is bound to). Okta's exact error texts for these are not in our wire
 * reference; the codes are RFC 9449's.
 */

/** Algorithms Okta lists in dpop_signing_alg_values_supported. */
const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"];
/** A proof is fresh for this long (seconds), and may be this far in the future (clock skew). */
const MAX_AGE = 300;
const MAX_SKEW = 60;
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "k", "oth"];

const invalid = (why: string) => new OAuthHttpError(400, "invalid_dpop_proof", why);

export class DpopState {
  /** The nonce the token endpoint hands out; proofs must carry it. */
  readonly nonce = randomBytes(18).toString("base64url");
  /** Proofs seen (by jti): each may be used once. */
  private readonly seen = new Set<string>();

  /**
   * Checks a DPoP header against the request it came with; returns the key's thumbprint
   * (cnf.jkt) and whether the proof carried the current nonce.
   */
  async verify(
    header: string | string[] | undefined,
    request: { method: string; url: string; accessToken?: string },
  ): Promise<{ jkt: string; nonced: boolean }> {
    if (header === undefined) throw invalid("The DPoP proof JWT header is missing.");
    if (Array.isArray(header) || header.split(".").length !== 3)
      throw invalid("The DPoP header must hold exactly one proof JWT.");
    let protectedHeader: ProtectedHeaderParameters;
    try {
      protectedHeader = decodeProtectedHeader(header);
    } catch {
      throw invalid("The DPoP proof is not a JWT.");
    }
    const { typ, alg, jwk } = protectedHeader;
    if (typ !== "dpop+jwt") throw invalid("The DPoP proof's typ must be dpop+jwt.");
    if (typeof alg !== "string" || !ALGORITHMS.includes(alg))
      throw invalid(`The DPoP proof's alg must be one of ${ALGORITHMS.join(", ")}.`);
    if (typeof jwk !== "object" || jwk === null) throw invalid("The DPoP proof carries no jwk.");
    if (PRIVATE_MEMBERS.some((m) => Object.hasOwn(jwk, m)))
      throw invalid("The DPoP proof's jwk must be a public key.");
    let payload: Record<string, unknown>;
    try {
      const key = await importJWK(jwk as JWK, alg);
      ({ payload } = await jwtVerify(header, key, { typ: "dpop+jwt", algorithms: [alg] }));
    } catch {
      throw invalid("The DPoP proof's signature does not verify with its jwk.");
    }
    if (payload.htm !== request.method) throw invalid("The DPoP proof's htm is not this request's method.");
    if (typeof payload.htu !== "string" || !sameTarget(payload.htu, request.url))
      throw invalid("The DPoP proof's htu is not this request's URL.");
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.iat !== "number" || payload.iat < now - MAX_AGE || payload.iat > now + MAX_SKEW)
      throw invalid("The DPoP proof's iat is not recent.");
    if (typeof payload.jti !== "string" || payload.jti.length === 0)
      throw invalid("The DPoP proof has no jti.");
    if (this.seen.has(payload.jti)) throw invalid("The DPoP proof was used before (its jti).");
    this.seen.add(payload.jti);
    if (request.accessToken !== undefined) {
      const ath = createHash("sha256").update(request.accessToken).digest("base64url");
      if (payload.ath !== ath) throw invalid("The DPoP proof's ath is not the access token's hash.");
    }
    return { jkt: await calculateJwkThumbprint(jwk as JWK), nonced: payload.nonce === this.nonce };
  }
}

/** htu and the request's URL name the same resource: scheme, host, port and path. */
function sameTarget(htu: string, url: string): boolean {
  if (!URL.canParse(htu)) return false;
  const a = new URL(htu);
  const b = new URL(url);
  return a.origin === b.origin && a.pathname === b.pathname;
}
