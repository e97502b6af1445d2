import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../../src/report/json-schema.js";
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
      "orgs",
      "groups",
      "apps",
      "authorizationServers",
      "smokeTests",
    ]);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("the published JSON Schema of plan --format json", () => {
  it("is the one generated from the report's schema (run npm run build to refresh it)", () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../schema/okta-drift-plan.schema.json"), "utf8"),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
  });

  it("says what impact holds, and refuses keys the report does not have", () => {
    const schema = planJsonSchema() as {
      properties: Record<string, { description?: string; items?: { properties: Record<string, unknown> } }>;
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.impact!.description).toContain("Impact on tokens");
    expect(Object.keys(schema.properties.impact!.items!.properties)).toEqual(
      expect.arrayContaining(["entering", "leaving", "limit", "unknown", "filter", "users"]),
    );
  });
});
