import type { JWTPayload } from "jose";
import { UserError } from "../errors.js";
import type { OktaClient } from "../okta/client.js";
import { type OAuthClient, OAuthError } from "../okta/oauth.js";
import type { OktaApp, OktaAuthorizationServer } from "../okta/types.js";
import type { Secret } from "../secret.js";
import type { LoadedSpec } from "../spec/load.js";
import type { AppSpec, AuthorizationServerSpec, SmokeTestSpec, Spec } from "../spec/model.js";
import { checkClaim, claimLimit } from "./expect.js";
import { obtainTokens } from "./grants.js";
import { TokenVerificationError, verifyToken } from "./verify.js";

/** The secrets of one smoke test, read by the shell from the variables the spec names. */
export interface SmokeSecrets {
  clientSecret?: Secret;
  privateKey?: Secret;
  username?: string;
  password?: Secret;
}

export interface SmokeResult {
  name: string;
  status: "pass" | "fail" | "error";
  /** Why it failed or errored, one line each. */
  problems: string[];
  /** The claims that matter, from a verified token (never the token itself). */
  claims?: { sub?: unknown; aud?: unknown; scp?: unknown; jti?: unknown; value?: unknown };
}

export interface SmokeContext {
  oauth: OAuthClient;
  /** For what the spec does not say (a server named by name, its audience); optional. */
  admin: OktaClient | undefined;
  secrets: (test: SmokeTestSpec) => SmokeSecrets;
}

/** Runs the spec's smoke tests (or the one named), one after the other. */
export async function runSmokeTests(
  loaded: LoadedSpec,
  context: SmokeContext,
  only?: string,
): Promise<SmokeResult[]> {
  const tests = loaded.spec.smokeTests.filter((t) => only === undefined || t.name === only);
  if (tests.length === 0)
    throw new UserError(
      only === undefined ? "the spec has no smokeTests" : `no smoke test is named "${only}"`,
    );
  const results: SmokeResult[] = [];
  const lookups = new Lookups(context.admin);
  for (const test of tests) results.push(await runOne(loaded.spec, test, context, lookups));
  return results;
}

async function runOne(
  spec: Spec,
  test: SmokeTestSpec,
  context: SmokeContext,
  lookups: Lookups,
): Promise<SmokeResult> {
  try {
    const target = await resolveTarget(spec, test, lookups);
    const secrets = context.secrets(test);
    const kind = test.token === "id" ? "openid-configuration" : "oauth-authorization-server";
    const metadata = await context.oauth.metadata(target.serverId, kind);
    const issuer = `${context.oauth.orgUrl.origin}/oauth2/${target.serverId}`;
    if (metadata.issuer !== issuer)
      return fail(test, [`the server's metadata names issuer ${metadata.issuer}, not ${issuer}`]);
    const { tokens, nonce } = await obtainTokens(context.oauth, metadata, {
      grant: test.grant,
      client: {
        clientId: target.clientId,
        method: test.clientAuth,
        ...(secrets.clientSecret ? { secret: secrets.clientSecret } : {}),
        ...(secrets.privateKey ? { privateKey: secrets.privateKey } : {}),
      },
      scopes: test.scopes,
      ...(secrets.username === undefined ? {} : { username: secrets.username }),
      ...(secrets.password ? { password: secrets.password } : {}),
      ...(test.redirectUri ? { redirectUri: test.redirectUri } : {}),
    });
    const jwt = test.token === "id" ? tokens.id_token : tokens.access_token;
    if (!jwt)
      return fail(test, [`the token response has no ${test.token === "id" ? "id_token" : "access_token"}`]);
    let payload: JWTPayload;
    try {
      payload = await verifyToken(jwt, metadata, {
        issuer,
        audience: test.token === "id" ? target.clientId : await target.audience(),
        nonce: test.token === "id" ? nonce : undefined,
      });
    } catch (error) {
      if (error instanceof TokenVerificationError)
        return fail(test, [`token verification failed: ${error.message}`]);
      throw error;
    }
    const claim = spec.authorizationServers
      .find((s) => s.id === test.authorizationServer || s.name === test.authorizationServer)
      ?.claims.find(
        (c) => c.name === test.claim && c.claimType === (test.token === "id" ? "IDENTITY" : "RESOURCE"),
      );
    const problems = checkClaim(test, payload[test.claim], claimLimit(claim));
    const claims = {
      sub: payload.sub,
      aud: payload.aud,
      scp: payload.scp,
      jti: payload.jti,
      value: payload[test.claim],
    };
    return { name: test.name, status: problems.length === 0 ? "pass" : "fail", problems, claims };
  } catch (error) {
    if (error instanceof OAuthError || error instanceof UserError)
      return { name: test.name, status: "error", problems: [error.message] };
    throw error;
  }
}

