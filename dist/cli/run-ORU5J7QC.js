import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OAuthError,
  appLabelled,
  serverNamed
} from "./chunk-EGRNYFG2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-TCHIGGQM.js";
import {
  calleeName
} from "./chunk-RQZC4SAM.js";
import {
  clientAuthentication
} from "./chunk-SRHLVVOD.js";
import {
  UserError
} from "./chunk-GF2GQFVC.js";
import "./chunk-YPXYFTOR.js";
import {
  createLocalJWKSet,
  jwtVerify
} from "./chunk-6ZC5OVBB.js";
import "./chunk-TB6QAKHI.js";

// src/smoke/expect.ts
var MAX_GROUPS_IN_CLAIM = 100;
function checkClaim(test, value, limit) {
  const values = value === void 0 || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  const got = values.length === 0 ? "none" : `[${values.join(", ")}]`;
  const problems = [];
  const { equals, includes, excludes } = test.expect;
  if (equals) {
    const missing2 = equals.filter((v) => !values.includes(v));
    const unexpected = values.filter((v) => !equals.includes(v));
    if (missing2.length > 0 || unexpected.length > 0) {
      const detail = [
        missing2.length > 0 ? `missing ${missing2.join(", ")}` : "",
        unexpected.length > 0 ? `unexpected ${unexpected.join(", ")}` : ""
      ].filter(Boolean).join("; ");
      problems.push(`${test.claim}: expected exactly [${equals.join(", ")}], got ${got} (${detail})`);
    }
  }
  const missing = (includes ?? []).filter((v) => !values.includes(v));
  if (missing.length > 0)
    problems.push(`${test.claim}: expected to include [${missing.join(", ")}], got ${got}`);
  const present = (excludes ?? []).filter((v) => values.includes(v));
  if (present.length > 0)
    problems.push(`${test.claim}: expected not to hold [${present.join(", ")}], got ${got}`);
  if (limit !== void 0 && values.length > limit)
    problems.push(`${test.claim}: holds ${values.length} values, more than the claim's limit of ${limit}`);
  return problems;
}
var LIMITED = /* @__PURE__ */ new Set(["getFilteredGroups", "Groups.startsWith", "Groups.contains", "Groups.endsWith"]);
function claimLimit(claim) {
  if (!claim) return void 0;
  if (claim.valueType === "GROUPS") return MAX_GROUPS_IN_CLAIM;
  const { expr } = claim;
  if (expr?.kind === "call" && LIMITED.has(calleeName(expr) ?? "")) {
    const limit = expr.args[2];
    return limit?.kind === "number" ? limit.value : MAX_GROUPS_IN_CLAIM;
  }
  return void 0;
}

// src/smoke/grants.ts
import { createHash, randomBytes } from "node:crypto";
async function obtainTokens(oauth, metadata, request) {
  const auth = await clientAuthentication(request.client, metadata.token_endpoint);
  const scope = request.scopes.join(" ");
  switch (request.grant) {
    case "client_credentials":
      return {
        tokens: await oauth.token(
          metadata.token_endpoint,
          { grant_type: "client_credentials", scope, ...auth.form },
          auth.headers
        ),
        nonce: void 0
      };
    case "password":
      return {
        tokens: await oauth.token(
          metadata.token_endpoint,
          {
            grant_type: "password",
            scope,
            username: request.username,
            password: request.password.reveal(),
            ...auth.form
          },
          auth.headers
        ),
        nonce: void 0
      };
    case "authorization_code":
      return authorizationCode(oauth, metadata, request, auth);
  }
}
async function authorizationCode(oauth, metadata, request, auth) {
  const sessionToken = await oauth.authn(request.username, request.password.reveal());
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(16).toString("base64url");
  const nonce = randomBytes(16).toString("base64url");
  const redirect = await oauth.authorize(metadata.authorization_endpoint, {
    client_id: request.client.clientId,
    response_type: "code",
    response_mode: "query",
    scope: request.scopes.join(" "),
    redirect_uri: request.redirectUri,
    state,
    nonce,
    prompt: "none",
    sessionToken,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256"
  });
  const params = redirect.searchParams;
  if (params.get("state") !== state)
    throw new UserError(
      "/v1/authorize: the redirect's state does not match the request's (possible interception); no code was redeemed"
    );
  const error = params.get("error");
  if (error) throw new UserError(`/v1/authorize: ${error}: ${params.get("error_description") ?? ""}`);
  const code = params.get("code");
  if (!code) throw new UserError("/v1/authorize: the redirect carries neither a code nor an error");
  const tokens = await oauth.token(
    metadata.token_endpoint,
    {
      grant_type: "authorization_code",
      code,
      redirect_uri: request.redirectUri,
      code_verifier: verifier,
      ...auth.form
    },
    auth.headers
  );
  return { tokens, nonce };
}

