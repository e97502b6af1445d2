import { createLocalJWKSet, type JWK, jwtVerify } from "jose";
import { OAuthHttpError } from "./http.js";
import type { AppRecord, RuleRecord, ServerRecord, TenantStore, UserRecord } from "./store.js";
import { RESERVED_SCOPES } from "./system-objects.js";

/** Client authentication at a token endpoint: Basic header, form post, or private_key_jwt. */
export async function authenticateClient(
  store: TenantStore,
  req: { authorization: string | undefined },
  form: URLSearchParams,
  tokenUrl: string,
): Promise<AppRecord> {
  const basic = req.authorization?.startsWith("Basic ")
    ? Buffer.from(req.authorization.slice(6), "base64").toString("utf8")
    : undefined;
  const assertion = form.get("client_assertion");
  const postedSecret = form.get("client_secret");
  const methods = [basic !== undefined, postedSecret !== null, assertion !== null].filter(Boolean).length;
  if (methods > 1) {
    throw new OAuthHttpError(
      400,
      "invalid_request",
      "Can't supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a `client_assertion` in the post body.",
    );
  }
  if (assertion !== null) return authenticateAssertion(store, form, assertion, tokenUrl);

  let clientId = form.get("client_id");
  let secret = postedSecret;
  if (basic !== undefined) {
    const at = basic.indexOf(":");
    clientId = decodeURIComponent(basic.slice(0, at));
    secret = decodeURIComponent(basic.slice(at + 1));
  }
  if (clientId === null) throw new OAuthHttpError(401, "invalid_client", "No client credentials found");
  const app = store.appByClientId(clientId);
  if (app?.status !== "ACTIVE")
    throw new OAuthHttpError(401, "invalid_client", "Invalid value for the `client_id` parameter");
  const method = authMethod(app);
  if (method === "none") return app;
  if (secret === null) throw new OAuthHttpError(401, "invalid_client", "No client credentials found");
  if (!app.clientSecret || secret !== app.clientSecret) {
    throw new OAuthHttpError(
      401,
      "invalid_client",
      "The client secret supplied for a confidential client is invalid.",
    );
  }
  return app;
}

async function authenticateAssertion(
  store: TenantStore,
  form: URLSearchParams,
  assertion: string,
  tokenUrl: string,
): Promise<AppRecord> {
  if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") {
    throw new OAuthHttpError(400, "invalid_request", "The `client_assertion_type` is invalid.");
  }
  const [, payload] = assertion.split(".");
  let clientId: unknown;
  try {
    clientId = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")).sub;
  } catch {
    throw new OAuthHttpError(400, "invalid_client", "The client_assertion token is invalid.");
  }
  const app = typeof clientId === "string" ? store.appByClientId(clientId) : undefined;
  if (app?.status !== "ACTIVE")
    throw new OAuthHttpError(401, "invalid_client", "Invalid value for the `client_id` parameter");
  const jwks = ((app.body.settings as { oauthClient?: { jwks?: { keys?: JWK[] } } }).oauthClient?.jwks
    ?.keys ?? []) as JWK[];
  try {
    await jwtVerify(assertion, createLocalJWKSet({ keys: jwks }), {
      audience: tokenUrl,
      issuer: clientId as string,
      subject: clientId as string,
      maxTokenAge: "1h",
    });
  } catch (error) {
    throw new OAuthHttpError(
      401,
      "invalid_client",
      `The client_assertion token is invalid: ${(error as Error).message}`,
    );
  }
  return app;
}

export function authMethod(app: AppRecord): string {
  return String(
    (app.body.credentials as { oauthClient?: { token_endpoint_auth_method?: string } }).oauthClient
      ?.token_endpoint_auth_method ?? "client_secret_basic",
  );
}

export function clientIdOf(app: AppRecord): string {
  return String(
    (app.body.credentials as { oauthClient?: { client_id?: string } }).oauthClient?.client_id ?? app.id,
  );
}

