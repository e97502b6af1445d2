/**
 * npm run bench: okta-drift against the embedded tenant with injected latency and Okta's
 * default rate limits, printing requests, time and memory next to their physical minimums.
 * Not part of the tests' pass/fail: it prints figures and writes them to .bench/results.json.
 */
import { execFile } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import { DEFAULT_RATE_LIMITS } from "../src/emulator/index.js";
import { DEFAULT_CONCURRENCY_LIMIT } from "../src/emulator/server.js";
import { apply, importSpec, plan as planEngine } from "../src/engine.js";
import type { Plan } from "../src/model/plan.js";
import { OktaAdmin } from "../src/okta/admin.js";
import { MAX_SEARCH_LENGTH, queryLength } from "../src/okta/batches.js";
import { OktaClient } from "../src/okta/client.js";
import { apiToken } from "../src/okta/credentials.js";
import { Secret } from "../src/secret.js";
import { loadSpec } from "../src/spec/load.js";
import { groupNamesToResolve } from "../src/spec/model.js";
import { BASE, driftWrites, groupId, groupName, type Scale, spec } from "./scenario.js";

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const TOKEN = "bench-api-token";
const OUT = join(process.cwd(), ".bench");
const WINDOW_MS = 60_000;

interface Row {
  scenario: string;
  command: Command;
  drift: boolean;
  requests: number;
  minimum: number;
  byFamily: Record<string, number>;
  wallMs: number;
  boundMs: number;
  rateLimited: number;
  /** The fastest of the runs whose median is wallMs. */
  fastestMs?: number;
  peakRssMb?: number;
}

type Command = "plan" | "apply" | "import";

/** The fewest filtered reads that can carry these terms: packed as tightly as a filter allows. */
function packed(terms: string[]): number {
  if (terms.length === 0) return 0;
  const sep = queryLength(" or ");
  const total = terms.reduce((sum, t) => sum + queryLength(t) + sep, -sep);
  return Math.ceil(total / MAX_SEARCH_LENGTH);
}

/** The fewest group searches that can resolve these names. */
function minimumGroupSearches(names: string[]): number {
  return packed(names.map((n) => `profile.name eq "${n}"`));
}

/**
 * The critical-path bound: dependent levels of requests, each needing as many rounds as Okta's
 * concurrent limit allows, times the latency, plus any wait for a per-minute window.
 */
function bound(levels: number[], byFamily: Record<string, number>): number {
  const rounds = levels.reduce((sum, n) => sum + Math.ceil(n / DEFAULT_CONCURRENCY_LIMIT), 0);
  const limits = DEFAULT_RATE_LIMITS as Record<string, number>;
  const windows = Math.max(
    0,
    ...Object.entries(byFamily).map(([f, n]) => Math.ceil(n / (limits[f] ?? Number.POSITIVE_INFINITY)) - 1),
  );
  return rounds * LATENCY_MS + windows * WINDOW_MS;
}

/** The embedded tenant, on a worker thread. */
interface RemoteTenant {
  url: string;
  /** The requests it answered since the last call. */
  requests(): Promise<{ family: string; status: number; method: string }[]>;
}

async function measure(
  name: string,
  scale: Scale,
  command: Command,
  drift: boolean,
  emulator: RemoteTenant,
): Promise<Row> {
  if (command === "import") return measureImport(name, scale, emulator);
  const text = spec(scale);
  const loaded = loadSpec(`${name}.yml`, text);
  const okta = new OktaAdmin(
    new OktaClient({ orgUrl: new URL(emulator.url), credentials: apiToken(new Secret(TOKEN)) }),
  );
  await emulator.requests();
  const started = performance.now();
  let plan: Plan;
  if (command === "apply") {
    const outcome = await apply(loaded, okta, { maxChanges: 10_000, prune: false, dryRun: false });
    if (outcome.failed.length > 0) throw new Error(`apply failed: ${outcome.failed[0]!.error.message}`);
    plan = outcome.plan;
  } else {
    plan = (await planEngine(loaded, okta)).plan;
  }
  const wallMs = performance.now() - started;
  const requests = await emulator.requests();
  const byFamily: Record<string, number> = {};
  for (const r of requests) byFamily[r.family] = (byFamily[r.family] ?? 0) + 1;

  const reads =
    loaded.spec.apps.length +
    loaded.spec.authorizationServers.length +
    minimumGroupSearches(groupNamesToResolve(loaded.spec).map((r) => r.name));
  const writes = command === "apply" && drift ? driftWrites(scale) : { apps: 0, claims: 0 };
  const expectedChanges = drift ? driftWrites(scale).apps + driftWrites(scale).claims : 0;
  if (plan.changes.length !== expectedChanges)
    throw new Error(`${name}: expected ${expectedChanges} changes, planned ${plan.changes.length}`);
  return {
    scenario: name,
    command,
    drift,
    requests: requests.length,
    minimum: reads + writes.apps + writes.claims,
    byFamily,
    wallMs,
    // The writes depend on the reads, not on each other: the claims read a profile key the
    // apps already have, so they can go out with the app writes.
    boundMs: bound(
      command === "apply" ? [reads, writes.apps + writes.claims].filter((n) => n > 0) : [reads],
      byFamily,
    ),
    rateLimited: requests.filter((r) => r.status === 429).length,
  };
}

