import { diff } from "./diff/diff.js";
import type { Plan } from "./diff/plan.js";
import { SpecError } from "./errors.js";
import type { OktaClient } from "./okta/client.js";
import type { LoadedSpec } from "./spec/load.js";
import type { LiveState } from "./state/live.js";
import { nameGroupIds, readLiveState } from "./state/read.js";

/**
 * spec → live state → diff → plan: the engine both shells run. Group IDs the plan shows that
 * the run has not met (Okta's side of an allowlist) are named with one batched lookup.
 * Returns the live state too: apply writes back what it read.
 */
export async function planWithState(
  loaded: LoadedSpec,
  client: OktaClient,
): Promise<{ plan: Plan; live: LiveState }> {
  const live = await readLiveState(client, loaded);
  const { plan, problems } = diff(loaded, live);
  if (problems.length > 0) throw new SpecError(problems);
  const shown = plan.changes
    .flatMap((c) => c.fields.flatMap((f) => [f.before, f.after]))
    .flatMap((v) => (Array.isArray(v) ? v : []));
  if (shown.length > 0) {
    await nameGroupIds(
      client,
      live.groups,
      shown.filter((v): v is string => typeof v === "string"),
    );
    plan.groupNames = Object.fromEntries(live.groups.entries());
  }
  return { plan, live };
}

export async function planDrift(loaded: LoadedSpec, client: OktaClient): Promise<Plan> {
  return (await planWithState(loaded, client)).plan;
}
