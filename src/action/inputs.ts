import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { UserError } from "../errors.js";
import { parseOrgUrl } from "../okta/client.js";
import { Secret } from "../secret.js";
import {
  DEFAULTS,
  impactMaxUsersSetting,
  impactSetting,
  maxChangesSetting,
  planHashSetting,
} from "../settings.js";
import { ORG_NAME } from "../spec/schema.js";

/**
 * Everything the Action needs, read once from its inputs and the runner's environment (as
 * actions/checkout's input-helper does). Secrets are masked before anything can log them.
 */
export interface ActionSettings {
  command: "plan" | "apply" | "smoke";
  /** As written in the input, relative to the workspace: how reports and annotations name it. */
  specFile: string;
  /** The spec input: one path, or several (lines or commas), each maybe a glob. */
  specPatterns: string[];
  /** Where relative paths (spec, sarif-file) are: the checkout, GITHUB_WORKSPACE. */
  workspace: string;
  orgUrl: URL | undefined;
  /**
   * The org input, for a spec with orgs: the orgs to work on (names), or "all" (plan only).
   * Undefined: a plain spec, or a many-org spec with one org.
   */
  orgs: string[] | "all" | undefined;
  /** The org this run works on (set per org by main.ts); undefined for a plain spec. */
  org: string | undefined;
  apiToken: Secret | undefined;
  /** An OAuth service app instead of an API token. */
  serviceApp: { clientId: string; privateKey: Secret } | undefined;
  githubToken: Secret | undefined;
  comment: "on-change" | "always" | "never";
  failOnDrift: boolean;
  prune: boolean;
  planHash: string | undefined;
  /** plan-hash: from-pull-request: apply the hash the merged pull request's plan comment recorded. */
  planFromPullRequest: boolean;
  /** impact: users (with impact-max-users): list who gains and loses a group. */
  impactUsers: { maxUsers: number } | undefined;
  /** impact: groups: list the tenant's groups, for CONTAINS and REGEX filters. */
  impactGroups: boolean;
  /** Put okta-drift:no-changes / changes / error on the pull request. */
  prLabels: boolean;
  maxChanges: number;
  driftIssue: boolean;
  sarifFile: string | undefined;
  event: {
    name: string;
    repo: { owner: string; repo: string } | undefined;
    pullRequest: number | undefined;
    /** The commit a plan is of: the pull request's head, else the run's commit. */
    headSha: string | undefined;
    /** The run's commit (GITHUB_SHA): for a push, the merge commit. */
    sha: string | undefined;
    /** A pull request from a fork: no secrets, a read-only token. */
    fromFork: boolean;
    runUrl: string;
    apiUrl: string;
  };
  env: Record<string, string | undefined>;
}

/** The plan-hash input's value that means "the one recorded on the merged pull request". */
export const FROM_PULL_REQUEST = "from-pull-request";

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!allowed.includes(value as T))
    throw new UserError(`input ${name}: "${value}" is not one of ${allowed.join(", ")}`);
  return value as T;
}

function flag(name: string): boolean {
  const value = (core.getInput(name) || "false").toLowerCase();
  if (value !== "true" && value !== "false")
    throw new UserError(`input ${name}: expected true or false, not "${value}"`);
  return value === "true";
}

