import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import type { AppRecord, ClaimRecord, TenantStore } from "../../src/emulator/store.js";
import { apply as applyEngine, plan as planEngine } from "../../src/engine.js";
import type { ApplyOutcome } from "../../src/model/apply.js";
import { OktaAdmin } from "../../src/okta/admin.js";
import { apiToken } from "../../src/okta/credentials.js";
import { readSpecFile } from "../../src/read-spec.js";
import { Secret } from "../../src/secret.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";
import { reliabilitySection } from "./table.js";

/**
 * Faults during apply, through the embedded tenant's knobs, on the engine users run (the
 * client with short timeouts so a slow answer is a timeout here). For each: what apply
 * reported (applied, failed, not tried), every field outside the spec identical after it (the
 * stored apps compared whole, client secret included), and a second apply that converges.
 */
let emulator: Emulator;
afterEach(() => emulator?.close());

const SPEC = join(EXAMPLES, "okta-drift.yml");
const APP = "0oabskvc6442nkvQO0h7";
const OTHER_APP = "0oabskvc6442nkvQO0h8";
const SERVER = "ausain6z9zIedDCxB0h7";
const APP_PATH = `/api/v1/apps/${APP}`;

function admin(): OktaAdmin {
  return OktaAdmin.connect({
    orgUrl: new URL(emulator.url),
    credentials: apiToken(new Secret(API_TOKEN)),
    requestTimeoutMs: 1000,
    backoffMs: 5,
  });
}

async function applyOnce(): Promise<{ outcome?: ApplyOutcome; error?: Error }> {
  try {
    const outcome = await applyEngine(await readSpecFile(SPEC), admin(), {
      maxChanges: 100,
      prune: false,
      planHash: undefined,
      dryRun: false,
    });
    return { outcome };
  } catch (error) {
    return { error: error as Error };
  }
}

/** What the spec does not manage: must be the same after any apply, faults or not. */
function outside(store: TenantStore) {
  const app = structuredClone(store.apps.get(APP)!) as AppRecord;
  const { groupwhitelist: _managed, ...profile } = app.body.profile as Record<string, unknown>;
  const server = structuredClone(store.servers.get(SERVER)!);
  const managed = new Set(["groups", "division"]);
  const claims = [...server.claims.values()].filter((c: ClaimRecord) => !managed.has(c.name));
  return {
    app: { ...app, lastUpdated: "", body: { ...app.body, profile } },
    other: structuredClone(store.apps.get(OTHER_APP)!),
    claims,
    server: { ...server, claims: undefined, lastUpdated: "" },
  };
}

/** Another admin sets the app's allowlist to Engineering, as the console would (lastUpdated moves). */
function anotherAdmin(e: Emulator): void {
  const app = e.store.apps.get(APP)!;
  (app.body.profile as Record<string, unknown>).groupwhitelist = ["00gbso71miOMjxHRW0h9"];
  app.lastUpdated = new Date(Date.now() + 1000).toISOString();
}

interface Scenario {
  tried: string;
  inject: (e: Emulator) => void;
  /** What the first apply must have come to. */
  first: "applied" | "reported";
  /** What a reader should know about what held. */
  note?: string;
}

const SCENARIOS: Scenario[] = [
  {
    tried: "a 429 storm with X-Rate-Limit-Reset on every write (3 each)",
    inject: (e) => e.faults.add({ method: "PUT", status: 429, resetInSeconds: 0, times: 6 }),
    first: "applied",
  },
  {
    tried: "429s without X-Rate-Limit-Reset on the app's write (2)",
    inject: (e) => e.faults.add({ method: "PUT", path: APP_PATH, status: 429, times: 2 }),
    first: "applied",
  },
  {
    tried: "429s without X-Rate-Limit-Reset on the app's write, past the waits (10)",
    inject: (e) => e.faults.add({ method: "PUT", path: APP_PATH, status: 429, times: 10 }),
    first: "reported",
  },
  {
    tried: "a burst of 503s on the writes (3, fewer than the retries of any one)",
    inject: (e) => e.faults.add({ method: "PUT", status: 503, times: 3 }),
    first: "applied",
  },
  {
    tried: "5xx on the reads of the plan",
    inject: (e) => e.faults.add({ method: "GET", status: 502, times: 3 }),
    first: "applied",
  },
  {
    tried: "the connection reset before the app's write is received",
    inject: (e) => e.faults.add({ method: "PUT", path: APP_PATH, reset: "before" }),
    first: "applied",
  },
  {
    tried: "the connection reset after the app's write was received (the answer lost)",
    inject: (e) => e.faults.add({ method: "PUT", path: APP_PATH, reset: "after" }),
    first: "applied",
  },
  {
    tried: "answers slower than the timeout on the writes",
    inject: (e) => e.faults.add({ method: "PUT", delayMs: 2500, times: 2 }),
    first: "applied",
  },
  {
    tried: "answers slower than the timeout on every read of the plan, past the retries",
    inject: (e) => e.faults.add({ method: "GET", delayMs: 2500, times: 40 }),
    first: "reported",
  },
  {
    tried: "truncated JSON on the read of the apps",
    inject: (e) => e.faults.add({ method: "GET", path: "/api/v1/apps", truncate: true }),
    first: "reported",
  },
  {
    tried: "truncated JSON in the answer to the app's write (the write happened)",
    inject: (e) => e.faults.add({ method: "PUT", path: APP_PATH, truncate: true }),
    first: "reported",
  },
  {
    tried:
      "another admin changes the allowlist after apply's plan read it, before apply's own read of the app",
    inject: (e) => e.faults.add({ method: "GET", path: "/api/v1/apps?", afterAnswer: () => anotherAdmin(e) }),
    first: "reported",
  },
  {
    tried:
      "another admin changes the allowlist between apply's own read of the app and its PUT (Okta's app PUT has no precondition)",
    inject: (e) => e.faults.add({ method: "GET", path: APP_PATH, afterAnswer: () => anotherAdmin(e) }),
    first: "applied",
    note: "the spec's allowlist is written over the change made inside that one round trip (a change to a field outside the spec there would be lost too: nothing can see it)",
  },
];