/**
 * Import of what scenario L's spec names, by ID (the apps, the servers), as a team adopting
 * okta-drift runs it. Its minimum: the app ID filters packed, one list of the servers, one claims
 * list per server, the group ID searches packed, then the searches for those groups' names.
 */
async function measureImport(name: string, scale: Scale, emulator: RemoteTenant): Promise<Row> {
  const loaded = loadSpec(`${name}.yml`, spec(scale));
  const okta = new OktaAdmin(
    new OktaClient({ orgUrl: new URL(emulator.url), credentials: apiToken(new Secret(TOKEN)) }),
  );
  const selection = {
    apps: loaded.spec.apps.map((a) => a.id!),
    servers: loaded.spec.authorizationServers.map((s) => s.id!),
    all: false,
    profileKeys: [],
  };
  await emulator.requests();
  const started = performance.now();
  const result = await importSpec(okta, selection);
  const wallMs = performance.now() - started;
  const requests = await emulator.requests();
  if (result.apps !== selection.apps.length || result.servers !== selection.servers.length)
    throw new Error(`${name}: imported ${result.apps} apps and ${result.servers} servers`);
  const byFamily: Record<string, number> = {};
  for (const r of requests) byFamily[r.family] = (byFamily[r.family] ?? 0) + 1;
  const groups = groupNamesToResolve(loaded.spec).map((r) => r.name);
  const levels = [
    packed(selection.apps.map((id) => `id eq "${id}"`)) + Math.ceil((BASE.servers * scale.tenant) / 200),
    selection.servers.length,
    packed(groups.map((_, i) => `id eq "${groupId(i)}"`)),
    minimumGroupSearches(groups),
  ];
  return {
    scenario: name,
    command: "import",
    drift: false,
    requests: requests.length,
    minimum: levels.reduce((a, b) => a + b, 0),
    byFamily,
    wallMs,
    boundMs: bound(levels, byFamily),
    rateLimited: requests.filter((r) => r.status === 429).length,
  };
}

/** The thread that serves the benchmark's tenants, one at a time. */
const tenants = new Worker(new URL("./emulator-worker.mjs", import.meta.url), {
  workerData: { latencyMs: LATENCY_MS, token: TOKEN },
});

async function ask<T>(message: object): Promise<T> {
  tenants.postMessage(message);
  const [answer] = (await once(tenants, "message")) as [T];
  return answer;
}

/** Runs `run` against a freshly built tenant (a new org, a new port) on the tenants' thread. */
async function withTenant<T>(
  scale: Scale,
  drift: boolean,
  run: (emulator: RemoteTenant) => Promise<T>,
): Promise<T> {
  const { url } = await ask<{ url: string }>({ type: "start", scale, drift });
  const remote: RemoteTenant = {
    url,
    requests: async () =>
      (await ask<{ requests: { family: string; status: number; method: string }[] }>({ type: "requests" }))
        .requests,
  };
  try {
    // An untimed read first: a real Okta has its caches warm and connections open.
    await planEngine(
      loadSpec("warm-up.yml", spec(scale)),
      new OktaAdmin(
        new OktaClient({ orgUrl: new URL(remote.url), credentials: apiToken(new Secret(TOKEN)) }),
      ),
    );
    return await run(remote);
  } finally {
    await ask({ type: "stop" });
  }
}

/**
 * The okta-drift CLI process planning scenario L, whole: its peak memory (MB) and its wall time
 * from start to exit (ms), cold as a user runs it (node's start, loading, JIT, then the plan).
 */
