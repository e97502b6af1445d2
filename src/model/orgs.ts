import type { Plan } from "./plan.js";

/** What one org of a many-org run came to: its plan, or why there is none. */
export type OrgPlan =
  | { org: string; url: string; status: "planned"; plan: Plan }
  | { org: string; url: string; status: "error"; error: string };
