import { describe, expect, it } from "vitest";
import { DryRunWriter } from "../../src/apply/dry-run.js";
import { apply, plan } from "../../src/engine.js";
import { SpecError, UserError } from "../../src/errors.js";
import { loadSpec } from "../../src/spec/load.js";
import { readLiveState } from "../../src/state/read.js";
import { lostAnswer, MemoryOkta, refused, serverError } from "../helpers/memory-okta.js";

/**
 * The stages against an in-memory tenant behind the gateway's interface: what they ask, what
 * they conclude, what they write. The same stages run over HTTP in the integration tests.
 */
const APP = "0oabskvc6442nkvQO0h7";
const OTHER_APP = "0oabskvc6442nkvQO0h8";
const SERVER = "ausain6z9zIedDCxB0h7";
const WEST = "00gbso71miOMjxHRW0h7";
const EAST = "00gbso71miOMjxHRW0h8";
const EXPRESSION = 'getFilteredGroups(app.profile.allow, "group.name", 40)';

function tenant(): MemoryOkta {
  const okta = new MemoryOkta();
  okta.addApp({
    id: APP,
    label: "Portal",
    profile: { allow: [WEST], theme: "dark" },
    credentials: { secret: "kept" },
  });
  okta.addGroup(WEST, "West");
  okta.addGroup(EAST, "East");
  okta.addServer(SERVER, "Groups API", [
    {
      id: "ocl00000000000000001",
      name: "groups",
      status: "ACTIVE",
      claimType: "RESOURCE",
      valueType: "EXPRESSION",
      value: EXPRESSION,
      conditions: { scopes: [] },
      alwaysIncludeInToken: true,
    },
  ]);
  return okta;
}

const spec = (
  allow: string,
  claims = `[{ name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: '${EXPRESSION}' }]`,
) =>
  loadSpec(
    "spec.yml",
    `version: 1\napps:\n  - label: Portal\n    profile: { allow: ${allow} }\nauthorizationServers:\n  - name: Groups API\n    claims: ${claims}\n`,
  );