export function readSettings(env: Record<string, string | undefined>): ActionSettings {
  // Mask first: nothing below may print a secret, not even in an error.
  const apiToken = core.getInput("okta-api-token");
  const githubToken = core.getInput("github-token");
  const privateKey = core.getInput("okta-private-key");
  if (apiToken) core.setSecret(apiToken);
  if (privateKey)
    for (const line of privateKey.split("\n").filter((l) => l.trim().length > 8)) core.setSecret(line.trim());
  if (githubToken) core.setSecret(githubToken);
  // Per-org credentials come from the step's env (OKTA_API_TOKEN_<ORG>, ...): masked too.
  for (const [name, value] of Object.entries(env))
    if (value && /^OKTA_(API_TOKEN|PRIVATE_KEY)_[A-Z0-9_]+$/.test(name))
      for (const line of value.split("\n").filter((l) => l.trim().length > 8)) core.setSecret(line.trim());

  const command = choice("command", ["plan", "apply", "smoke"] as const, "plan");
  const rawOrg = core.getInput("okta-org-url");
  const orgs = orgsInput(core.getInput("org"));
  if (orgs === "all" && command !== "plan")
    throw new UserError(
      `input org: all is for command: plan; ${command} works on one org per step (a matrix over orgs)`,
    );
  const rawHash = core.getInput("plan-hash");
  const planFromPullRequest = rawHash === FROM_PULL_REQUEST;
  const impact = impactSetting(core.getInput("impact"), "input impact");
  const planHash = planFromPullRequest ? undefined : planHashSetting(rawHash, "input plan-hash");
  if (planFromPullRequest && command !== "apply")
    throw new UserError(`input plan-hash: ${FROM_PULL_REQUEST} is for command: apply`);
  const maxChanges = maxChangesSetting(core.getInput("max-changes"), "input max-changes");

  const payload = eventPayload(env) as {
    pull_request?: {
      number: number;
      head?: { sha?: string; repo?: { full_name?: string } };
      base?: { repo?: { full_name?: string } };
    };
  };
  const pr = payload.pull_request;
  const specPatterns = (core.getInput("spec") || DEFAULTS.specFile)
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (specPatterns.length === 0) specPatterns.push(DEFAULTS.specFile);
  const repo = env.GITHUB_REPOSITORY?.includes("/")
    ? { owner: env.GITHUB_REPOSITORY.split("/")[0]!, repo: env.GITHUB_REPOSITORY.split("/")[1]! }
    : undefined;
  return {
    command,
    specFile: specPatterns[0]!,
    specPatterns,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    orgUrl: rawOrg ? parseOrgUrl(rawOrg) : undefined,
    orgs,
    org: undefined,
    apiToken: apiToken ? new Secret(apiToken) : undefined,
    serviceApp:
      core.getInput("okta-client-id") && privateKey
        ? { clientId: core.getInput("okta-client-id"), privateKey: new Secret(privateKey) }
        : undefined,
    githubToken: githubToken ? new Secret(githubToken) : undefined,
    comment: choice("comment", ["on-change", "always", "never"] as const, "on-change"),
    failOnDrift: flag("fail-on-drift"),
    prune: flag("prune"),
    planHash,
    planFromPullRequest,
    prLabels: flag("pr-labels"),
    impactUsers: impact.users
      ? { maxUsers: impactMaxUsersSetting(core.getInput("impact-max-users"), "input impact-max-users") }
      : undefined,
    impactGroups: impact.groups,
    maxChanges,
    driftIssue: flag("drift-issue"),
    sarifFile: core.getInput("sarif-file") || undefined,
    event: {
      name: env.GITHUB_EVENT_NAME ?? "",
      repo,
      pullRequest: pr?.number,
      headSha: pr?.head?.sha ?? env.GITHUB_SHA,
      sha: env.GITHUB_SHA,
      fromFork:
        pr !== undefined &&
        pr.head?.repo?.full_name !== undefined &&
        pr.head.repo.full_name !== pr.base?.repo?.full_name,
      runUrl: `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY ?? ""}/actions/runs/${env.GITHUB_RUN_ID ?? ""}`,
      apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    },
    env,
  };
}

/** The org input: empty, "all", or org names (one per line or comma-separated). */
function orgsInput(raw: string): string[] | "all" | undefined {
  const names = raw
    .split(/[\n,]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  if (names.length === 0) return undefined;
  if (names.length === 1 && names[0] === "all") return "all";
  for (const name of names)
    if (!ORG_NAME.test(name))
      throw new UserError(`input org: "${name}" is not an org name (letters, digits, - and _)`);
  return [...new Set(names)];
}

/** The webhook payload of the event that started the run, as the runner left it on disk. */
function eventPayload(env: Record<string, string | undefined>): unknown {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
