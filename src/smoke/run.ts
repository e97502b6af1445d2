import type { JWTPayload } from "jose";
import { UserError } from "../errors.js";
import { appLabelled, type Lookup, serverNamed } from "../model/lookup.js";
import type { AuthorizationServer } from "../model/okta.js";
import type { SmokeResult } from "../model/smoke.js";
import type { AdminGateway } from "../okta/admin.js";
import { OAuthError, type OAuthGateway } from "../okta/oauth.js";
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

export interface SmokeContext {
  oauth: OAuthGateway;
  /** For what the spec does not say (a server named by name, its audience); optional. */
  admin: AdminGateway | undefined;
  secrets: (test: SmokeTestSpec) => SmokeSecrets;
}

/** Runs the spec's smoke tests (or the one named), all at once. */
export async function runSmokeTests(
  loaded: LoadedSpec,
  context: SmokeContext,
  only?: string,
): Promise<SmokeResult[]> {
  const tests = loaded.spec.smokeTests.filter((t) => only === undefined || t.name === only);
  if (tests.length === 0) {
    const org = loaded.spec.org;
    const where = org === undefined ? "" : ` in org ${org}`;
    throw new UserError(
      only === undefined
        ? org === undefined
          ? "the spec has no smokeTests"
          : `no smoke test runs in org ${org} (each test's orgs: says where it runs)`
        : `no smoke test is named "${only}"${where}`,
    );
  }
  const lookups = new Lookups(context.admin);
  // The tests are independent: they run at once (the clients keep within Okta's limits), and
  // the results come back in the spec's order.
  return Promise.all(tests.map((test) => runOne(loaded.spec, test, context, lookups)));
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
    // The audience (a read of the server, unless the test names it) comes while the metadata
    // does, and the keys while the token does: two round trips in a row, not four.
    const audience = test.token === "id" ? Promise.resolve(target.clientId) : target.audience();
    audience.catch(() => {});
    const metadata = await context.oauth.metadata(target.serverId, kind);
    const issuer = `${context.oauth.orgUrl.origin}/oauth2/${target.serverId}`;
    if (metadata.issuer !== issuer)
      return fail(test, [`the server's metadata names issuer ${metadata.issuer}, not ${issuer}`]);
    // The keys are read while the token is obtained: neither waits for the other.
    const keys = context.oauth.jwks(metadata.jwks_uri);
    keys.catch(() => {});
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
      payload = await verifyToken(jwt, await keys, {
        issuer,
        audience: await audience,
        nonce: test.token === "id" ? nonce : undefined,
      });
    } catch (error) {
      if (error instanceof TokenVerificationError)
        return fail(test, [`token verification failed: ${error.message}`]);
      throw error;
    }
    const claim = target.server.claims.find(
      (c) => c.name === test.claim && c.claimType === (test.token === "id" ? "IDENTITY" : "RESOURCE"),
    );
    // Own claims only: a claim named like an Object.prototype member is absent unless Okta sent it.
    const value = Object.hasOwn(payload, test.claim) ? payload[test.claim] : undefined;
    const problems = checkClaim(test, value, claimLimit(claim));
    const claims = {
      sub: payload.sub,
      aud: payload.aud,
      scp: payload.scp,
      jti: payload.jti,
      value,
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
  private readonly servers = new Map<AuthorizationServerSpec, Promise<AuthorizationServer>>();
  private readonly clients = new Map<AppSpec, Promise<string>>();

  constructor(private readonly admin: AdminGateway | undefined) {}

  server(spec: AuthorizationServerSpec, test: SmokeTestSpec): Promise<AuthorizationServer> {
    let server = this.servers.get(spec);
    if (!server) {
      const okta = this.needAdmin(test, spec.id ? "the server's audience" : "the server's ID");
      server = (async () => {
        if (spec.id) {
          const found = await okta.server(spec.id);
          if (!found) throw new UserError(`no authorization server with ID ${spec.id} in Okta`);
          return found;
        }
        return theOne(serverNamed(spec.name!, await okta.serversNamed(spec.name!)));
      })();
      this.servers.set(spec, server);
    }
    return server;
  }

  clientId(spec: AppSpec, test: SmokeTestSpec): Promise<string> {
    let clientId = this.clients.get(spec);
    if (!clientId) {
      const okta = this.needAdmin(test, "the app's client ID");
      clientId = (async () => {
        const app = theOne(appLabelled(spec.label!, await okta.appsLabelled(spec.label!)));
        return (
          (app.credentials as { oauthClient?: { client_id?: string } } | undefined)?.oauthClient?.client_id ??
          app.id
        );
      })();
      this.clients.set(spec, clientId);
    }
    return clientId;
  }

  private needAdmin(test: SmokeTestSpec, what: string): AdminGateway {
    if (!this.admin)
      throw new UserError(
        `smoke test "${test.name}" needs ${what} from Okta: set OKTA_API_TOKEN (or say it in the spec)`,
      );
    return this.admin;
  }
}

function theOne<T>(lookup: Lookup<T>): T {
  if (lookup.problem !== undefined) throw new UserError(lookup.problem);
  return lookup.found;
}

/** The spec's server and app a test names (validation made sure both exist). */
function targetsOf(spec: Spec, test: SmokeTestSpec) {
  return {
    server: spec.authorizationServers.find(
      (s) => s.id === test.authorizationServer || s.name === test.authorizationServer,
    )!,
    app: spec.apps.find((a) => a.id === test.app || a.label === test.app)!,
  };
}

/** The server's ID, the client's ID and the expected audience, from the spec or else Okta. */
async function resolveTarget(spec: Spec, test: SmokeTestSpec, lookups: Lookups) {
  const { server, app } = targetsOf(spec, test);
  return {
    server,
    serverId: server.id ?? (await lookups.server(server, test)).id,
    clientId: test.clientId ?? app.id ?? (await lookups.clientId(app, test)),
    audience: async () => test.audience ?? (await lookups.server(server, test)).audiences?.[0] ?? "",
  };
}
