import { describe, expect, it } from "vitest";
import { writesFor } from "../../src/apply/writes.js";
import { diff } from "../../src/diff/diff.js";
import { GroupDirectory, type LiveState } from "../../src/model/live.js";
import type { App, Claim } from "../../src/model/okta.js";
import { loadSpec } from "../../src/spec/load.js";

const APP = "0oabskvc6442nkvQO0h7";
const SERVER = "ausain6z9zIedDCxB0h7";
const GROUP = "00gbso71miOMjxHRW0h7";

function live(profile: Record<string, unknown>, claims: Partial<Claim>[] = []): LiveState {
  const app: App = {
    id: APP,
    name: "oidc_client",
    label: "Demo",
    status: "ACTIVE",
    signOnMode: "OPENID_CONNECT",
    profile,
  };
  return {
    groupFacts: { builtIn: new Set(), missing: new Set(), members: new Map() },
    apps: [{ app }],
    servers: [{ id: SERVER, name: undefined, claims: claims as Claim[] }],
    groups: new GroupDirectory(),
  };
}

/** The writes' phases for a spec allowlisting GROUP under `key`, with these claims. */
function phases(key: string, claims: string[], state: LiveState, prune = false): string[][] {
  const text = [
    "version: 1",
    "apps:",
    `  - id: ${APP}`,
    `    profile: { ${key}: [${GROUP}] }`,
    "authorizationServers:",
    `  - id: ${SERVER}`,
    ...(prune ? ["    prune: true"] : []),
    "    claims:",
    ...claims.map((c) => `      - ${c}`),
  ].join("\n");
  const { plan, problems } = diff(loadSpec("spec.yml", text), state);
  expect(problems).toEqual([]);
  return writesFor(plan.changes, state).map((phase) =>
    phase.map((w) => `${w.method} ${"desired" in w ? w.desired.name : w.path.split("/").at(-1)}`),
  );
}

const claim = (name: string, value: string) =>
  `{ name: ${name}, claimType: RESOURCE, valueType: EXPRESSION, value: '${value}' }`;

describe("the order apply writes in", () => {
  it("sends claims together with app profiles when the keys they read exist already", () => {
    const state = live({ allow: [] });
    expect(
      phases("allow", [claim("groups", 'getFilteredGroups(app.profile.allow, "group.name", 40)')], state),
    ).toEqual([[`PUT ${APP}`, "POST groups"]]);
  });

  it("holds back a claim that reads a profile key an app is only now getting", () => {
    const state = live({ other: "kept" });
    expect(
      phases(
        "allow",
        [
          claim("groups", 'getFilteredGroups(app.profile.allow, "group.name", 40)'),
          claim("login", "user.login"),
          claim("anything", "app.profile[user.profile.key]"),
        ],
        state,
      ),
    ).toEqual([
      [`PUT ${APP}`, "POST login"],
      ["POST groups", "POST anything"],
    ]);
  });

  it("deletes last", () => {
    const state = live({ other: "kept" }, [
      {
        id: "oclold",
        name: "old",
        claimType: "RESOURCE",
        valueType: "EXPRESSION",
        value: "user.login",
        system: false,
      },
    ]);
    expect(phases("allow", [claim("login", "user.login")], state, true)).toEqual([
      [`PUT ${APP}`, "POST login"],
      ["DELETE oclold"],
    ]);
  });
});
