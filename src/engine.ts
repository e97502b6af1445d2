import { diff } from "./diff/diff.js";
import type { Plan } from "./diff/plan.js";
import { SpecError } from "./errors.js";
import type { OktaClient } from "./okta/client.js";
import type { LoadedSpec } from "./spec/load.js";
import { nameGroupIds, readLiveState } from "./state/read.js";

export interface PlanOptions {
  /** Prune every server's unlisted claims, whatever the spec says. */
  prune?: boolean;
}

/**
 * spec → live state → diff → plan: the engine both shells run. Group IDs the plan shows that
 * the run has not met (Okta's side of an allowlist) are named with one batched lookup.
 */
export async function planDrift(
  loaded: LoadedSpec,
  client: OktaClient,
  options: PlanOptions = {},
): Promise<Plan> {
  const live = await readLiveState(client, loaded);
  const { plan, problems } = diff(loaded, live, options);
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
  return plan;
}
