import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { RateGate } from "../../src/okta/rate-gate.js";
import { type Answer, AnsweringProxy, type Rule } from "../helpers/answering-proxy.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

/** Regression tests of the hostile pass (issue #21): each failed before its fix. */
const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "okta-drift-hardening-"));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

let emulator: Emulator | undefined;
let proxy: AnsweringProxy | undefined;
let silent: Server | undefined;
afterEach(async () => {
  await proxy?.close();
  await emulator?.close();
  silent?.closeAllConnections();
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  proxy = undefined;
  emulator = undefined;
  silent = undefined;
});

describe("Okta's text is printed inert, and known secrets never (#21.1)", () => {
  const EVIL = "\u001b[31mred\u001b[0m\r\n::add-mask::plan\n::stop-commands::x\u202e";
  const inert = (text: string) => {
    for (const raw of ["\u001b", "\r", "\u202e"]) expect(text).not.toContain(raw);
    expect(text.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
  };

  it("an error that echoes the API token and carries escapes and workflow commands", async () => {
    emulator = await startExampleTenant();
    proxy = await new AnsweringProxy(emulator.url, [
      {
        method: "GET",
        path: /^\/api\/v1\/apps$/,
        answer: {
          status: 400,
          headers: { "x-okta-request-id": "reqAbC123" },
          body: JSON.stringify({
            errorCode: "E0000001",
            errorSummary: `bad token ${API_TOKEN} ${EVIL}`,
            errorCauses: [{ errorSummary: EVIL }, "not an object"],
          }),
        },
      },
    ]).start();
    const spec = file(
      "evil-error.yml",
      "version: 1\napps:\n  - label: Sample Client\n    profile: { groupwhitelist: [WestCoastDivision] }\n",
    );
    const run = await cli(["plan", "--spec", spec, "--org-url", proxy.url], { OKTA_API_TOKEN: API_TOKEN });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain(API_TOKEN);
    expect(run.stderr).toContain("bad token ***");
    expect(run.stderr).toContain("\\u{1b}[31mred");
    inert(run.stderr);
  });

  it("group names and claim values from the tenant, in the plan and the smoke report", async () => {
    emulator = await startExampleTenant();
    const east = emulator.store.groups.get("00gbso71miOMjxHRW0h8")!;
    east.profile.name = `East${EVIL}`;
    const west = emulator.store.groups.get("00gbso71miOMjxHRW0h7")!;
    const spec = file(
      "evil-names.yml",
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { groupwhitelist: [00gbso71miOMjxHRW0h7] }\n",
    );
    emulator.store.apps.get("0oabskvc6442nkvQO0h7")!.body.profile = {
      groupwhitelist: ["00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h8"],
    };
    const plan = await cli(["plan", "--spec", spec, "--org-url", emulator.url], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(plan.stderr).toMatch(/^okta-drift: 1 change\(s\)/);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("East\\u{1b}[31mred");
    inert(plan.stdout);
    west.profile.name = `West${EVIL}`;
    const smoke = await cli(
      ["smoke", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator.url],
      {
        SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
        SMOKE_USERNAME: "west.user@example.com",
        SMOKE_PASSWORD: "Demo-Passw0rd!",
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    expect(smoke.stdout).toContain("FAIL  west coast user sees their group");
    expect(smoke.code).toBe(2);
    expect(smoke.stdout).toContain("West\\u{1b}[31mred");
    inert(smoke.stdout);
    expect(smoke.stdout).not.toContain("Demo-Passw0rd!");
  });
});

describe("signals end the CLI at once (#21.2)", () => {
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)
    it(`${signal} stops a plan stuck on a silent server, exit ${code}`, async () => {
      silent = createServer(() => {}); // accepts, never answers
      await new Promise<void>((resolve) => silent!.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const spec = file(
        "silent.yml",
        "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { allow: [00gbso71miOMjxHRW0h7] }\n",
      );
      const child = spawn(process.execPath, [CLI, "plan", "--spec", spec, "--org-url", url], {
        env: { PATH: process.env.PATH, OKTA_API_TOKEN: API_TOKEN },
      });
      const arrived = new Promise<void>((resolve) => silent!.once("request", () => resolve()));
      await arrived;
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
      expect(exit).toBe(code);
    });
});

describe("group names that are Object.prototype members are names (#21.3)", () => {
  it("are looked up in Okta like any other name, and never written as IDs", async () => {
    emulator = await startExampleTenant();
    const spec = file(
      "proto.yml",
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile:\n      groupwhitelist: [constructor, toString]\n",
    );
    const plan = await cli(["plan", "--spec", spec, "--org-url", emulator.url], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('no group named "constructor" in Okta');
    expect(plan.stderr).toContain('no group named "toString" in Okta');
    const apply = await cli(["apply", "--spec", spec, "--org-url", emulator.url], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(apply.code).toBe(1);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("a profile key named like one is a key the app does not have yet", async () => {
    emulator = await startExampleTenant();
    const spec = file(
      "proto-key.yml",
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile:\n      constructor: [WestCoastDivision]\n",
    );
    const plan = await cli(["plan", "--spec", spec, "--org-url", emulator.url, "--format", "json"], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(plan.code).toBe(2);
    const report = JSON.parse(plan.stdout) as { changes: { field: string; before: unknown }[] };
    expect(report.changes).toEqual([expect.objectContaining({ field: "profile.constructor", before: null })]);
  });
});

describe("paging ends (#21.4)", () => {
  it("a next link back at a page already read stops with an error, not forever", async () => {
    emulator = await startExampleTenant();
    const rules: Rule[] = [];
    proxy = await new AnsweringProxy(emulator.url, rules).start();
    rules.push({
      method: "GET",
      path: /^\/api\/v1\/groups$/,
      answer: {
        status: 200,
        headers: { link: `<${proxy.url}/api/v1/groups?after=same&limit=200>; rel="next"` },
        body: JSON.stringify([
          { id: "00gbso71miOMjxHRW0h7", type: "OKTA_GROUP", profile: { name: "Other" } },
        ]),
      },
    });
    const spec = file(
      "paging.yml",
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { groupwhitelist: [WestCoastDivision] }\n",
    );
    const run = await cli(["plan", "--spec", spec, "--org-url", proxy.url], { OKTA_API_TOKEN: API_TOKEN });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("a next-page link that points back at a page already read");
    expect(proxy.seen.filter((r) => r.path.startsWith("/api/v1/groups")).length).toBeLessThanOrEqual(3);
  });
});

describe("next links however RFC 8288 lets them be spelled (#21.6)", () => {
  for (const spelling of ['REL="NEXT"', 'rel="prev next"', "rel=next"])
    it(`${spelling}: the group on the second page is found`, async () => {
      emulator = await startExampleTenant();
      const rules: Rule[] = [];
      proxy = await new AnsweringProxy(emulator.url, rules).start();
      const group = (id: string, name: string) => ({ id, type: "OKTA_GROUP", profile: { name } });
      rules.push(
        {
          method: "GET",
          path: /^\/api\/v1\/groups$/,
          query: /after=page2/,
          answer: { status: 200, body: JSON.stringify([group("00gbso71miOMjxHRW0h7", "WestCoastDivision")]) },
        },
        {
          method: "GET",
          path: /^\/api\/v1\/groups$/,
          answer: {
            status: 200,
            headers: { link: `<${proxy.url}/api/v1/groups?after=page2&limit=200>; ${spelling}` },
            body: JSON.stringify([group("00gbso71miOMjxHRW0h9", "Engineering")]),
          },
        },
      );
      const spec = file(
        "pages.yml",
        "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { groupwhitelist: [WestCoastDivision] }\n",
      );
      const run = await cli(["plan", "--spec", spec, "--org-url", proxy.url], { OKTA_API_TOKEN: API_TOKEN });
      expect(run.stderr).not.toContain("no group named");
      expect(run.code).toBe(0);
    });
});

describe("answers are capped in size, compressed or not (#21.5)", () => {
  const big = `[${'{"id":"00gbso71miOMjxHRW0h7","profile":{"name":"x"}},'.repeat(200_000)}{"id":"00gbso71miOMjxHRW0h8"}]`;
  const cases: [string, () => Answer][] = [
    ["a 10 MB body", () => ({ status: 200, body: big })],
    [
      "a gzip bomb",
      () => ({
        status: 200,
        headers: { "content-encoding": "gzip" },
        body: gzipSync(Buffer.alloc(64 * 1024 * 1024, " ")),
      }),
    ],
  ];
  for (const [what, answer] of cases)
    it(`${what}: one clear error, not retried, memory not spent`, async () => {
      emulator = await startExampleTenant();
      proxy = await new AnsweringProxy(emulator.url, [
        { method: "GET", path: /^\/api\/v1\/groups$/, answer: answer() },
      ]).start();
      const spec = file(
        "big.yml",
        "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { groupwhitelist: [WestCoastDivision] }\n",
      );
      const run = await cli(["plan", "--spec", spec, "--org-url", proxy.url], { OKTA_API_TOKEN: API_TOKEN });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^okta-drift plan: GET \/api\/v1\/groups: Okta's answer is larger than 8 MB, far beyond any real page; stopped reading it\n$/,
      );
      expect(proxy.seen.filter((r) => r.path.startsWith("/api/v1/groups"))).toHaveLength(1);
    });
});

describe("validation stops after a bounded number of problems, and finds duplicates in linear time (#21.9)", () => {
  it("50,000 unknown keys: the first 100 listed, then one line saying there are more", async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `    k${i}: 1`).join("\n");
    const spec = file(
      "unknown-keys.yml",
      `version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: {}\n${keys}\n`,
    );
    const run = await cli(["validate", "--spec", spec]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/:3:5 apps\[0\]: and 49900 more unknown keys$/);
    expect(lines[1]).toMatch(/:5:5 apps\[0\]\.k0: unknown key$/);
    expect(lines.at(-1)).toMatch(/and more problems not listed \(100 are\); fix these first$/);
  });

  it("a key written twice, deep in the document, is still a YAML error at its line", async () => {
    const spec = file(
      "dup-deep.yml",
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile:\n      allow: [a]\n      allow: [b]\n",
    );
    const run = await cli(["validate", "--spec", spec]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("dup-deep.yml:6:7 YAML: Map keys must be unique");
  });
});

describe("a dry run masks secrets whatever their key's spelling or value's type (#21.11)", () => {
  it("apiKey, password: {value}, sharedSecret: [...], a JWT and everything under credentials", async () => {
    emulator = await startExampleTenant();
    const app = emulator.store.apps.get("0oabskvc6442nkvQO0h7")!.body as Record<string, unknown>;
    const credentials = app.credentials as Record<string, unknown>;
    Object.assign(app, {
      apiKey: "k-0123456789",
      password: { value: "p-0123456789" },
      sharedSecret: ["s-0123456789"],
      notes: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
    });
    credentials.signing = { kid: "kid-0123456789", n: "n-0123456789" };
    const run = await cli(
      ["apply", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator.url, "--dry-run"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    expect(run.code).toBe(0);
    for (const secret of [
      "k-0123456789",
      "p-0123456789",
      "s-0123456789",
      "eyJhbGciOiJSUzI1NiJ9",
      "kid-0123456789",
      "n-0123456789",
    ])
      expect(run.stdout).not.toContain(secret);
    // Settings that are no secret stay readable, whatever their names contain.
    expect(run.stdout).toContain('"token_endpoint_auth_method": "client_secret_basic"');
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("small things (#21.12)", () => {
  it('a top-level __proto__ key is an unknown key, not "use [object Object]"', async () => {
    const run = await cli(["validate", "--spec", file("proto-top.yml", "version: 1\n__proto__: { x: 1 }\n")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("proto-top.yml:2:1 __proto__: unknown key");
    expect(run.stdout).not.toContain("[object Object]");
  });

  it("a file: org URL says what it is, not null", async () => {
    const run = await cli(
      ["plan", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", "file:///etc/passwd"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "okta-drift plan: the org URL must use https (plain http is only allowed for 127.0.0.1 and localhost), not file: file:///etc/passwd\n",
    );
  });

  it("twenty plans at once give byte-identical JSON reports", async () => {
    emulator = await startExampleTenant();
    const runs = await Promise.all(
      Array.from({ length: 20 }, () =>
        cli(
          [
            "plan",
            "--spec",
            join(EXAMPLES, "okta-drift.yml"),
            "--org-url",
            emulator!.url,
            "--format",
            "json",
          ],
          {
            OKTA_API_TOKEN: API_TOKEN,
          },
        ),
      ),
    );
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(1);
    expect(Object.keys(JSON.parse(runs[0]!.stdout).groupNames as object)).toEqual(
      Object.keys(JSON.parse(runs[0]!.stdout).groupNames as object).sort(),
    );
  });
});

describe("compressed answers within the cap are read as Okta sends them", () => {
  for (const [encoding, compress] of [
    ["gzip", gzipSync],
    ["br", brotliCompressSync],
  ] as const)
    it(`${encoding}: a group search answered compressed resolves the names`, async () => {
      emulator = await startExampleTenant();
      const groups = [
        { id: "00gbso71miOMjxHRW0h7", type: "OKTA_GROUP", profile: { name: "WestCoastDivision" } },
      ];
      proxy = await new AnsweringProxy(emulator.url, [
        {
          method: "GET",
          path: /^\/api\/v1\/groups$/,
          answer: {
            status: 200,
            headers: { "content-encoding": encoding, "content-type": "application/json" },
            body: compress(Buffer.from(JSON.stringify(groups))),
          },
        },
      ]).start();
      const spec = file(
        "gz.yml",
        "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { groupwhitelist: [WestCoastDivision] }\n",
      );
      const run = await cli(["plan", "--spec", spec, "--org-url", proxy.url], { OKTA_API_TOKEN: API_TOKEN });
      expect(run.stderr).toMatch(/^okta-drift: no drift/);
      expect(run.code).toBe(0);
    });
});

describe("the OAuth side's answers are capped too (#21.5)", () => {
  it("a gzip bomb from the token endpoint is an error in one line, not gigabytes", async () => {
    emulator = await startExampleTenant();
    proxy = await new AnsweringProxy(emulator.url, [
      {
        method: "POST",
        path: /\/v1\/token$/,
        answer: {
          status: 200,
          headers: { "content-encoding": "gzip", "content-type": "application/json" },
          body: gzipSync(Buffer.alloc(64 * 1024 * 1024, " ")),
        },
      },
    ]).start();
    const run = await cli(["smoke", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", proxy.url], {
      SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
      SMOKE_USERNAME: "west.user@example.com",
      SMOKE_PASSWORD: "Demo-Passw0rd!",
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\/v1\/token: 200 unreadable_answer: Okta's answer is larger than 8 MB/);
  });
});

describe("a 429 holds its family back only until the reset it gave (#21.7)", () => {
  it("a later window's reset read before does not outlast the 429's", async () => {
    let now = 0;
    const gate = new RateGate(() => now);
    await gate.acquire("app");
    // The minute window resets at 60 s, with requests left...
    gate.release("app", { limit: 100, remaining: 50, reset: 60 });
    await gate.acquire("app");
    gate.release("app", {});
    // ...then a 429 says: nothing left until 2 s.
    gate.exhausted("app", 2_000);
    now = 2_100;
    const next = await Promise.race([
      gate.acquire("app").then(() => "sent"),
      new Promise((resolve) => setTimeout(() => resolve("held back"), 300)),
    ]);
    expect(next).toBe("sent");
  });
});

describe("a spec that is not a regular file (#21.8) or not UTF-8 (#21.12)", () => {
  const fifo = join(dir, "spec.fifo");
  execFileSync("mkfifo", [fifo]);
  mkdirSync(join(dir, "a-directory"));
  const cases: [string, string, string][] = [
    ["a directory", join(dir, "a-directory"), "it is a directory, not a regular file"],
    ["a FIFO", fifo, "it is a FIFO, not a regular file"],
    ["/dev/zero", "/dev/zero", "it is a device, not a regular file"],
    [
      "invalid UTF-8",
      file("latin1.yml", Buffer.from([0x76, 0x65, 0x72, 0x3a, 0x20, 0xe9, 0x0a])),
      "not UTF-8 text",
    ],
  ];
  for (const [what, path, says] of cases)
    it(`${what}: exit 1 with a clear message, nothing read beyond it`, async () => {
      for (const args of [[], ["plan", "--org-url", "https://example.okta.com"]]) {
        const run = await cli([...(args.length ? args : ["validate"]), "--spec", path], {
          OKTA_API_TOKEN: API_TOKEN,
        });
        expect(run.code).toBe(1);
        expect(run.stderr + run.stdout).toContain(says);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
    });
});
