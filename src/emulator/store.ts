import { createHash, randomBytes } from "node:crypto";
import { DpopState } from "./dpop.js";

/**
 * The embedded tenant's state: plain records, indexed the way the API reads them. Wire
 * shapes (with `_links`) are made in wire.ts; HTTP lives in server.ts and routes/.
 */

const ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** An Okta-looking ID, 20 characters: the type prefix, random characters, the org's suffix. */
export function newId(prefix: string, orgSuffix: string): string {
  const length = 20 - prefix.length - orgSuffix.length;
  let body = "";
  for (const b of randomBytes(length)) body += ID_ALPHABET[b % ID_ALPHABET.length];
  return `${prefix}${body}${orgSuffix}`;
}

/** The same ID for the same key every time: tenant files get stable IDs, so plans hash alike. */
export function stableId(prefix: string, key: string, orgSuffix: string): string {
  const length = 20 - prefix.length - orgSuffix.length;
  let body = "";
  for (const b of createHash("sha256").update(`${prefix}:${key}`).digest().subarray(0, length))
    body += ID_ALPHABET[b % ID_ALPHABET.length];
  return `${prefix}${body}${orgSuffix}`;
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Okta's timestamps always carry `.000` milliseconds. */
export function oktaTime(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}.000Z`;
}

export type GroupType = "OKTA_GROUP" | "APP_GROUP" | "BUILT_IN";

/**
 * How minted tokens are forged, for the token attacks a verifier must refuse: claims to
 * override, a key the JWKS does not publish, and forgeries of the header (see mint.ts).
 */
export interface TokenTamper {
  claims?: Record<string, unknown>;
  unpublishedKey?: boolean;
  forge?: TokenForgery;
  /** The JWKS publishes the server's key id with a key of another type (EC for RSA). */
  jwksWrongKeyType?: boolean;
}

export type TokenForgery =
  /** alg none, no signature. */
  | "alg-none"
  /** HS256 keyed with the server's public key (the RS/HS confusion attack). */
  | "hs256-public-key"
  /** A kid the server does not publish. */
  | "unknown-kid"
  /** Signed by an attacker's key, pointing at its keys by jku, x5u, or embedding it as jwk. */
  | "jku"
  | "x5u"
  | "jwk";

export interface GroupRecord {
  id: string;
  created: string;
  lastUpdated: string;
  lastMembershipUpdated: string;
  type: GroupType;
  objectClass: string[];
  profile: { name: string; description: string } & Record<string, unknown>;
  members: Set<string>;
}

export interface UserRecord {
  id: string;
  status: "ACTIVE" | "STAGED" | "PROVISIONED" | "DEPROVISIONED";
  created: string;
  activated: string | null;
  statusChanged: string | null;
  lastLogin: string | null;
  lastUpdated: string;
  passwordChanged: string | null;
  profile: { login: string; email: string; firstName: string; lastName: string } & Record<string, unknown>;
  /** Kept only to check the password grant and /authn; never serialized. */
  password: string | undefined;
}

export interface AppGroupAssignment {
  priority: number;
  profile: Record<string, unknown>;
  lastUpdated: string;
}

/**
 * An app keeps the body it was given (Okta's full-replace PUT semantics are about the body),
 * with the system-assigned fields beside it. The client secret is kept apart: never on GET.
 */
export interface AppRecord {
  id: string;
  created: string;
  lastUpdated: string;
  status: "ACTIVE" | "INACTIVE";
  body: Record<string, unknown>;
  clientSecret: string | undefined;
  groups: Map<string, AppGroupAssignment>;
  users: Map<string, { created: string; lastUpdated: string; scope: "USER" | "GROUP" }>;
}

export interface ClaimRecord {
  id: string;
  name: string;
  status: "ACTIVE" | "INACTIVE";
  claimType: "RESOURCE" | "IDENTITY";
  valueType: "EXPRESSION" | "GROUPS" | "SYSTEM";
  value?: string;
  conditions: { scopes: string[] };
  system: boolean;
  alwaysIncludeInToken: boolean;
  group_filter_type?: "STARTS_WITH" | "EQUALS" | "CONTAINS" | "REGEX";
}

export interface ScopeRecord {
  id: string;
  name: string;
  displayName?: string;
  description?: string;
  consent: "REQUIRED" | "IMPLICIT" | "FLEXIBLE";
  default: boolean;
  metadataPublish: "ALL_CLIENTS" | "NO_CLIENTS";
  system: boolean;
  optional?: boolean;
}

export interface RuleRecord {
  id: string;
  name: string;
  status: "ACTIVE" | "INACTIVE";
  priority: number;
  system: boolean;
  created: string;
  lastUpdated: string;
  type: "RESOURCE_ACCESS";
  conditions: {
    people: {
      users: { include?: string[]; exclude: string[] };
      groups: { include?: string[]; exclude?: string[] };
    };
    grantTypes: { include: string[] };
    scopes: { include: string[] };
  };
  actions: {
    token: {
      accessTokenLifetimeMinutes: number;
      refreshTokenLifetimeMinutes: number;
      refreshTokenWindowMinutes: number;
      /** A token inline hook, kept as given (hooks are not run). */
      inlineHook?: { id: string };
    };
  };
}

export interface PolicyRecord {
  id: string;
  name: string;
  description: string;
  status: "ACTIVE" | "INACTIVE";
  priority: number;
  system: boolean;
  created: string;
  lastUpdated: string;
  type: "OAUTH_AUTHORIZATION_POLICY";
  conditions: { clients: { include: string[] } };
  rules: Map<string, RuleRecord>;
}

export interface ServerRecord {
  id: string;
  name: string;
  description: string;
  audiences: string[];
  issuerMode: "ORG_URL" | "CUSTOM_URL" | "DYNAMIC";
  status: "ACTIVE" | "INACTIVE";
  created: string;
  lastUpdated: string;
  default: boolean;
  claims: Map<string, ClaimRecord>;
  scopes: Map<string, ScopeRecord>;
  policies: Map<string, PolicyRecord>;
  signing: { rotationMode: "AUTO" | "MANUAL"; lastRotated: string; nextRotation: string };
}

/** An authorization code, valid once, for a minute. */
export interface AuthCode {
  serverId: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  nonce: string | undefined;
  codeChallenge: string | undefined;
  expiresAt: number;
}

export interface RefreshGrant {
  serverId: string;
  clientId: string;
  userId: string | undefined;
  scopes: string[];
  expiresAt: number;
}

export class TenantStore {
  readonly groups = new Map<string, GroupRecord>();
  /** Exact name → IDs (names are not unique in Okta). */
  private readonly groupsByName = new Map<string, Set<string>>();
  readonly users = new Map<string, UserRecord>();
  readonly apps = new Map<string, AppRecord>();
  readonly servers = new Map<string, ServerRecord>();
  /** okta.* scopes granted to service apps, for bearer access to the admin API. */
  readonly oktaScopeGrants = new Map<string, string[]>();
  /** DPoP's nonce and the proofs seen, for service apps that require DPoP. */
  readonly dpop = new DpopState();
  /** One-time session tokens from /api/v1/authn: token → user ID and expiry. */
  readonly sessionTokens = new Map<string, { userId: string; expiresAt: number }>();
  readonly authCodes = new Map<string, AuthCode>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  /** Okta Classic Engine's Authentication API; Identity Engine orgs may not have it. */
  authnApi = true;
  /**
   * Faults in minted tokens, so clients can prove they refuse them: claims to override (a
   * wrong iss or aud, an exp in the past) and signing with a key the JWKS does not publish.
   */
  tokenTamper: TokenTamper = {};

  constructor(readonly orgSuffix = "0h7") {}

  id(prefix: string): string {
    return newId(prefix, this.orgSuffix);
  }

  addGroup(group: GroupRecord): GroupRecord {
    this.groups.set(group.id, group);
    this.indexGroupName(group.id, group.profile.name);
    return group;
  }

  renameGroup(group: GroupRecord, name: string): void {
    this.groupsByName.get(group.profile.name)?.delete(group.id);
    group.profile.name = name;
    this.indexGroupName(group.id, name);
  }

  deleteGroup(id: string): void {
    const group = this.groups.get(id);
    if (!group) return;
    this.groupsByName.get(group.profile.name)?.delete(id);
    this.groups.delete(id);
    for (const app of this.apps.values()) app.groups.delete(id);
  }

  groupIdsNamed(name: string): string[] {
    return [...(this.groupsByName.get(name) ?? [])];
  }

  private indexGroupName(id: string, name: string): void {
    const ids = this.groupsByName.get(name) ?? new Set<string>();
    this.groupsByName.set(name, ids);
    ids.add(id);
  }

  userByLogin(login: string): UserRecord | undefined {
    const wanted = login.toLowerCase();
    for (const user of this.users.values()) if (user.profile.login.toLowerCase() === wanted) return user;
    return undefined;
  }

  groupsOfUser(userId: string): GroupRecord[] {
    return [...this.groups.values()].filter((g) => g.members.has(userId) || g.type === "BUILT_IN");
  }

  appByClientId(clientId: string): AppRecord | undefined {
    for (const app of this.apps.values()) {
      const credentials = app.body.credentials as { oauthClient?: { client_id?: string } } | undefined;
      if (credentials?.oauthClient?.client_id === clientId) return app;
    }
    return undefined;
  }

  /** A user is assigned directly or through one of the app's groups. */
  isAssigned(app: AppRecord, userId: string): boolean {
    if (app.users.has(userId)) return true;
    for (const groupId of app.groups.keys()) {
      const group = this.groups.get(groupId);
      if (group && (group.members.has(userId) || group.type === "BUILT_IN")) return true;
    }
    return false;
  }
}
