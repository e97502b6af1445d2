import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import { planHashOf, readState, stateLine } from "../../src/github/comment.js";
import { isOktaOrLocalOrigin } from "../../src/model/org-url.js";
import { loadSpec } from "../../src/spec/load.js";
import { chooseOrgs, specForOrg } from "../../src/spec/orgs.js";

const FILE = join(import.meta.dirname, "..", "..", "examples", "okta-drift.orgs.yml");
const loaded = loadSpec("okta-drift.orgs.yml", readFileSync(FILE, "utf8"));

describe("one org's view of a many-org spec", () => {
  it("takes the org's allowlists over the spec's, and keeps the rest", () => {
    const preview = specForOrg(loaded, "preview").spec;
    const prod = specForOrg(loaded, "prod").spec;
    expect(preview.org).toBe("preview");
    expect(preview.apps[0]!.profile.get("groupwhitelist")!.groups).toEqual(["WestCoastDivision"]);
    expect(prod.apps[0]!.profile.get("groupwhitelist")!.groups).toEqual([
      "WestCoastDivision",
      "EastCoastDivision",
    ]);
    // The override's path points at the override, so an error or a change names its line.
    expect(prod.apps[0]!.profile.get("groupwhitelist")!.path).toEqual([
      "apps",
      0,
      "orgs",
      "prod",
      "profile",
      "groupwhitelist",
    ]);
    expect(loaded.source.locate(prod.apps[0]!.profile.get("groupwhitelist")!.path).line).toBe(25);
  });

  it("replaces a claim of the same name and type, and keeps the others in place", () => {
    const claims = specForOrg(loaded, "prod").spec.authorizationServers[0]!.claims;
    expect(claims.map((c) => `${c.name}/${c.claimType}`)).toEqual(["groups/RESOURCE", "groups/IDENTITY"]);
    expect(claims[1]!.value).toContain('"group.name", 20)');
    expect(claims[1]!.path.slice(0, 4)).toEqual(["authorizationServers", 0, "orgs", "prod"]);
    expect(claims[1]!.expr).toBeDefined();
    expect(specForOrg(loaded, "preview").spec.authorizationServers[0]!.claims[1]!.value).toContain(", 40)");
  });

  it("adds a claim the spec does not have, pins the org's groups, and uses the org's IDs", () => {
    const text = `version: 1
orgs:
  preview: { url: https://a.oktapreview.com, groups: { Sales: 00gprev1miOMjxHRW0ha } }
  prod: { url: https://a.okta.com }
groups: { Sales: 00gbso71miOMjxHRW0ha }
apps:
  - id: 0oabskvc6442nkvQO0h7
    profile: { k: [Sales] }
    orgs: { prod: { id: 0oaprodc6442nkvQO0h7 } }
authorizationServers:
  - name: S
    orgs:
      prod:
        id: ausprodz9zIedDCxB0h7
        claims:
          - { name: extra, claimType: RESOURCE, valueType: EXPRESSION, value: user.login }
smokeTests:
  - name: t
    authorizationServer: S
    app: 0oabskvc6442nkvQO0h7
    grant: client_credentials
    clientSecretEnv: S
    expect: { includes: [a] }
    orgs: [prod]
`;
    const spec = loadSpec("s.yml", text);
    const prod = specForOrg(spec, "prod").spec;
    const preview = specForOrg(spec, "preview").spec;
    expect(prod.apps[0]!.id).toBe("0oaprodc6442nkvQO0h7");
    expect(prod.apps[0]!.namedAt).toEqual(["apps", 0, "orgs", "prod", "id"]);
    expect(preview.apps[0]!.id).toBe("0oabskvc6442nkvQO0h7");
    expect(prod.authorizationServers[0]!.id).toBe("ausprodz9zIedDCxB0h7");
    expect(prod.authorizationServers[0]!.claims.map((c) => c.name)).toEqual(["extra"]);
    expect(preview.authorizationServers[0]!.claims).toEqual([]);
    expect(preview.groups.get("Sales")).toBe("00gprev1miOMjxHRW0ha");
    expect(prod.groups.get("Sales")).toBe("00gbso71miOMjxHRW0ha");
    // The test runs only in prod, and names prod's app and server there.
    expect(preview.smokeTests).toEqual([]);
    expect(prod.smokeTests[0]).toMatchObject({
      app: "0oaprodc6442nkvQO0h7",
      authorizationServer: "ausprodz9zIedDCxB0h7",
    });
  });

  it("plans of two orgs with the same changes have different hashes", () => {
    const live = {
      apps: new Map(),
      servers: new Map(),
      groups: new Map(),
    } as unknown as Parameters<typeof diff>[1];
    const empty = loadSpec(
      "e.yml",
      "version: 1\norgs: { a: { url: https://a.okta.com }, b: { url: https://b.okta.com } }\n",
    );
    const a = diff(specForOrg(empty, "a"), live).plan;
    const b = diff(specForOrg(empty, "b"), live).plan;
    expect(a.changes).toEqual([]);
    expect(a.hash).not.toBe(b.hash);
    expect(diff(empty, live).plan.hash).not.toBe(a.hash);
  });
});

