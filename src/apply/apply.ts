import type { ApplyOutcome, ShownRequest, Write } from "../model/apply.js";
import type { LiveState } from "../model/live.js";
import type { Plan } from "../model/plan.js";
import { DEFAULT_CONCURRENCY } from "../okta/admin.js";
import { OktaApiError } from "../okta/errors.js";
import { writesFor } from "./writes.js";

/** Carries out one write: against Okta (okta-writer.ts), or only showing it (dry-run.ts). */
export interface Writer {
  write(write: Write): Promise<void>;
  /** What a writer that sends nothing showed instead; undefined for one that writes. */
  readonly shown?: ShownRequest[];
}

/**
 * Carries out a plan that was just computed from a fresh read and checked (plan/safety.ts).
 * Writes go out phase by phase (see writesFor), each phase at once; the first failure stops
 * new writes, and the outcome says what was applied, what failed and what was not tried.
 */
export async function applyPlan(plan: Plan, live: LiveState, writer: Writer): Promise<ApplyOutcome> {
  const phases = writesFor(plan.changes, live);
  const writes = phases.flat();
  const outcome: ApplyOutcome = {
    plan,
    writes,
    applied: [],
    failed: [],
    notAttempted: [],
    ...(writer.shown ? { shown: writer.shown } : {}),
  };
  for (const phase of phases) {
    // A few workers take the phase's writes one by one and stop taking them after a failure.
    const queue = [...phase];
    const worker = async () => {
      for (let write = queue.shift(); write; write = queue.shift()) {
        if (outcome.failed.length > 0) {
          outcome.notAttempted.push(write);
          continue;
        }
        try {
          await writer.write(write);
          outcome.applied.push(write);
        } catch (error) {
          if (!(error instanceof OktaApiError)) throw error;
          outcome.failed.push({ write, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(WORKERS, phase.length) }, worker));
  }
  // Report in plan order, whatever order the answers came in.
  const order = (w: Write) => writes.indexOf(w);
  for (const list of [outcome.applied, outcome.notAttempted]) list.sort((a, b) => order(a) - order(b));
  outcome.failed.sort((a, b) => order(a.write) - order(b.write));
  return outcome;
}

/**
 * Writes under way at once: as many as the client lets requests be in flight, so a phase goes
 * out in as few rounds as it may (an app's write is its read, then its PUT, one at a time).
 */
const WORKERS = DEFAULT_CONCURRENCY;
