import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { type Emulator, loadTenantYaml, startEmulator } from "../../src/emulator/index.js";
import {
  harness,
  PR_EVENT,
  runAction,
  SCHEDULE,
  SECRETS,
  SMOKE,
  useActionHarness,
} from "../helpers/action-harness.js";
import { cli } from "../helpers/cli.js";
import { addServiceApp, EXAMPLES } from "../helpers/tenant.js";
import { reliabilitySection } from "./table.js";

/**
 * Secrets stay home: every command and format run with sentinel secrets (an API token, a
 * client secret, a password, a private key), and none of them, nor any 16-character slice of
 * one, nor any JWT, appears in stdout, stderr, the files written, the job summary, comments,
 * issue bodies or errors.
 */
vi.mock("@actions/core", () => import("../helpers/fake-core.js"));
useActionHarness();

const SENTINEL = {
  apiToken: "SENTINEL-api-token-7f3a9c1e5b2d4068",
  clientSecret: "SENTINEL-client-secret-c0ffee1234567890",
  password: "SENTINEL-Passw0rd-9e8d7c6b5a4f3e2d!",
};

/** Every 16-character slice of each secret: a partial echo is still a leak. */
function slices(secrets: string[]): string[] {
  return secrets.flatMap((s) =>
    Array.from({ length: Math.max(1, s.length - 15) }, (_, i) => s.slice(i, i + 16)),
  );
}

function expectClean(places: string[], secrets: string[]): number {
  const cuts = slices(secrets);
  for (const place of places) {
    for (const cut of cuts) expect(place).not.toContain(cut);
    expect(place).not.toMatch(/eyJ[\w-]{5,}\.eyJ[\w-]{5,}\./);
  }
  return cuts.length;
}

async function sentinelTenant(): Promise<{ emulator: Emulator; serviceEnv: Record<string, string> }> {
  const text = readFileSync(join(EXAMPLES, "tenant.yml"), "utf8")
    .replace("demo-client-secret-0123456789", SENTINEL.clientSecret)
    .replaceAll("Demo-Passw0rd!", SENTINEL.password);
  const { store } = loadTenantYaml(text);
  const serviceEnv = await addServiceApp(
    store,
    [
      "okta.apps.read",
      "okta.apps.manage",
      "okta.groups.read",
      "okta.authorizationServers.read",
      "okta.authorizationServers.manage",
    ],
    { dpop: true },
  );
  return { emulator: await startEmulator({ store, apiToken: SENTINEL.apiToken }), serviceEnv };
}

const table = reliabilitySection("secrets", "Secrets: sentinels through every command and format", 2);

