import { createHash, randomUUID } from "node:crypto";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

/**
 * A DPoP key (RFC 9449): made once per run and per org, never written anywhere. Its proofs
 * bind the service app's token to this process: a token that leaks from a log is useless
 * without the key.
 */
export class DpopKey {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
  ) {}

  static async create(): Promise<DpopKey> {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const { kty, crv, x, y } = await exportJWK(publicKey);
    return new DpopKey(privateKey, { kty, crv, x, y } as JWK);
  }

  /**
   * A proof for one request: its method and URL (without query or fragment, as htu is), the
   * server's nonce when it asked for one, and the access token's hash when the request uses one.
   */
  proof(method: string, url: URL, options: { nonce?: string; accessToken?: string } = {}): Promise<string> {
    return new SignJWT({
      htm: method,
      htu: `${url.origin}${url.pathname}`,
      jti: randomUUID(),
      ...(options.nonce === undefined ? {} : { nonce: options.nonce }),
      ...(options.accessToken === undefined ? {} : { ath: tokenHash(options.accessToken) }),
    })
      .setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk: this.publicJwk })
      .setIssuedAt()
      .sign(this.privateKey);
  }
}

/** `ath`: base64url of the SHA-256 of the access token. */
export function tokenHash(accessToken: string): string {
  return createHash("sha256").update(accessToken).digest("base64url");
}