async function cliRun(scale: Scale): Promise<{ peakRssMb: number; wallMs: number }> {
  mkdirSync(OUT, { recursive: true });
  const specFile = join(OUT, "scenario-L.yml");
  const rssFile = join(OUT, "rss.txt");
  writeFileSync(specFile, spec(scale));
  return withTenant(scale, false, async (emulator) => {
    const started = performance.now();
    await promisify(execFile)(
      process.execPath,
      [
        "--import",
        join(process.cwd(), "bench", "rss-hook.mjs"),
        "dist/cli.js",
        "plan",
        "--spec",
        specFile,
        "--org-url",
        emulator.url,
        "--format",
        "json",
      ],
      {
        env: { ...process.env, OKTA_API_TOKEN: TOKEN, BENCH_RSS_FILE: rssFile },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const wallMs = performance.now() - started;
    return { peakRssMb: Number(readFileSync(rssFile, "utf8")) / 1024, wallMs };
  });
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/**
 * How fast the machine is right now: the time for a fixed piece of CPU work like okta-drift's
 * (parsing a megabyte of group JSON). Taken before every timed run; a shared VM's speed swings
 * by more than the targets' margins, and this shows when a run's figures are the machine's.
 */
const CALIBRATION_JSON = JSON.stringify(
  Array.from({ length: 1500 }, (_, i) => ({
    id: groupId(i),
    profile: { name: groupName(i), description: "x".repeat(400) },
    _links: { self: { href: `https://example.okta.com/api/v1/groups/${groupId(i)}` } },
  })),
);
const calibrations: number[] = [];
function calibrate(): number {
  const started = performance.now();
  for (let i = 0; i < 2; i++) JSON.parse(CALIBRATION_JSON);
  return performance.now() - started;
}

/** A machine this much slower than its best is in a slow spell. */
const SLOW = 1.25;
/** The longest the whole bench waits for slow spells to pass (BENCH_MAX_WAIT_S, seconds). */
const MAX_WAIT_MS = Number(process.env.BENCH_MAX_WAIT_S ?? 180) * 1000;
let bestCalibration = Number.POSITIVE_INFINITY;
let waitedMs = 0;

/**
 * Before a timed run: waits (a second at a time, within MAX_WAIT_MS for the whole bench) while
 * the machine is in a slow spell, as one would run a benchmark again, then records its speed.
 */
async function atUsualSpeed(): Promise<void> {
  let speed = calibrate();
  bestCalibration = Math.min(bestCalibration, speed);
  while (speed > SLOW * bestCalibration && waitedMs < MAX_WAIT_MS) {
    await sleep(1000);
    waitedMs += 1000;
    speed = calibrate();
    bestCalibration = Math.min(bestCalibration, speed);
  }
  calibrations.push(speed);
}

interface Case {
  name: string;
  scale: Scale;
  command: Command;
  drift: boolean;
}

/**
 * Runs every case several times, each run on a fresh tenant, and keeps each case's median wall
 * time (and its fastest). The runs are interleaved: a slow spell on a shared machine then
 * touches one run of every case rather than every run of one.
 */
async function medians(cases: Case[], runs = Number(process.env.BENCH_RUNS ?? 7)): Promise<Row[]> {
  const samples: Row[][] = cases.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [n, c] of cases.entries())
      samples[n]!.push(
        await withTenant(c.scale, c.drift, async (e) => {
          await atUsualSpeed();
          return measure(c.name, c.scale, c.command, c.drift, e);
        }),
      );
  return samples.map((rows) => {
    rows.sort((a, b) => a.wallMs - b.wallMs);
    return { ...rows[Math.floor(rows.length / 2)]!, fastestMs: rows[0]!.wallMs };
  });
}

/**
 * Whether y grows at most linearly with x: no step costs more per unit than the first
 * (within `tolerance`). Fixed costs make growth sublinear, which passes; a blow-up does not.
 */
function atMostLinear(x: number[], y: number[], tolerance = 0.1): boolean {
  const slopes = x.slice(1).map((xi, i) => (y[i + 1]! - y[i]!) / (xi - x[i]!));
  return slopes.every((s) => s <= (1 + tolerance) * Math.max(slopes[0]!, y[0]! / x[0]!));
}

async function main(): Promise<void> {
  const L: Scale = { tenant: 1, spec: 1 };
  console.error(
    `okta-drift bench: latency ${LATENCY_MS} ms, Okta's default rate limits, concurrent limit ${DEFAULT_CONCURRENCY_LIMIT}`,
  );
  console.error(
    `scenario L: tenant ${BASE.groups} groups / ${BASE.apps} apps / ${BASE.servers} servers; spec ${BASE.specApps} apps, ${BASE.specGroups} groups, ${BASE.specServers} servers × ${BASE.claimsPerServer} claims`,
  );

  for (let i = 0; i < 20; i++) bestCalibration = Math.min(bestCalibration, calibrate());
  // Untimed runs first, of both paths and the largest spec: JIT warm-up and the heap growing to
  // its working size are not network time (the cold CLI figure below includes them).
  const largest: Scale = { tenant: 1, spec: 4 };
  for (const [scale, drift] of [
    [largest, true],
    [L, false],
    [L, true],
  ] as const)
    await withTenant(scale, drift, async (e) => {
      for (let i = 0; i < 5; i++) await measure("warm-up", scale, "plan", drift, e);
    });
  const cases: Case[] = [
    { name: "L", scale: L, command: "plan", drift: false },
    { name: "L", scale: L, command: "plan", drift: true },
    { name: "L", scale: L, command: "apply", drift: true },
    { name: "L", scale: L, command: "import", drift: false },
  ];
  for (const k of [2, 4]) {
    const scale = { tenant: 1, spec: k };
    cases.push(
      { name: `L spec×${k}`, scale, command: "plan", drift: false },
      { name: `L spec×${k}`, scale, command: "apply", drift: true },
    );
  }
  cases.push({ name: "L tenant×10", scale: { tenant: 10, spec: 1 }, command: "plan", drift: false });
  const rows = await medians(cases);
  const cli = await cliRun(L);
  rows[0]!.peakRssMb = cli.peakRssMb;

  const header = [
    "scenario",
    "command",
    "drift",
    "requests",
    "minimum",
    "req/min",
    "wall ms",
    "fastest",
    "bound ms",
    "wall/bound",
    "429s",
    "peak MB",
  ];
  const table = rows.map((r) => [
    r.scenario,
    r.command,
    r.drift ? "yes" : "no",
    String(r.requests),
    String(r.minimum),
    fmt(r.requests / r.minimum, 2),
    fmt(r.wallMs),
    r.fastestMs === undefined ? "" : fmt(r.fastestMs),
    fmt(r.boundMs),
    fmt(r.wallMs / r.boundMs, 2),
    String(r.rateLimited),
    r.peakRssMb === undefined ? "" : fmt(r.peakRssMb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log("");
  for (const r of rows)
    console.log(
      `${r.scenario} ${r.command}${r.drift ? " (drift)" : ""}: ${Object.entries(r.byFamily)
        .map(([f, n]) => `${f} ${n}`)
        .join(", ")}`,
    );
  console.log(
    `\nthe CLI process planning scenario L, cold (node's start, loading, JIT and the plan): ${fmt(cli.wallMs)} ms`,
  );
  calibrations.sort((a, b) => a - b);
  const speed = {
    fastestMs: calibrations[0]!,
    medianMs: calibrations[Math.floor(calibrations.length / 2)]!,
    slowestMs: calibrations.at(-1)!,
  };
  console.log(
    `the machine's speed before the timed runs: the same CPU work took ${fmt(speed.fastestMs, 1)} ms at best, ${fmt(speed.medianMs, 1)} ms in the median run, ${fmt(speed.slowestMs, 1)} ms at worst; ${fmt(waitedMs / 1000)} s spent waiting for slow spells to pass`,
  );
  if (speed.medianMs > SLOW * speed.fastestMs)
    console.log("  (the machine was slow for much of this run: wall times are inflated by it; run again)");

  const plan = (s: string) => rows.find((r) => r.scenario === s && r.command === "plan" && !r.drift)!;
  const checks = [
    ["requests ≤ 1.1× the minimum", rows.every((r) => r.requests <= 1.1 * r.minimum)],
    ["wall ≤ 1.5× the critical-path bound", rows.every((r) => r.wallMs <= 1.5 * r.boundMs)],
    ["zero 429s", rows.every((r) => r.rateLimited === 0)],
    ["requests independent of tenant size (tenant ×10)", plan("L tenant×10").requests === plan("L").requests],
    // Servers stay 20 and some costs are fixed, so growth is not proportional: it must not be more than linear.
    [
      "requests at most linear in spec size (×1, ×2, ×4)",
      atMostLinear(
        [1, 2, 4],
        [plan("L"), plan("L spec×2"), plan("L spec×4")].map((r) => r.requests),
      ),
    ],
    [
      "time at most linear in spec size (×1, ×2, ×4)",
      atMostLinear(
        [1, 2, 4],
        [plan("L"), plan("L spec×2"), plan("L spec×4")].map((r) => r.wallMs),
        0.35,
      ),
    ],
    ["peak memory < 200 MB (scenario L plan)", (rows[0]!.peakRssMb ?? Number.POSITIVE_INFINITY) < 200],
  ] as const;
  console.log("");
  for (const [what, ok] of checks) console.log(`${ok ? "met   " : "NOT MET"} ${what}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, "results.json"),
    `${JSON.stringify({ latencyMs: LATENCY_MS, concurrencyLimit: DEFAULT_CONCURRENCY_LIMIT, rows, cliColdPlanMs: cli.wallMs, machineSpeed: { ...speed, waitedMs }, checks: Object.fromEntries(checks) }, null, 2)}\n`,
  );
  console.error(`\nwritten: ${join(OUT, "results.json")}`);
  tenants.postMessage({ type: "close" });
  await once(tenants, "exit");
}

await main();
