import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, loadTenantYaml, startEmulator } from "../../src/emulator/index.js";
import { EXAMPLES } from "../helpers/tenant.js";

/** The README's walkthrough of the 2017 guide's requests, run as written (curl and jq). */
const README = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
const block = /<!-- seed-walkthrough:start -->\n```sh\n([\s\S]*?)```\n<!-- seed-walkthrough:end -->/.exec(
  README,
)?.[1];

let emulator: Emulator;
beforeAll(async () => {
  const { store, apiToken } = loadTenantYaml(readFileSync(join(EXAMPLES, "tenant.yml"), "utf8"));
  emulator = await startEmulator({ store, apiToken: apiToken! });
});
afterAll(() => emulator.close());

describe("the README's walkthrough of the seed guide", () => {
  it("runs against the embedded tenant and ends with the groups claim", async () => {
    expect(block, "the README has the walkthrough block").toBeDefined();
    const { stdout } = await promisify(execFile)("bash", ["-euo", "pipefail", "-c", block!], {
      env: { ...process.env, OKTA: emulator.url },
    });
    expect(stdout.trim().split("\n")).toEqual([
      "00gbso71miOMjxHRW0h7",
      '{"groupwhitelist":["00gbso71miOMjxHRW0h7"],"theme":"dark"}',
      '{"name":"groupWhitelist","value":"getFilteredGroups(app.profile.groupwhitelist, \\"group.name\\", 40)"}',
      '{"sub":"west.user@example.com","groupWhitelist":["WestCoastDivision"]}',
    ]);
  });
});
