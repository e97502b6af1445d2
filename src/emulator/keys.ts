import { randomUUID } from "node:crypto";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK } from "jose";

interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * Signing keys per authorization server. Each server has an active key id from the start;
 * its RSA key pair is generated when first needed (generation is slow, and most servers
 * of a large benchmark tenant never mint a token). Rotated-out keys stay published so
 * tokens they signed still verify, as Okta does.
 */
export class Keys {
  private readonly active = new Map<string, string>();
  private readonly published = new Map<string, string[]>();
  private readonly pairs = new Map<string, Promise<KeyPair>>();

  activeKid(serverId: string): string {
    let kid = this.active.get(serverId);
    if (!kid) {
      kid = randomUUID().replaceAll("-", "");
      this.active.set(serverId, kid);
      this.published.set(serverId, [kid]);
    }
    return kid;
  }

  /** Makes a new key the active one; the old one stays in the JWKS. */
  rotate(serverId: string): string {
    this.activeKid(serverId);
    const kid = randomUUID().replaceAll("-", "");
    this.active.set(serverId, kid);
    this.published.get(serverId)!.unshift(kid);
    return kid;
  }

  async signingKey(serverId: string): Promise<KeyPair> {
    return this.pair(this.activeKid(serverId));
  }

  /** A key that no JWKS publishes, for the tokenTamper fault. */
  async unpublishedKey(): Promise<KeyPair> {
    return this.pair("unpublished");
  }

  async jwks(serverId: string): Promise<{ keys: JWK[] }> {
    this.activeKid(serverId);
    const pairs = await Promise.all(this.published.get(serverId)!.map((kid) => this.pair(kid)));
    return { keys: pairs.map((p) => p.publicJwk) };
  }

  private pair(kid: string): Promise<KeyPair> {
    let pair = this.pairs.get(kid);
    if (!pair) {
      pair = (async () => {
        const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
        const jwk = await exportJWK(publicKey);
        return {
          kid,
          privateKey,
          publicJwk: { kty: "RSA", alg: "RS256", kid, use: "sig", e: jwk.e!, n: jwk.n! },
        };
      })();
      this.pairs.set(kid, pair);
    }
    return pair;
  }
}
