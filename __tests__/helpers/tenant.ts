import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import {
  type Emulator,
  type EmulatorOptions,
  loadTenantYaml,
  startEmulator,
} from "../../src/emulator/index.js";
import { normalizeApp } from "../../src/emulator/routes/apps.js";
import type { TenantStore } from "../../src/emulator/store.js";

export const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
export const API_TOKEN = "test-api-token-0123456789";

/** The demo tenant (examples/tenant.yml) on a free loopback port. */
export async function startExampleTenant(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const { store } = loadTenantYaml(readFileSync(join(EXAMPLES, "tenant.yml"), "utf8"));
  return startEmulator({ store, apiToken: API_TOKEN, ...options });
}

/**
 * The demo tenant as a second org would have it: the same names, other IDs (as a production
 * org beside a preview org), and its own API token.
 */
export const PROD_API_TOKEN = "test-prod-api-token-0123456789";
export const PROD_IDS = {
  app: "0oaprodc6442nkvQO0h7",
  server: "ausprodz9zIedDCxB0h7",
  west: "00gprod1miOMjxHRW0h7",
  east: "00gprod1miOMjxHRW0h8",
};
export async function startProdTenant(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const text = readFileSync(join(EXAMPLES, "tenant.yml"), "utf8")
    .replaceAll("0oabskvc6442nkvQO0h", "0oaprodc6442nkvQO0h")
    .replaceAll("ausain6z9zIedDCxB0h7", PROD_IDS.server)
    .replaceAll("00gbso71miOMjxHRW0h", "00gprod1miOMjxHRW0h");
  const { store } = loadTenantYaml(text);
  return startEmulator({ store, apiToken: PROD_API_TOKEN, ...options });
}

/** Adds a plain Okta group to a tenant (for names the example tenant does not have). */
export function addGroup(store: TenantStore, id: string, name: string): void {
  const now = "2026-01-01T00:00:00.000Z";
  store.addGroup({
    id,
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    type: "OKTA_GROUP",
    objectClass: ["okta:user_group"],
    profile: { name, description: name },
    members: new Set(),
  });
}

/** examples/okta-drift.orgs.yml with its two orgs' URLs pointed at running tenants. */
export function orgsSpecText(previewUrl: string, prodUrl: string): string {
  return readFileSync(join(EXAMPLES, "okta-drift.orgs.yml"), "utf8")
    .replace("https://example-preview.oktapreview.com", previewUrl)
    .replace("https://example.okta.com", prodUrl);
}

/** A small fetch wrapper for talking to the emulator as a raw HTTP client would. */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { Authorization: `SSWS ${API_TOKEN}` },
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    redirect: "manual",
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
  };
}

/**
 * Adds an OAuth service app (private_key_jwt) granted `scopes`, and returns the environment
 * that makes okta-drift use it: OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (a JWK).
 */
export async function addServiceApp(
  store: TenantStore,
  scopes: string[],
  /** "Require DPoP" on the app, as Okta sets it for new API service apps. */
  options: { dpop?: boolean } = {},
): Promise<{ OKTA_CLIENT_ID: string; OKTA_PRIVATE_KEY: string }> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: "drift-key", alg: "RS256", use: "sig" };
  const id = "0oaservice0000drift07";
  const { body } = normalizeApp(
    {
      name: "oidc_client",
      label: "okta-drift",
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "private_key_jwt" } },
      settings: {
        oauthClient: {
          grant_types: ["client_credentials"],
          jwks: { keys: [jwk] },
          dpop_bound_access_tokens: options.dpop === true,
        },
      },
    },
    id,
  );
  const now = "2026-01-01T00:00:00.000Z";
  store.apps.set(id, {
    id,
    created: now,
    lastUpdated: now,
    status: "ACTIVE",
    body,
    clientSecret: undefined,
    groups: new Map(),
    users: new Map(),
  });
  store.oktaScopeGrants.set(id, scopes);
  return {
    OKTA_CLIENT_ID: id,
    OKTA_PRIVATE_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid: "drift-key", alg: "RS256" }),
  };
}