describe("which orgs a run works on (one rule for the CLI and the Action)", () => {
  const plain = loadSpec(
    "plain.yml",
    "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { allow: [A] }\n",
  );
  const one = loadSpec(
    "one.yml",
    "version: 1\norgs:\n  prod: { url: https://example.okta.com }\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { allow: [A] }\n",
  );
  it("a spec without orgs: the plain org, and naming an org is a problem", () => {
    expect(chooseOrgs(plain.spec, {})).toEqual({ orgs: [] });
    expect(chooseOrgs(plain.spec, { names: ["prod"] }).problem).toEqual({ kind: "no-orgs" });
    expect(chooseOrgs(plain.spec, { all: true }).problem).toEqual({ kind: "no-orgs" });
  });

  it("a spec with orgs: the ones named, all of them, or its only one; never a guess between several", () => {
    expect(chooseOrgs(loaded.spec, { names: ["prod"] })).toEqual({ orgs: ["prod"] });
    expect(chooseOrgs(loaded.spec, { all: true })).toEqual({ orgs: ["preview", "prod"] });
    expect(chooseOrgs(loaded.spec, {}).problem).toEqual({ kind: "ambiguous", defined: ["preview", "prod"] });
    expect(chooseOrgs(loaded.spec, { names: [] }).problem?.kind).toBe("ambiguous");
    expect(chooseOrgs(loaded.spec, { names: ["prod", "staging"] }).problem).toEqual({
      kind: "unknown",
      name: "staging",
      defined: ["preview", "prod"],
    });
    expect(chooseOrgs(one.spec, {})).toEqual({ orgs: ["prod"] });
  });
});

describe("a plan comment's state with one hash per org", () => {
  const hash = (c: string) => c.repeat(64);
  it("round-trips each org's hash, and finds no hash for an org it does not hold", () => {
    const line = stateLine({
      status: "planned",
      sha: "1".repeat(40),
      planHashes: { preview: hash("a"), prod: hash("b") },
    });
    expect(line).toBe(
      `<!-- okta-drift:state status=planned sha=${"1".repeat(40)} plan-hash.preview=${hash("a")} plan-hash.prod=${hash("b")} -->`,
    );
    const state = readState(`marker\n${line}\nbody`)!;
    expect(planHashOf(state, "prod")).toBe(hash("b"));
    expect(planHashOf(state, "staging")).toBeUndefined();
    // Names from a comment body are data: Object's own keys are not orgs.
    expect(planHashOf(state, "constructor")).toBeUndefined();
    expect(planHashOf(state, undefined)).toBeUndefined();
  });

  it("takes only well-formed org names and hashes from the comment", () => {
    const state = readState(
      `<!-- okta-drift:state status=planned plan-hash.__proto__=${hash("c")} plan-hash.prod=xyz plan-hash.ok=${hash("d")} -->`,
    )!;
    expect(state.planHashes).toEqual({ ok: hash("d") });
  });
});

describe("which org URLs a spec may name without the runner confirming them", () => {
  it("Okta's own org domains and this machine; not look-alikes", () => {
    const taken = (url: string) => isOktaOrLocalOrigin(new URL(url));
    for (const url of [
      "https://example.okta.com",
      "https://EXAMPLE-Preview.oktapreview.com",
      "https://example.okta-emea.com",
      "https://example.okta-gov.com",
      "http://127.0.0.1:8080",
      "http://localhost:3000",
    ])
      expect(taken(url), url).toBe(true);
    for (const url of [
      "https://example.okta.com.collector.net",
      "https://okta.com",
      "https://example-okta.com",
      "https://a.b.okta.com",
      "https://login.example.com",
      "https://example.okta.com@collector.net",
    ])
      expect(taken(url), url).toBe(false);
  });
});