function fail(test: SmokeTestSpec, problems: string[]): SmokeResult {
  return { name: test.name, status: "fail", problems };
}

/** What the smoke tests of a run look up in Okta, each looked up once. */
class Lookups {
  private readonly servers = new Map<AuthorizationServerSpec, Promise<OktaAuthorizationServer>>();
  private readonly clients = new Map<AppSpec, Promise<string>>();

  constructor(private readonly admin: OktaClient | undefined) {}

  server(spec: AuthorizationServerSpec, test: SmokeTestSpec): Promise<OktaAuthorizationServer> {
    let server = this.servers.get(spec);
    if (!server) {
      const api = this.needAdmin(test, spec.id ? "the server's audience" : "the server's ID");
      server = (async () => {
        const found = spec.id
          ? await api.get<OktaAuthorizationServer>(
              `/api/v1/authorizationServers/${encodeURIComponent(spec.id)}`,
            )
          : (
              await api.getAll<OktaAuthorizationServer>("/api/v1/authorizationServers", { q: spec.name! })
            ).find((s) => s.name === spec.name);
        if (!found) throw new UserError(`no authorization server named "${spec.name}" in Okta`);
        return found;
      })();
      this.servers.set(spec, server);
    }
    return server;
  }

  clientId(spec: AppSpec, test: SmokeTestSpec): Promise<string> {
    let clientId = this.clients.get(spec);
    if (!clientId) {
      const api = this.needAdmin(test, "the app's client ID");
      clientId = (async () => {
        const apps = await api.getAll<OktaApp>("/api/v1/apps", { q: spec.label!, limit: "200" });
        const app = apps.find((a) => a.label === spec.label);
        if (!app) throw new UserError(`no app labelled "${spec.label}" in Okta`);
        return (
          (app.credentials as { oauthClient?: { client_id?: string } } | undefined)?.oauthClient?.client_id ??
          app.id
        );
      })();
      this.clients.set(spec, clientId);
    }
    return clientId;
  }

  private needAdmin(test: SmokeTestSpec, what: string): OktaClient {
    if (!this.admin)
      throw new UserError(
        `smoke test "${test.name}" needs ${what} from Okta: set OKTA_API_TOKEN (or say it in the spec)`,
      );
    return this.admin;
  }
}

/** The server's ID, the client's ID and the expected audience, from the spec or else Okta. */
async function resolveTarget(spec: Spec, test: SmokeTestSpec, lookups: Lookups) {
  const serverSpec = spec.authorizationServers.find(
    (s) => s.id === test.authorizationServer || s.name === test.authorizationServer,
  )!;
  const appSpec = spec.apps.find((a) => a.id === test.app || a.label === test.app)!;
  return {
    serverId: serverSpec.id ?? (await lookups.server(serverSpec, test)).id,
    clientId: test.clientId ?? appSpec.id ?? (await lookups.clientId(appSpec, test)),
    audience: async () => test.audience ?? (await lookups.server(serverSpec, test)).audiences[0] ?? "",
  };
}
