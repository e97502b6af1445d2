import type { TenantFile } from "../src/emulator/index.js";

/**
 * The benchmark's tenants and specs. Scenario L: a tenant of 20,000 groups, 500 apps and 30
 * authorization servers; a spec naming 100 of the apps, whose allowlists draw from 2,000
 * groups (by name), and 20 servers with 5 claims each. Scales multiply these counts.
 */
export interface Scale {
  /** Tenant multiplier: groups, apps and servers. */
  tenant: number;
  /** Spec multiplier: apps, groups drawn and claims per server. */
  spec: number;
}

export const BASE = {
  groups: 20_000,
  apps: 500,
  servers: 30,
  specApps: 100,
  specGroups: 2_000,
  specServers: 20,
  claimsPerServer: 5,
};

const pad = (n: number, width = 6) => String(n).padStart(width, "0");
export const groupName = (i: number) => `Team ${pad(i)}`;
export const appId = (i: number) => `0oabench${pad(i, 9)}0h7`;
export const serverId = (i: number) => `ausbench${pad(i, 9)}0h7`;
export const groupId = (i: number) => `00gbench${pad(i, 9)}0h7`;

/** Which groups spec app `a` allowlists: 20 of the spec's groups, each group used once. */
function allowlist(a: number, specGroups: number, specApps: number): number[] {
  const per = Math.floor(specGroups / specApps);
  return Array.from({ length: per }, (_, k) => a * per + k);
}

const claimValue = (limit: number) => `getFilteredGroups(app.profile.allow, "group.name", ${limit})`;

/**
 * The tenant, holding exactly what the spec says (no drift), or with drift: every tenth spec
 * app lacks one allowlisted group, and the first claim of every server has another limit.
 */
export function tenant(scale: Scale, drift: boolean): TenantFile {
  const groups = BASE.groups * scale.tenant;
  const apps = BASE.apps * scale.tenant;
  const servers = BASE.servers * scale.tenant;
  const specApps = BASE.specApps * scale.spec;
  const specGroups = BASE.specGroups * scale.spec;
  const claims = BASE.claimsPerServer * scale.spec;
  return {
    groups: Array.from({ length: groups }, (_, i) => ({ id: groupId(i), name: groupName(i) })),
    apps: Array.from({ length: apps }, (_, a) => {
      let allow = a < specApps ? allowlist(a, specGroups, specApps).map(groupId) : [groupId(a % groups)];
      if (drift && a < specApps && a % 10 === 0) allow = allow.slice(1);
      return {
        id: appId(a),
        label: `App ${a}`,
        grantTypes: ["client_credentials"],
        clientSecret: `bench-secret-${a}-0123456789`,
        profile: { allow, other: "kept" },
      };
    }),
    authorizationServers: Array.from({ length: servers }, (_, s) => ({
      id: serverId(s),
      name: `Server ${s}`,
      audience: `api://bench-${s}`,
      claims: Array.from({ length: claims }, (_, c) => ({
        name: `claim${c}`,
        claimType: "RESOURCE" as const,
        valueType: "EXPRESSION" as const,
        value: claimValue(drift && c === 0 ? 20 : 40),
      })),
    })),
  };
}

export function spec(scale: Scale): string {
  const specApps = BASE.specApps * scale.spec;
  const specGroups = BASE.specGroups * scale.spec;
  const claims = BASE.claimsPerServer * scale.spec;
  const lines = ["version: 1", "apps:"];
  for (let a = 0; a < specApps; a++) {
    lines.push(
      `  - id: ${appId(a)}`,
      "    profile:",
      `      allow: [${allowlist(a, specGroups, specApps)
        .map((g) => `"${groupName(g)}"`)
        .join(", ")}]`,
    );
  }
  lines.push("authorizationServers:");
  for (let s = 0; s < BASE.specServers; s++) {
    lines.push(`  - id: ${serverId(s)}`, "    claims:");
    for (let c = 0; c < claims; c++)
      lines.push(
        `      - { name: claim${c}, claimType: RESOURCE, valueType: EXPRESSION, value: '${claimValue(40)}' }`,
      );
  }
  return `${lines.join("\n")}\n`;
}

/** What the drift variant changes: one write per changed resource. */
export function driftWrites(scale: Scale): { apps: number; claims: number } {
  return { apps: Math.ceil((BASE.specApps * scale.spec) / 10), claims: BASE.specServers };
}
