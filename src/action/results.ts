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
}