const table = reliabilitySection(
  "faults",
  "Faults during apply: what was reported, what stayed, and the re-run",
  SCENARIOS.length + 1,
);
let injected = 0;

describe("apply under faults", () => {
  it.each(SCENARIOS)("$tried", async ({ tried, inject, first, note }) => {
    emulator = await startExampleTenant();
    const before = outside(emulator.store);
    inject(emulator);
    const run = await applyOnce();
    const fired = emulator.faults.fired;
    expect(fired).toBeGreaterThan(0);
    injected += fired;
    emulator.faults.clear();

    let said: string;
    if (first === "applied") {
      expect(run.error).toBeUndefined();
      expect(run.outcome!.failed).toEqual([]);
      expect(run.outcome!.applied.length).toBe(run.outcome!.writes.length);
      said = `all ${run.outcome!.writes.length} writes applied`;
    } else if (run.outcome) {
      // A write failed: the report says which, with Okta's words or the lack of an answer,
      // and accounts for every write: applied, failed, or not tried.
      const { writes, applied, failed, notAttempted } = run.outcome;
      expect(failed.length).toBeGreaterThan(0);
      expect(applied.length + failed.length + notAttempted.length).toBe(writes.length);
      for (const f of failed) expect(f.error.message.length).toBeGreaterThan(0);
      said = `reported ${applied.length} applied, ${failed.length} failed, ${notAttempted.length} not tried`;
    } else {
      // The plan itself could not be read: nothing was written, and the error names the request.
      expect(run.error!.message).toMatch(/^GET \/api\/v1\//);
      expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
      said = "stopped before any write, naming the request";
    }
    expect(outside(emulator.store)).toEqual(before);

    const again = await applyOnce();
    expect(again.error).toBeUndefined();
    expect(again.outcome!.failed).toEqual([]);
    const { plan } = await planEngine(await readSpecFile(SPEC), admin());
    expect(plan.changes).toEqual([]);
    expect(outside(emulator.store)).toEqual(before);
    table.held({
      tried,
      held: `${said}${note ? ` (${note})` : ""}; every field outside the spec unchanged; the re-run converged (plan: no drift)`,
      figures: `${fired} fault(s) injected`,
    });
  });

  it("the tenant changed by someone else between plan and apply: the reviewed hash refuses", async () => {
    emulator = await startExampleTenant();
    const before = outside(emulator.store);
    const { plan } = await planEngine(await readSpecFile(SPEC), admin());
    (emulator.store.apps.get(APP)!.body.profile as Record<string, unknown>).groupwhitelist = [
      "00gbso71miOMjxHRW0ha",
    ];
    const refused = await applyEngine(await readSpecFile(SPEC), admin(), {
      maxChanges: 100,
      prune: false,
      planHash: plan.hash,
      dryRun: false,
    }).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(outside(emulator.store)).toEqual(before);
    const again = await applyOnce();
    expect(again.outcome!.failed).toEqual([]);
    expect((await planEngine(await readSpecFile(SPEC), admin())).plan.changes).toEqual([]);
    table.held({
      tried: "another admin changes the allowlist between plan and apply (apply with the reviewed hash)",
      held: "refused, nothing written; a new plan and apply converged",
      figures: `1 change by someone else; ${SCENARIOS.length + 1} scenarios, ${injected + 1} faults in all, all survived`,
    });
  });
});
