import { createLocalJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from "jose";

/** Okta signs with RS256; nothing else is accepted, `none` least of all. */
export const ACCEPTED_ALGORITHMS = ["RS256"];
export const CLOCK_TOLERANCE_SECONDS = 30;

export class TokenVerificationError extends Error {
  override name = "TokenVerificationError";
}

/**
 * Verifies a JWT before anything in it is trusted: signature against the server's published
 * keys (read from the `jwks_uri` of its metadata, never a URL from the token), algorithm,
 * issuer, audience, expiry (required), issue time (required, not in the future) and not-before
 * with a small tolerance, and the nonce of an ID token.
 */
export async function verifyToken(
  jwt: string,
  keySet: JSONWebKeySet,
  expected: { issuer: string; audience: string; nonce?: string | undefined },
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(keySet), {
      algorithms: ACCEPTED_ALGORITHMS,
      issuer: expected.issuer,
      audience: expected.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // Okta's tokens always carry both; one without them would be valid forever, or from later.
      requiredClaims: ["exp", "iat"],
    });
    if (typeof payload.iat === "number" && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS)
      throw new TokenVerificationError("the token says it was issued in the future (iat)");
    if (expected.nonce !== undefined && payload.nonce !== expected.nonce)
      throw new TokenVerificationError("the ID token's nonce is not the one sent");
    return payload;
  } catch (error) {
    if (error instanceof TokenVerificationError) throw error;
    throw new TokenVerificationError(describe(error as Error & { code?: string; claim?: string }));
  }
}

function describe(error: Error & { code?: string; claim?: string }): string {
  switch (error.code) {
    case "ERR_JWKS_NO_MATCHING_KEY":
      return "the token is signed with a key the server does not publish at its jwks_uri";
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return "the token's signature does not verify";
    case "ERR_JWT_EXPIRED":
      return "the token has expired";
    case "ERR_JOSE_ALG_NOT_ALLOWED":
      return `the token's algorithm is not ${ACCEPTED_ALGORITHMS.join(" or ")}`;
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      if (/missing required/.test(error.message))
        return `the token has no ${error.claim ?? "required"} claim`;
      if (error.claim === "nbf") return "the token is not valid yet (nbf)";
      return `the token's ${error.claim ?? "claims"} ${error.claim === "iss" ? "is not the server's issuer" : error.claim === "aud" ? "is not the expected audience" : `check failed: ${error.message}`}`;
    default:
      return `the token does not verify: ${error.message}`;
  }
}