describe("state: reading what the spec names", () => {
  it("finds apps by label and servers by name, and resolves group names to IDs", async () => {
    const okta = tenant();
    const live = await readLiveState(okta, spec("[West, East]"));
    expect(live.apps[0]!.app.id).toBe(APP);
    expect(live.servers[0]!.id).toBe(SERVER);
    expect(live.groups.idOf("East")).toBe(EAST);
    expect(okta.writes()).toEqual([]);
  });

  it("refuses a label two apps carry and a name no group has, at their lines", async () => {
    const okta = tenant();
    okta.addApp({ id: OTHER_APP, label: "Portal" });
    const error = await readLiveState(okta, spec("[Nobody]")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toBe(
      [
        `spec.yml:3:12 apps[0].label: 2 apps are labelled "Portal" (${APP}, ${OTHER_APP}); name the app by id`,
        'spec.yml:4:24 apps[0].profile.allow[0]: no group named "Nobody" in Okta',
      ].join("\n"),
    );
  });

  it("treats a group named like an Object.prototype member as a name like any other", async () => {
    const okta = tenant();
    okta.addGroup("00gbso71miOMjxHRW0h9", "constructor");
    const live = await readLiveState(okta, spec("[constructor]"));
    expect(live.groups.idOf("constructor")).toBe("00gbso71miOMjxHRW0h9");
  });
});

describe("plan and apply through the gateway", () => {
  it("plans an allowlist change with the names of the groups it shows", async () => {
    const { plan: p } = await plan(spec("[East]"), tenant());
    expect(p.changes.map((c) => c.fields[0]!.field)).toEqual(["profile.allow"]);
    expect(p.groupNames).toMatchObject({ [WEST]: "West", [EAST]: "East" });
  });

  it("replaces the app re-read just before, keeping every other field", async () => {
    const okta = tenant();
    const outcome = await apply(spec("[East]"), okta, { prune: false, maxChanges: 10, dryRun: false });
    expect(outcome.applied).toHaveLength(1);
    expect(okta.calls.map((c) => c.method).slice(-2)).toEqual(["app", "replaceApp"]);
    expect(okta.apps.get(APP)).toMatchObject({
      profile: { allow: [EAST], theme: "dark" },
      credentials: { secret: "kept" },
    });
  });

  it("reads back a write whose answer was lost, and does not send it twice", async () => {
    const okta = tenant();
    okta.fail("replaceApp", lostAnswer, { afterWriting: true });
    const outcome = await apply(spec("[East]"), okta, { prune: false, maxChanges: 10, dryRun: false });
    expect(outcome.failed).toEqual([]);
    expect(okta.writes()).toHaveLength(1);
    expect(okta.apps.get(APP)!.profile).toEqual({ allow: [EAST], theme: "dark" });
  });

  it("sends a write again after a 5xx when the read-back shows it did not happen", async () => {
    const okta = tenant();
    okta.fail("replaceApp", serverError);
    const outcome = await apply(spec("[East]"), okta, { prune: false, maxChanges: 10, dryRun: false });
    expect(outcome.failed).toEqual([]);
    expect(okta.writes()).toHaveLength(2);
    expect(okta.apps.get(APP)!.profile?.allow).toEqual([EAST]);
  });

  it("reports a refused write as failed and does not try the writes after it", async () => {
    const okta = tenant();
    okta.fail("replaceApp", refused);
    const claims = `[{ name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: '${EXPRESSION}', scopes: [groups] }]`;
    const outcome = await apply(spec("[East]", claims), okta, {
      prune: false,
      maxChanges: 10,
      dryRun: false,
    });
    expect(outcome.failed.map((f) => f.error.errorCode)).toEqual(["E0000001"]);
    expect(outcome.applied.length + outcome.notAttempted.length + outcome.failed.length).toBe(2);
  });

  it("does not write an app whose managed key another admin changed after the plan read it (#21.13)", async () => {
    const okta = tenant();
    okta.apps.get(APP)!.lastUpdated = "2026-01-01T00:00:00.000Z";
    okta.before("app", () => {
      Object.assign(okta.apps.get(APP)!, {
        lastUpdated: "2026-01-01T00:00:05.000Z",
        profile: { allow: [WEST, EAST], theme: "dark" },
      });
    });
    const outcome = await apply(spec("[East]"), okta, { prune: false, maxChanges: 10, dryRun: false });
    expect(outcome.failed).toHaveLength(1);
    expect(outcome.failed[0]!.error.message).toMatch(
      /the app changed in Okta since the plan read it .*profile\.allow no longer as planned/,
    );
    expect(okta.writes()).toEqual([]);
    expect(okta.apps.get(APP)!.profile?.allow).toEqual([WEST, EAST]);
  });

  it("keeps another admin's change to other fields made after the plan read the app", async () => {
    const okta = tenant();
    okta.apps.get(APP)!.lastUpdated = "2026-01-01T00:00:00.000Z";
    okta.before("app", () => {
      Object.assign(okta.apps.get(APP)!, {
        lastUpdated: "2026-01-01T00:00:05.000Z",
        profile: { allow: [WEST], theme: "light" },
      });
    });
    const outcome = await apply(spec("[East]"), okta, { prune: false, maxChanges: 10, dryRun: false });
    expect(outcome.failed).toEqual([]);
    expect(okta.apps.get(APP)!.profile).toEqual({ allow: [EAST], theme: "light" });
  });

  it("refuses an unapproved plan before writing anything", async () => {
    const okta = tenant();
    const refusal = apply(spec("[East]"), okta, {
      prune: false,
      maxChanges: 10,
      dryRun: false,
      planHash: "0".repeat(64),
    });
    await expect(refusal).rejects.toThrow(UserError);
    expect(okta.writes()).toEqual([]);
  });

  it("a dry run shows each request with its body and writes nothing", async () => {
    const okta = tenant();
    const outcome = await apply(spec("[East]"), okta, { prune: false, maxChanges: 10, dryRun: true });
    expect(okta.writes()).toEqual([]);
    expect(outcome.shown).toHaveLength(1);
    expect(outcome.shown![0]!.write.path).toBe(`/api/v1/apps/${APP}`);
    expect(outcome.shown![0]!.body).toMatchObject({
      profile: { allow: [EAST] },
      credentials: { secret: "***" },
    });
    expect(new DryRunWriter().shown).toEqual([]);
  });
});
