import { describe, expect, it } from "vitest";
import { importSpec } from "../../src/engine.js";
import { importTenant } from "../../src/import/import.js";
import { loadSpec } from "../../src/spec/load.js";
import { MemoryOkta } from "../helpers/memory-okta.js";

/** The import stage over an in-memory tenant: what it asks, and how it names what it finds. */
const APP = "0oabskvc6442nkvQO0h7";
const SERVER = "ausain6z9zIedDCxB0h7";
const A = "00gbso71miOMjxHRW0h1";
const B = "00gbso71miOMjxHRW0h2";
const C = "00gbso71miOMjxHRW0h3";
const ALL = { apps: [], servers: [], all: true, profileKeys: [] };

function tenant(groups: [id: string, name: string][], allow: string[]): MemoryOkta {
  const okta = new MemoryOkta();
  for (const [id, name] of groups) okta.addGroup(id, name);
  okta.addApp({ id: APP, label: "Portal", profile: { allow, theme: "dark", count: [1] } });
  okta.addServer(SERVER, "API", [
    { id: "ocl1", name: "sub", claimType: "RESOURCE", valueType: "SYSTEM", system: true, status: "ACTIVE" },
  ]);
  return okta;
}

describe("import's naming of groups", () => {
  it("pins the same group of two that share a name, whatever order Okta lists them in", async () => {
    for (const order of [
      [A, B],
      [B, A],
    ]) {
      const okta = tenant(
        order.map((id) => [id, "Same"]),
        order,
      );
      const { draft } = await importTenant(okta, ALL);
      expect(draft.pins).toEqual([["Same", A]]);
      expect(draft.apps[0]!.profile).toEqual([
        [
          "allow",
          order.map((id) =>
            id === A
              ? { ref: "Same" }
              : { ref: B, note: `"Same": 2 groups carry this name; the pin is for ${A}` },
          ),
        ],
      ]);
    }
  });

  it("names that differ only in case are different names; a name shaped like a group ID stays an ID", async () => {
    const okta = tenant(
      [
        [A, "sales"],
        [B, "Sales"],
        [C, "00gbso71miOMjxHRW0h9"],
      ],
      [A, B, C],
    );
    const { draft } = await importTenant(okta, ALL);
    expect(draft.pins).toEqual([]);
    expect(draft.apps[0]!.profile[0]![1]).toEqual([
      { ref: "sales" },
      { ref: "Sales" },
      { ref: C, note: '"00gbso71miOMjxHRW0h9": a name that reads as a group ID' },
    ]);
  });

  it("takes only profile keys holding group IDs, leaves Okta's system claims and a server without claims out, and writes nothing", async () => {
    const okta = tenant([[A, "West"]], [A]);
    const result = await importSpec(okta, ALL);
    expect(result.apps).toBe(1);
    expect(result.servers).toBe(0);
    expect(loadSpec("imported.yml", result.text).spec.apps[0]!.profile.get("allow")!.groups).toEqual([
      "West",
    ]);
    expect(result.text).not.toContain("theme");
    expect(okta.writes()).toEqual([]);
    expect(okta.calls.map((c) => c.method).sort()).toEqual([
      "allServers",
      "claims",
      "groupsByIds",
      "groupsNamed",
      "oidcApps",
    ]);
  });

  it("a hostile label or group name stays inert: one comment line, one YAML string", async () => {
    const okta = tenant([[A, "x\n- 00gbso71miOMjxHRW0h2 # evil"]], [A]);
    okta.apps.get(APP)!.label = "Portal\nversion: 2";
    const result = await importSpec(okta, ALL);
    const { spec } = loadSpec("imported.yml", result.text);
    expect(spec.apps[0]!.profile.get("allow")!.groups).toEqual(["x\n- 00gbso71miOMjxHRW0h2 # evil"]);
    expect(result.text).toContain(`- id: ${APP} # Portal\\u{a}version: 2\n`);
  });
});
