import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/spec/schema.js";

describe("the published JSON Schema", () => {
  it("is the one generated from the spec's schema (run npm run build to refresh it)", () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../schema/okta-drift.schema.json"), "utf8"),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(jsonSchema())));
  });

  it("describes the documented keys and refuses unknown ones", () => {
    const schema = jsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual([
      "$schema",
      "version",
      "groups",
      "apps",
      "authorizationServers",
      "smokeTests",
    ]);
    expect(schema.additionalProperties).toBe(false);
  });
});
