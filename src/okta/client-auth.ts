import { randomUUID } from "node:crypto";
import { importJWK, importPKCS8, type JWK, SignJWT } from "jose";
import { UserError } from "../errors.js";
import type { Secret } from "../secret.js";

export type ClientAuthMethod = "client_secret_basic" | "client_secret_post" | "private_key_jwt";

export interface ClientCredentials {
  clientId: string;
  method: ClientAuthMethod;
  secret?: Secret;
  /** PEM (PKCS#8) or a JWK as JSON, for private_key_jwt. */
  privateKey?: Secret;
}

/** The form fields and headers that authenticate the client at a token endpoint. */
export async function clientAuthentication(
  client: ClientCredentials,
  tokenEndpoint: string,
): Promise<{ form: Record<string, string>; headers: Record<string, string> }> {
  switch (client.method) {
    case "client_secret_basic": {
      // RFC 6749 §2.3.1: each part form-encoded before base64.
      const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(need(client.secret, "a client secret").reveal())}`;
      return { form: {}, headers: { authorization: `Basic ${Buffer.from(pair).toString("base64")}` } };
    }
    case "client_secret_post":
      return {
        form: { client_id: client.clientId, client_secret: need(client.secret, "a client secret").reveal() },
        headers: {},
      };
    case "private_key_jwt": {
      const { key, kid } = await signingKey(need(client.privateKey, "a private key"));
      const assertion = await new SignJWT({})
        .setProtectedHeader({ alg: "RS256", ...(kid ? { kid } : {}) })
        .setIssuer(client.clientId)
        .setSubject(client.clientId)
        .setAudience(tokenEndpoint)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(key);
      return {
        form: {
          client_id: client.clientId,
          client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
          client_assertion: assertion,
        },
        headers: {},
      };
    }
  }
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new UserError(`the client authentication needs ${what}`);
  return value;
}

async function signingKey(privateKey: Secret) {
  const text = privateKey.reveal().trim();
  try {
    if (text.startsWith("{")) {
      const jwk = JSON.parse(text) as JWK;
      return { key: await importJWK(jwk, "RS256"), kid: jwk.kid };
    }
    return { key: await importPKCS8(text, "RS256"), kid: undefined };
  } catch {
    // Never echo the key: say what was expected.
    throw new UserError("the private key is neither a PKCS#8 PEM nor an RSA JWK (JSON)");
  }
}