// src/smoke/verify.ts
var ACCEPTED_ALGORITHMS = ["RS256"];
var CLOCK_TOLERANCE_SECONDS = 30;
var TokenVerificationError = class extends Error {
  name = "TokenVerificationError";
};
async function verifyToken(jwt, keySet, expected) {
  try {
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(keySet), {
      algorithms: ACCEPTED_ALGORITHMS,
      issuer: expected.issuer,
      audience: expected.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // Okta's tokens always carry both; one without them would be valid forever, or from later.
      requiredClaims: ["exp", "iat"]
    });
    if (typeof payload.iat === "number" && payload.iat > Date.now() / 1e3 + CLOCK_TOLERANCE_SECONDS)
      throw new TokenVerificationError("the token says it was issued in the future (iat)");
    if (expected.nonce !== void 0 && payload.nonce !== expected.nonce)
      throw new TokenVerificationError("the ID token's nonce is not the one sent");
    return payload;
  } catch (error) {
    if (error instanceof TokenVerificationError) throw error;
    throw new TokenVerificationError(describe(error));
  }
}
function describe(error) {
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

// src/smoke/run.ts
async function runSmokeTests(loaded, context, only) {
  const tests = loaded.spec.smokeTests.filter((t) => only === void 0 || t.name === only);
  if (tests.length === 0) {
    const org = loaded.spec.org;
    const where = org === void 0 ? "" : ` in org ${org}`;
    throw new UserError(
      only === void 0 ? org === void 0 ? "the spec has no smokeTests" : `no smoke test runs in org ${org} (each test's orgs: says where it runs)` : `no smoke test is named "${only}"${where}`
    );
  }
  const lookups = new Lookups(context.admin);
  return Promise.all(tests.map((test) => runOne(loaded.spec, test, context, lookups)));
}
async function runOne(spec, test, context, lookups) {
  try {
    const target = await resolveTarget(spec, test, lookups);
    const secrets = context.secrets(test);
    const kind = test.token === "id" ? "openid-configuration" : "oauth-authorization-server";
    const audience = test.token === "id" ? Promise.resolve(target.clientId) : target.audience();
    audience.catch(() => {
    });
    const metadata = await context.oauth.metadata(target.serverId, kind);
    const issuer = `${context.oauth.orgUrl.origin}/oauth2/${target.serverId}`;
    if (metadata.issuer !== issuer)
      return fail(test, [`the server's metadata names issuer ${metadata.issuer}, not ${issuer}`]);
    const keys = context.oauth.jwks(metadata.jwks_uri);
    keys.catch(() => {
    });
    const { tokens, nonce } = await obtainTokens(context.oauth, metadata, {
      grant: test.grant,
      client: {
        clientId: target.clientId,
        method: test.clientAuth,
        ...secrets.clientSecret ? { secret: secrets.clientSecret } : {},
        ...secrets.privateKey ? { privateKey: secrets.privateKey } : {}
      },
      scopes: test.scopes,
      ...secrets.username === void 0 ? {} : { username: secrets.username },
      ...secrets.password ? { password: secrets.password } : {},
      ...test.redirectUri ? { redirectUri: test.redirectUri } : {}
    });
    const jwt = test.token === "id" ? tokens.id_token : tokens.access_token;
    if (!jwt)
      return fail(test, [`the token response has no ${test.token === "id" ? "id_token" : "access_token"}`]);
    let payload;
    try {
      payload = await verifyToken(jwt, await keys, {
        issuer,
        audience: await audience,
        nonce: test.token === "id" ? nonce : void 0
      });
    } catch (error) {
      if (error instanceof TokenVerificationError)
        return fail(test, [`token verification failed: ${error.message}`]);
      throw error;
    }
    const claim = target.server.claims.find(
      (c) => c.name === test.claim && c.claimType === (test.token === "id" ? "IDENTITY" : "RESOURCE")
    );
    const value = Object.hasOwn(payload, test.claim) ? payload[test.claim] : void 0;
    const problems = checkClaim(test, value, claimLimit(claim));
    const claims = {
      sub: payload.sub,
      aud: payload.aud,
      scp: payload.scp,
      jti: payload.jti,
      value
    };
    return { name: test.name, status: problems.length === 0 ? "pass" : "fail", problems, claims };
  } catch (error) {
    if (error instanceof OAuthError || error instanceof UserError)
      return { name: test.name, status: "error", problems: [error.message] };
    throw error;
  }
}
function fail(test, problems) {
  return { name: test.name, status: "fail", problems };
}
var Lookups = class {
  constructor(admin) {
    this.admin = admin;
  }
  admin;
  servers = /* @__PURE__ */ new Map();
  clients = /* @__PURE__ */ new Map();
  server(spec, test) {
    let server = this.servers.get(spec);
    if (!server) {
      const okta = this.needAdmin(test, spec.id ? "the server's audience" : "the server's ID");
      server = (async () => {
        if (spec.id) {
          const found = await okta.server(spec.id);
          if (!found) throw new UserError(`no authorization server with ID ${spec.id} in Okta`);
          return found;
        }
        return theOne(serverNamed(spec.name, await okta.serversNamed(spec.name)));
      })();
      this.servers.set(spec, server);
    }
    return server;
  }
  clientId(spec, test) {
    let clientId = this.clients.get(spec);
    if (!clientId) {
      const okta = this.needAdmin(test, "the app's client ID");
      clientId = (async () => {
        const app = theOne(appLabelled(spec.label, await okta.appsLabelled(spec.label)));
        return app.credentials?.oauthClient?.client_id ?? app.id;
      })();
      this.clients.set(spec, clientId);
    }
    return clientId;
  }
  needAdmin(test, what) {
    if (!this.admin)
      throw new UserError(
        `smoke test "${test.name}" needs ${what} from Okta: set OKTA_API_TOKEN (or say it in the spec)`
      );
    return this.admin;
  }
};
function theOne(lookup) {
  if (lookup.problem !== void 0) throw new UserError(lookup.problem);
  return lookup.found;
}
function targetsOf(spec, test) {
  return {
    server: spec.authorizationServers.find(
      (s) => s.id === test.authorizationServer || s.name === test.authorizationServer
    ),
    app: spec.apps.find((a) => a.id === test.app || a.label === test.app)
  };
}
async function resolveTarget(spec, test, lookups) {
  const { server, app } = targetsOf(spec, test);
  return {
    server,
    serverId: server.id ?? (await lookups.server(server, test)).id,
    clientId: test.clientId ?? app.id ?? await lookups.clientId(app, test),
    audience: async () => test.audience ?? (await lookups.server(server, test)).audiences?.[0] ?? ""
  };
}
export {
  runSmokeTests
};
