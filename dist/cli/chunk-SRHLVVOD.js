import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-GF2GQFVC.js";
import {
  SignJWT,
  importJWK,
  importPKCS8
} from "./chunk-6ZC5OVBB.js";

// src/okta/client-auth.ts
import { randomUUID } from "node:crypto";
async function clientAuthentication(client, tokenEndpoint) {
  switch (client.method) {
    case "client_secret_basic": {
      const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(need(client.secret, "a client secret").reveal())}`;
      return { form: {}, headers: { authorization: `Basic ${Buffer.from(pair).toString("base64")}` } };
    }
    case "client_secret_post":
      return {
        form: { client_id: client.clientId, client_secret: need(client.secret, "a client secret").reveal() },
        headers: {}
      };
    case "private_key_jwt": {
      const { key, kid } = await signingKey(need(client.privateKey, "a private key"));
      const assertion = await new SignJWT({}).setProtectedHeader({ alg: "RS256", ...kid ? { kid } : {} }).setIssuer(client.clientId).setSubject(client.clientId).setAudience(tokenEndpoint).setJti(randomUUID()).setIssuedAt().setExpirationTime("5m").sign(key);
      return {
        form: {
          client_id: client.clientId,
          client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
          client_assertion: assertion
        },
        headers: {}
      };
    }
  }
}
function need(value, what) {
  if (value === void 0) throw new UserError(`the client authentication needs ${what}`);
  return value;
}
async function signingKey(privateKey) {
  const text = privateKey.reveal().trim();
  try {
    if (text.startsWith("{")) {
      const jwk = JSON.parse(text);
      return { key: await importJWK(jwk, "RS256"), kid: jwk.kid };
    }
    return { key: await importPKCS8(text, "RS256"), kid: void 0 };
  } catch {
    throw new UserError("the private key is neither a PKCS#8 PEM nor an RSA JWK (JSON)");
  }
}

export {
  clientAuthentication
};
