import { describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import { GroupDirectory, type LiveState } from "../../src/model/live.js";
import type { App, Claim } from "../../src/model/okta.js";
import { loadSpec } from "../../src/spec/load.js";

const APP = "0oabskvc6442nkvQO0h7";
const SERVER = "ausain6z9zIedDCxB0h7";
const WEST = "00gbso71miOMjxHRW0h7";
const EAST = "00gbso71miOMjxHRW0h8";

const claim = (fields: Partial<Claim>): Claim => ({
  id: "ocl00000000000000001",
  name: "groups",
  status: "ACTIVE",
  claimType: "RESOURCE",
  valueType: "EXPRESSION",
  value: "getFilteredGroups(app.profile.allow, 'group.name', 40)",
  conditions: { scopes: [] },
  alwaysIncludeInToken: true,
  ...fields,
});

function live(allow: unknown, claims: Claim[]): LiveState {
  const app: App = {
    id: APP,
    name: "oidc_client",
    label: "Portal",
    status: "ACTIVE",
    signOnMode: "OPENID_CONNECT",
    profile: { allow },
  };
  return {
    groupFacts: { builtIn: new Set(), missing: new Set(), members: new Map() },
    apps: [{ app }],
    servers: [{ id: SERVER, name: undefined, claims }],
    groups: new GroupDirectory([
      [WEST, "West"],
      [EAST, "East"],
    ]),
  };
}

const spec = (allow: string, claims: string, prune = false) =>
  loadSpec(
    "spec.yml",
    `version: 1
apps:
  - id: ${APP}
    profile: { allow: ${allow} }
authorizationServers:
  - id: ${SERVER}
    prune: ${prune}
    claims:
${claims}`,
  );

const GROUPS_CLAIM = `      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.allow, "group.name", 40)' }\n`;

describe("diff", () => {
  it("finds no drift when only order and quoting differ", () => {
    const { plan, problems } = diff(spec("[East, West]", GROUPS_CLAIM), live([WEST, EAST], [claim({})]));
    expect(problems).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it("plans an allowlist update with group IDs, at the spec's line", () => {
    const { plan } = diff(spec("[East]", GROUPS_CLAIM), live([WEST], [claim({})]));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        resource: "app-profile",
        allowlist: [EAST],
        fields: [{ field: "profile.allow", before: [WEST], after: [EAST] }],
        spec: { file: "spec.yml", line: 4, col: 23 },
      }),
    ]);
  });

  it("plans a claim update field by field, carrying both expressions' trees for reports", () => {
    const { plan } = diff(
      spec("[West]", GROUPS_CLAIM),
      live(
        [WEST],
        [
          claim({
            value: "getFilteredGroups(app.profile.allow, 'group.name', 20)",
            conditions: { scopes: ["groups"] },
          }),
        ],
      ),
    );
    const [change] = plan.changes;
    expect(change).toMatchObject({ resource: "claim", action: "update", claimId: "ocl00000000000000001" });
    expect(change!.fields.map((f) => f.field)).toEqual(["value", "conditions.scopes"]);
    expect(change!.fields[0]!.trees?.before).toMatchObject({ kind: "call" });
    expect(change!.fields[0]!.trees?.after).toMatchObject({ kind: "call" });
  });

  it("creates a missing claim and deletes an unlisted one only where the server prunes", () => {
    const other = claim({ id: "ocl00000000000000002", name: "legacy" });
    const kept = diff(spec("[West]", GROUPS_CLAIM), live([WEST], [other]));
    expect(kept.plan.changes.map((c) => c.action)).toEqual(["create"]);
    expect(kept.plan.unmanaged.map((u) => u.claimName)).toEqual(["legacy"]);
    const pruned = diff(spec("[West]", GROUPS_CLAIM, true), live([WEST], [other]));
    expect(pruned.plan.changes.map((c) => c.action)).toEqual(["create", "delete"]);
    expect(pruned.plan.unmanaged).toEqual([]);
  });

  it("renders names in literal allowlists to IDs in the claim it would send", () => {
    const literal = `      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups({"East"}, "group.name", 5)' }\n`;
    const { plan } = diff(spec("[West]", literal), live([WEST], []));
    const change = plan.changes[0]!;
    expect(change.resource === "claim" && change.desired?.value).toBe(
      `getFilteredGroups({"${EAST}"}, "group.name", 5)`,
    );
  });

  it("refuses to manage a system claim, naming it at its line", () => {
    const sub = `      - { name: sub, claimType: RESOURCE, valueType: EXPRESSION, value: 'user.login' }\n`;
    const { problems } = diff(spec("[West]", sub), live([WEST], [claim({ name: "sub", system: true })]));
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      `9 authorizationServers[0].claims[0].name: "sub" (RESOURCE) is one of Okta's system claims, which okta-drift does not manage`,
    ]);
  });

  it("hashes the same plan the same, and a different plan differently", () => {
    const a = diff(spec("[East]", GROUPS_CLAIM), live([WEST], [claim({})])).plan.hash;
    const b = diff(spec("[East]", GROUPS_CLAIM), live([WEST], [claim({})])).plan.hash;
    const c = diff(spec("[West, East]", GROUPS_CLAIM), live([WEST], [claim({})])).plan.hash;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