describe("sentinel secrets never leave", () => {
  it("the CLI: every command, format and file, with a token or a DPoP service app, and its errors", async () => {
    const { emulator, serviceEnv } = await sentinelTenant();
    try {
      const dir = mkdtempSync(join(tmpdir(), "okta-drift-secrets-"));
      const spec = join(dir, "okta-drift.yml");
      writeFileSync(
        spec,
        readFileSync(join(EXAMPLES, "okta-drift.yml"), "utf8").replace(
          "expect: { equals: [WestCoastDivision] }",
          "audience: api://groups-demo\n    expect: { equals: [WestCoastDivision] }",
        ),
      );
      const privateKey = JSON.parse(serviceEnv.OKTA_PRIVATE_KEY!) as { d: string; p: string; q: string };
      const secrets = [
        SENTINEL.apiToken,
        SENTINEL.clientSecret,
        SENTINEL.password,
        privateKey.d,
        privateKey.p,
        privateKey.q,
      ];
      const smoke = {
        SMOKE_CLIENT_SECRET: SENTINEL.clientSecret,
        SMOKE_USERNAME: "west.user@example.com",
        SMOKE_PASSWORD: SENTINEL.password,
      };
      const envs = {
        token: { OKTA_API_TOKEN: SENTINEL.apiToken, ...smoke },
        service: { ...serviceEnv, ...smoke },
      };
      const org = ["--org-url", emulator.url];
      const runs: string[][] = [
        ["validate", "--spec", spec],
        ...["text", "markdown", "json", "sarif"].map((f) => ["plan", "--spec", spec, ...org, "--format", f]),
        ["plan", "--spec", spec, ...org, "--format", "json", "--out", join(dir, "plan.json")],
        ["plan", "--spec", spec, ...org, "--impact", "users,groups"],
        ["apply", "--spec", spec, ...org, "--dry-run"],
        ["apply", "--spec", spec, ...org, "--dry-run", "--format", "json"],
        ["smoke", "--spec", spec, ...org],
        ["smoke", "--spec", spec, ...org, "--format", "json"],
        ["import", "--all", ...org],
        ["import", "--all", ...org, "--out", join(dir, "imported.yml"), "--force"],
        ["apply", "--spec", spec, ...org, "--format", "json"],
      ];
      const outputs: string[] = [];
      let count = 0;
      for (const env of [envs.token, envs.service])
        for (const args of runs) {
          const run = await cli(args, env);
          expect(run.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
          // Each run did its work (0, or 2 for drift), so the secrets were really used.
          expect([0, 2], `${args.join(" ")}: ${run.stderr}`).toContain(run.code);
          outputs.push(run.stdout, run.stderr);
          count++;
        }
      // Errors: a wrong token, a wrong password, a wrong client secret.
      for (const [env, args] of [
        [{ ...envs.token, OKTA_API_TOKEN: `${SENTINEL.apiToken}x` }, ["plan", "--spec", spec, ...org]],
        [{ ...envs.token, SMOKE_PASSWORD: `${SENTINEL.password}x` }, ["smoke", "--spec", spec, ...org]],
        [
          { ...envs.token, SMOKE_CLIENT_SECRET: `${SENTINEL.clientSecret}x` },
          ["smoke", "--spec", spec, ...org],
        ],
      ] as const) {
        const run = await cli([...args], env);
        expect(run.code).toBe(1);
        outputs.push(run.stdout, run.stderr);
        count++;
      }
      for (const file of readdirSync(dir)) outputs.push(readFileSync(join(dir, file), "utf8"));
      expectClean(outputs, secrets);
      table.held({
        tried:
          "validate, plan (text, markdown, JSON, SARIF, --out, --impact users,groups), apply (dry run, text, JSON), smoke (text, JSON), import (stdout, --out); with an API token and with a DPoP service app; a wrong token, password and client secret",
        held: "no secret, no 16-character slice of one, no JWT in stdout, stderr or any file written",
        // The key is new each run, so its slices are counted per secret, not in all.
        figures: `${count} runs, ${outputs.length} outputs and files, ${secrets.length} secrets with every 16-character slice`,
      });
    } finally {
      await emulator.close();
    }
  });

  it("the Action: plan with a comment, labels, SARIF and a drift issue; apply; smoke", async () => {
    // A DPoP service app too: its private key is a secret the Action must mask.
    const service = await addServiceApp(
      harness.emulator.store,
      [
        "okta.apps.read",
        "okta.apps.manage",
        "okta.groups.read",
        "okta.authorizationServers.read",
        "okta.authorizationServers.manage",
      ],
      { dpop: true },
    );
    const key = JSON.parse(service.OKTA_PRIVATE_KEY) as { d: string; p: string; q: string };
    const runs = [
      await runAction({ comment: "always", "pr-labels": "true", "sarif-file": "plan.sarif" }, PR_EVENT),
      await runAction({ "drift-issue": "true", comment: "never" }, SCHEDULE),
      await runAction({ command: "apply" }, { name: "workflow_dispatch", payload: {} }),
      await runAction({ command: "smoke" }, { name: "workflow_dispatch", payload: {} }, SMOKE),
      await runAction({ command: "plan", "okta-api-token": "wrong-token-0000000000" }, PR_EVENT),
      await runAction(
        {
          command: "apply",
          "okta-api-token": "",
          "okta-client-id": service.OKTA_CLIENT_ID,
          "okta-private-key": service.OKTA_PRIVATE_KEY,
        },
        { name: "workflow_dispatch", payload: {} },
      ),
    ];
    expect(runs.at(-1)!.code).toBe(0);
    const places = [
      ...runs.flatMap((r) => [
        r.stdout
          .split("\n")
          .filter((l) => !l.startsWith("::add-mask::"))
          .join("\n"),
        r.summary,
        JSON.stringify(r.outputs),
      ]),
      ...[...harness.github.issues.values()].flatMap((i) => [
        i.title,
        i.body,
        ...i.comments.map((c) => c.body),
      ]),
      readFileSync(join(harness.workspace, "plan.sarif"), "utf8"),
    ];
    expect(harness.github.issues.get(7)!.comments.length).toBeGreaterThan(0);
    expectClean(places, [...SECRETS, key.d, key.p, key.q]);
    table.held({
      tried:
        "the Action: a plan with its comment, labels and SARIF; a compliance plan with its drift issue; apply; smoke; a wrong token",
      held: "no secret, slice or JWT in the log (but the runner's own add-mask lines), the job summary, outputs, comments, issues or the SARIF file",
      figures: `${runs.length} runs, ${places.length} places, ${SECRETS.length + 3} secrets with every 16-character slice`,
    });
  });
});
