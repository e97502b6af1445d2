import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { type Answer, AnsweringProxy, Elsewhere } from "../helpers/answering-proxy.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

/**
 * Answers okta-drift does not expect, on every request it makes: a redirect (to another host,
 * as a custom-domain or proxy mistake gives), no body, a body of the wrong shape. Each ends
 * the run with exit 1 and one line naming the request and what came back, never a stack
 * trace, never a write sent again, and never the credentials at the redirect's target.
 */
const dir = mkdtempSync(join(tmpdir(), "okta-drift-answers-"));
const SPEC = join(dir, "reads.yml");
writeFileSync(
  SPEC,
  `version: 1
apps:
  - id: 0oabskvc6442nkvQO0h7
    profile: { groupwhitelist: [WestCoastDivision, EastCoastDivision] }
  - label: Partner Portal
    profile: { groupwhitelist: [Engineering] }
authorizationServers:
  - name: Groups Demo
    claims:
      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)', scopes: [groups] }
`,
);

let emulator: Emulator | undefined;
let proxy: AnsweringProxy | undefined;
let elsewhere: Elsewhere | undefined;
afterEach(async () => {
  await proxy?.close();
  await elsewhere?.close();
  await emulator?.close();
});

async function serve(method: string | undefined, path: RegExp, answer: (elsewhere: string) => Answer) {
  emulator = await startExampleTenant();
  elsewhere = await new Elsewhere().start();
  proxy = await new AnsweringProxy(emulator.url, [
    { ...(method ? { method } : {}), path, answer: answer(elsewhere.url) },
  ]).start();
  return proxy;
}