function appGrantTypes(app: AppRecord): string[] {
  return (
    (app.body.settings as { oauthClient?: { grant_types?: string[] } }).oauthClient?.grant_types ?? []
  ).map(String);
}

export function redirectUris(app: AppRecord): string[] {
  return (
    (app.body.settings as { oauthClient?: { redirect_uris?: string[] } }).oauthClient?.redirect_uris ?? []
  ).map(String);
}

export function assertGrantAllowed(app: AppRecord, grant: string): void {
  const allowed = appGrantTypes(app);
  if (!allowed.includes(grant)) {
    throw new OAuthHttpError(
      400,
      "unauthorized_client",
      `The client isn't authorized to use the provided grant type. Configured grant types: [${allowed.join(", ")}].`,
    );
  }
}

/** The requested scopes, each one either reserved or defined on the server. */
export function requestedScopes(server: ServerRecord, scope: string | null, grant: string): string[] {
  const scopes = (scope ?? "").split(/\s+/).filter(Boolean);
  if (scopes.length === 0) throw new OAuthHttpError(400, "invalid_scope", "No scopes were requested.");
  const known = new Set([...RESERVED_SCOPES, ...[...server.scopes.values()].map((s) => s.name)]);
  const unknown = scopes.filter((s) => !known.has(s));
  if (unknown.length > 0)
    throw new OAuthHttpError(
      400,
      "invalid_scope",
      "One or more scopes are not configured for the authorization server resource.",
    );
  if (
    grant === "client_credentials" &&
    scopes.some((s) => ["openid", "profile", "email", "address", "phone", "offline_access"].includes(s))
  ) {
    throw new OAuthHttpError(
      400,
      "invalid_scope",
      "Client Credentials requests cannot contain OpenID scopes.",
    );
  }
  return scopes;
}

const POLICY_DENIED = "Policy evaluation failed for this request, please check the policy configurations.";

/**
 * Okta's access policy evaluation: the first active policy (by priority) that names the
 * client, then its first active rule that matches the grant, the user and the scopes.
 * No match denies the request.
 */
export function evaluatePolicy(
  store: TenantStore,
  server: ServerRecord,
  app: AppRecord,
  grant: string,
  user: UserRecord | undefined,
  scopes: string[],
): RuleRecord {
  const clientId = clientIdOf(app);
  const policies = [...server.policies.values()]
    .filter(
      (p) =>
        p.status === "ACTIVE" &&
        (p.conditions.clients.include.includes("ALL_CLIENTS") ||
          p.conditions.clients.include.includes(clientId)),
    )
    .sort((a, b) => a.priority - b.priority);
  const policy = policies[0];
  if (!policy) throw new OAuthHttpError(400, "access_denied", POLICY_DENIED);
  const rules = [...policy.rules.values()]
    .filter((r) => r.status === "ACTIVE")
    .sort((a, b) => a.priority - b.priority);
  const rule = rules.find(
    (r) =>
      r.conditions.grantTypes.include.includes(grant) &&
      peopleMatch(store, r, user) &&
      scopesMatch(r, scopes),
  );
  if (!rule) throw new OAuthHttpError(400, "access_denied", POLICY_DENIED);
  return rule;
}

function peopleMatch(store: TenantStore, rule: RuleRecord, user: UserRecord | undefined): boolean {
  if (!user) return true; // client_credentials: the rule's people condition does not apply
  const { users, groups } = rule.conditions.people;
  if (users.exclude.includes(user.id)) return false;
  if (users.include?.includes(user.id)) return true;
  const memberOf = new Set(store.groupsOfUser(user.id).map((g) => g.id));
  if (groups.exclude?.some((g) => memberOf.has(g))) return false;
  return (groups.include ?? []).some((g) => g === "EVERYONE" || memberOf.has(g));
}

function scopesMatch(rule: RuleRecord, scopes: string[]): boolean {
  const allowed = rule.conditions.scopes.include;
  return allowed.includes("*") || scopes.every((s) => allowed.includes(s));
}
