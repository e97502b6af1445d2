import { UserError } from "../errors.js";
import type { Plan } from "../model/plan.js";

/** What a plan must stay within to be applied. */
export interface SafetyLimits {
  /** The hash of the plan a reviewer approved; another plan is refused. */
  planHash?: string | undefined;
  /** Deletes are allowed only with this. */
  prune: boolean;
  /** Refuse a plan that changes more resources than this. */
  maxChanges: number;
}

/**
 * The one place a plan is checked before anything is written (as octodns' Plan.raise_if_unsafe):
 * the approved hash, deletes without prune, too many changes. Throws a UserError that says
 * nothing was written.
 */
export function assertSafe(plan: Plan, limits: SafetyLimits): void {
  if (limits.planHash !== undefined && limits.planHash !== plan.hash) {
    throw new UserError(
      `the plan changed since it was approved: --plan-hash ${limits.planHash} was given, the plan is now ${plan.hash}. Nothing was written; run okta-drift plan and review it again.`,
    );
  }
  const deletes = plan.changes.filter((c) => c.action === "delete");
  if (deletes.length > 0 && !limits.prune) {
    throw new UserError(
      `the plan deletes ${deletes.length} claim(s) (${deletes.map((c) => (c.resource === "claim" ? c.claimName : "")).join(", ")}); pass --prune to allow deletes. Nothing was written.`,
    );
  }
  if (plan.changes.length > limits.maxChanges) {
    throw new UserError(
      `the plan changes ${plan.changes.length} resources, more than --max-changes ${limits.maxChanges}. Nothing was written; raise the limit if this is intended.`,
    );
  }
}