const SHAPES: Record<string, { answer: (elsewhere: string) => Answer; says: RegExp }> = {
  "a redirect to another host": {
    answer: (to) => ({ status: 302, headers: { location: `${to}/login` } }),
    says: /: 302 Okta answered with a redirect to 127\.0\.0\.2:\d+; okta-drift does not follow redirects with credentials\. Check the org URL/,
  },
  "a permanent redirect": {
    answer: (to) => ({ status: 308, headers: { location: `${to}/api/v1/apps` } }),
    says: /: 308 Okta answered with a redirect to 127\.0\.0\.2/,
  },
  "an empty 200": { answer: () => ({ status: 200 }), says: /: 200 Okta's answer is empty, not / },
  "a 204 where a body is expected": {
    answer: () => ({ status: 204 }),
    says: /: 204 Okta's answer is empty, not /,
  },
  "a login page": {
    answer: () => ({ status: 200, headers: { "content-type": "text/html" }, body: "<html>Sign in</html>" }),
    says: /: 200 Okta's answer is not JSON, not /,
  },
  "the wrong shape": {
    answer: () => ({ status: 200, body: '{"id":"x"}' }),
    says: /: 200 Okta's answer is an object, not a list/,
  },
  "a list of strings": {
    answer: () => ({ status: 200, body: '["a","b"]' }),
    says: /: 200 Okta's answer is a list holding something other than Okta objects/,
  },
};

const READS: Record<string, RegExp> = {
  "apps (by ID and by label)": /^\/api\/v1\/apps$/,
  "authorization servers (by name)": /^\/api\/v1\/authorizationServers$/,
  "a server's claims": /^\/api\/v1\/authorizationServers\/[^/]+\/claims$/,
  "groups (by name)": /^\/api\/v1\/groups$/,
};

function expectOneLine(stderr: string, command: string, says: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^okta-drift ${command}: (GET|PUT|POST|DELETE) /\\S+${says.source}`));
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("plan, on every read, against answers it does not expect", () => {
  for (const [endpoint, path] of Object.entries(READS))
    for (const [shape, { answer, says }] of Object.entries(SHAPES)) {
      if (endpoint.includes("claims") && shape === "the wrong shape") continue; // covered below
      it(`${endpoint}: ${shape}`, async () => {
        const okta = await serve("GET", path, answer);
        const run = await cli(["plan", "--spec", SPEC, "--org-url", okta.url], { OKTA_API_TOKEN: API_TOKEN });
        expect(run.code).toBe(1);
        expectOneLine(run.stderr, "plan", says);
        expect(elsewhere!.seen).toEqual([]);
        expect(okta.seen.filter((r) => r.method !== "GET")).toEqual([]);
      });
    }

  it("a group without a name: one line, not a TypeError", async () => {
    const okta = await serve("GET", /^\/api\/v1\/groups$/, () => ({
      status: 200,
      body: '[{"id":"00gbso71miOMjxHRW0h7"}]',
    }));
    const run = await cli(["plan", "--spec", SPEC, "--org-url", okta.url], { OKTA_API_TOKEN: API_TOKEN });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, "plan", /: 200 Okta's group 00gbso71miOMjxHRW0h7 has no profile\.name/);
  });

  it("a list where one resource is expected (an app read by ID after the org refused the filter)", async () => {
    emulator = await startExampleTenant();
    proxy = await new AnsweringProxy(emulator.url, [
      {
        method: "GET",
        path: /^\/api\/v1\/apps$/,
        answer: { status: 400, body: '{"errorCode":"E0000031","errorSummary":"Invalid search criteria."}' },
      },
      { method: "GET", path: /^\/api\/v1\/apps\/0oa/, answer: { status: 200, body: "[]" } },
    ]).start();
    const only = join(dir, "by-id.yml");
    writeFileSync(
      only,
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { groupwhitelist: [00gbso71miOMjxHRW0h7] }\n",
    );
    const run = await cli(["plan", "--spec", only, "--org-url", proxy.url], { OKTA_API_TOKEN: API_TOKEN });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, "plan", /: 200 Okta's answer is a list, not an object as this request expects/);
  });
});

describe("apply, on its writes and the read before each", () => {
  const example = join(EXAMPLES, "okta-drift.yml");
  const cases: [string, string, RegExp, (to: string) => Answer, RegExp][] = [
    [
      "the read before the app's replace",
      "GET",
      /^\/api\/v1\/apps\/0oa/,
      () => ({ status: 200, body: "[]" }),
      /: 200 Okta's answer is a list, not an object/,
    ],
    [
      "the app's replace",
      "PUT",
      /^\/api\/v1\/apps\/0oa/,
      (to) => ({ status: 302, headers: { location: to } }),
      /: 302 Okta answered with a redirect to 127\.0\.0\.2/,
    ],
    ["a claim's replace", "PUT", /\/claims\/ocl/, () => ({ status: 200 }), /: 200 Okta's answer is empty/],
  ];
  for (const [what, method, path, answer, says] of cases)
    it(`${what}: ${method} answered oddly is a failed write, reported, never sent again`, async () => {
      const okta = await serve(method, path, answer);
      const run = await cli(["apply", "--spec", example, "--org-url", okta.url], {
        OKTA_API_TOKEN: API_TOKEN,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("Apply stopped at a failure.");
      expect(run.stdout).toMatch(new RegExp(`FAILED .*\\n\\s+${method} /\\S+${says.source}`));
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      // Each request the rule answered went once: nothing was sent again after such an answer.
      const sent = okta.seen.filter((r) => r.method === method && path.test(r.path)).map((r) => r.path);
      expect(sent.length).toBeGreaterThan(0);
      expect(new Set(sent).size).toBe(sent.length);
      expect(elsewhere!.seen).toEqual([]);
    });
});

describe("smoke, on the OAuth side", () => {
  const example = join(EXAMPLES, "okta-drift.yml");
  const env = {
    SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
    SMOKE_USERNAME: "west.user@example.com",
    SMOKE_PASSWORD: "Demo-Passw0rd!",
  };
  for (const [what, method, path] of [
    ["the server's metadata", "GET", /\/\.well-known\//],
    ["the token endpoint", "POST", /\/v1\/token$/],
    ["the key set", "GET", /\/v1\/keys$/],
  ] as const)
    it(`${what}: a redirect is an error in one line, and the credentials stay home`, async () => {
      const okta = await serve(method, path, (to) => ({
        status: 302,
        headers: { location: `${to}/elsewhere` },
      }));
      const run = await cli(["smoke", "--spec", example, "--org-url", okta.url], env);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /ERROR west coast user sees their group\n\s+\/oauth2\/\S+: 302 redirect: Okta answered with a redirect to 127\.0\.0\.2:\d+; okta-drift does not follow redirects with credentials/,
      );
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(elsewhere!.seen).toEqual([]);
    });
});
