import type { GitHub, RepoRef } from "./client.js";

/** The labels a plan can put on its pull request, for branch protection and dashboards. */
export const PLAN_LABELS = {
  none: "okta-drift:no-changes",
  changes: "okta-drift:changes",
  error: "okta-drift:error",
} as const;

/** Puts exactly one of the plan labels on the pull request: this one on, the other two off. */
export async function setPlanLabel(
  github: GitHub,
  repo: RepoRef,
  issueNumber: number,
  label: keyof typeof PLAN_LABELS,
): Promise<void> {
  await github.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [PLAN_LABELS[label]] });
  for (const [key, name] of Object.entries(PLAN_LABELS)) {
    if (key === label) continue;
    await github.rest.issues
      .removeLabel({ ...repo, issue_number: issueNumber, name })
      .catch((error: unknown) => {
        // Not there: nothing to remove.
        if ((error as { status?: number }).status !== 404) throw error;
      });
  }
}
