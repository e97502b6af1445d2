import { claimDifferences, sameAllowlist } from "../diff/diff.js";
import type { Plan } from "../diff/plan.js";
import { UserError } from "../errors.js";
import type { OktaClient } from "../okta/client.js";
import { OktaApiError } from "../okta/errors.js";
import type { OktaApp, OktaClaim } from "../okta/types.js";
import type { LiveState } from "../state/live.js";
import { appBody, type Write, writesFor } from "./writes.js";

export interface ApplyOptions {
  /** The hash of the plan a reviewer approved; another plan is refused. */
  planHash?: string;
  /** Deletes are allowed only with this. */
  prune?: boolean;
  /** Refuse a plan that changes more resources than this. */
  maxChanges: number;
  /** Show what would be sent; send nothing. */
  dryRun?: boolean;
  log?: (message: string) => void;
}

export interface ApplyOutcome {
  plan: Plan;
  dryRun: boolean;
  /** Every write the plan needs, in order. */
  writes: Write[];
  applied: Write[];
  /** Writes Okta refused or that got no answer; writes already under way when the first failed may fail too. */
  failed: { write: Write; error: OktaApiError }[];
  notAttempted: Write[];
}

/**
 * Carries out a plan that was just computed from a fresh read. Refuses before writing anything
 * when the plan is not the approved one, deletes without prune, or changes too much. Writes go
 * out phase by phase (see writesFor), each phase at once; the first failure stops new writes,
 * and the outcome says what was applied, what failed and what was not tried.
 */
export async function applyPlan(
  client: OktaClient,
  plan: Plan,
  live: LiveState,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  if (options.planHash !== undefined && options.planHash !== plan.hash) {
    throw new UserError(
      `the plan changed since it was approved: --plan-hash ${options.planHash} was given, the plan is now ${plan.hash}. Nothing was written; run okta-drift plan and review it again.`,
    );
  }
  const deletes = plan.changes.filter((c) => c.action === "delete");
  if (deletes.length > 0 && !options.prune) {
    throw new UserError(
      `the plan deletes ${deletes.length} claim(s) (${deletes.map((c) => (c.resource === "claim" ? c.claimName : "")).join(", ")}); pass --prune to allow deletes. Nothing was written.`,
    );
  }
  if (plan.changes.length > options.maxChanges) {
    throw new UserError(
      `the plan changes ${plan.changes.length} resources, more than --max-changes ${options.maxChanges}. Nothing was written; raise the limit if this is intended.`,
    );
  }

  const phases = writesFor(plan.changes, live);
  const writes = phases.flat();
  const outcome: ApplyOutcome = {
    plan,
    dryRun: options.dryRun === true,
    writes,
    applied: [],
    failed: [],
    notAttempted: [],
  };
  if (options.dryRun) {
    outcome.notAttempted = writes;
    return outcome;
  }
  for (const phase of phases) {
    // A few writers take the phase's writes one by one and stop taking them after a failure.
    const queue = [...phase];
    const writer = async () => {
      for (let write = queue.shift(); write; write = queue.shift()) {
        if (outcome.failed.length > 0) {
          outcome.notAttempted.push(write);
          continue;
        }
        try {
          await execute(client, write, options.log);
          outcome.applied.push(write);
        } catch (error) {
          if (!(error instanceof OktaApiError)) throw error;
          outcome.failed.push({ write, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(WRITERS, phase.length) }, writer));
  }
  // Report in plan order, whatever order the answers came in.
  const order = (w: Write) => writes.indexOf(w);
  for (const list of [outcome.applied, outcome.notAttempted]) list.sort((a, b) => order(a) - order(b));
  outcome.failed.sort((a, b) => order(a.write) - order(b.write));
  return outcome;
}

/** Writes under way at once: enough for a phase to go out in a round or two, few enough to stop soon. */
const WRITERS = 25;

/** How many times a write is tried when its outcome is unknown or Okta failed (5xx). */
const ATTEMPTS = 2;

/**
 * Sends one write. When Okta fails (5xx) or the answer is lost, the write may or may not have
 * happened: read the resource, and only if it is not yet as wanted, send the write again.
 */
async function execute(client: OktaClient, write: Write, log?: (message: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send(client, write);
      return;
    } catch (error) {
      if (!(error instanceof OktaApiError) || !uncertain(error) || attempt >= ATTEMPTS) throw error;
      log?.(
        `${write.method} ${write.path}: ${error.status ?? error.errorCode ?? "no answer"}; reading whether it happened`,
      );
      if (await happened(client, write)) return;
      log?.(`${write.method} ${write.path}: it did not; sending it again`);
    }
  }
}

function uncertain(error: OktaApiError): boolean {
  return error.outcomeUnknown || (error.status !== undefined && error.status >= 500);
}

async function send(client: OktaClient, write: Write): Promise<void> {
  switch (write.kind) {
    case "app": {
      // Okta replaces the whole app: send back what GET returns right now, not the plan's list
      // read, so nothing the list may leave out (or anyone changed since) is lost. Okta's list
      // has switches that change what an app carries (useOptimization, alwaysIncludeVpnSettings);
      // its GET is the one documented whole app.
      write.app = await client.get<OktaApp>(write.path);
      await client.put(write.path, appBody(write.app, write.profile), { retry: false });
      return;
    }
    case "claim-create":
      await client.post(write.path, write.desired);
      return;
    case "claim-replace":
      await client.put(write.path, write.desired, { retry: false });
      return;
    case "claim-delete":
      await client.delete(write.path, { retry: false });
      return;
  }
}

/** Whether Okta already holds what the write would make it hold. */
async function happened(client: OktaClient, write: Write): Promise<boolean> {
  switch (write.kind) {
    case "app": {
      const app = await client.get<OktaApp>(write.path);
      const done = write.changes.every((c) => sameAllowlist(app.profile?.[c.key], c.allowlist, c.ordered));
      // A retry must write what Okta holds now, not what was read before the failure.
      if (!done) write.app = app;
      return done;
    }
    case "claim-create": {
      const claims = await client.get<OktaClaim[]>(write.path);
      const existing = claims.find(
        (c) => c.name === write.desired.name && c.claimType === write.desired.claimType,
      );
      if (!existing) return false;
      // It was created; make sure it is as wanted (a replace is idempotent).
      if (claimDifferences(existing, write.desired).length > 0)
        await client.put(`${write.path}/${existing.id}`, write.desired);
      return true;
    }
    case "claim-replace": {
      const claim = await client.get<OktaClaim>(write.path);
      return claimDifferences(claim, write.desired).length === 0;
    }
    case "claim-delete":
      try {
        await client.get(write.path);
        return false;
      } catch (error) {
        if (error instanceof OktaApiError && error.status === 404) return true;
        throw error;
      }
  }
}
