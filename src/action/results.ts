/** What one spec's run came to: the Action's outputs and its pull request label are made from these. */
export interface SpecResult {
  spec: string;
  status: "planned" | "applied" | "failed" | "error" | "skipped" | "smoke-passed" | "smoke-failed";
  drift?: boolean;
  changes?: number;
  planHash?: string;
  /** The plan as markdown, or for apply what it did, as text. */
  report?: string;
  /** The JSON plan's path. */
  json?: string;
  /** The org of a many-org spec this run worked on. */
  org?: string;
  /** Several orgs planned in one run: each one's figures. */
  orgs?: { org: string; status: "planned" | "error"; drift?: boolean; changes?: number; planHash?: string }[];
}
