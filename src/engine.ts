import { applyPlan } from "./apply/apply.js";
import { DryRunWriter } from "./apply/dry-run.js";
import { OktaWriter } from "./apply/okta-writer.js";
import { diff } from "./diff/diff.js";
import { SpecError } from "./errors.js";
import { changedGroupFilters, limitedAllowlists, tokenImpacts } from "./impact/impact.js";
import { groupsToList, withUsers } from "./impact/users.js";
import { type ImportSelection, importTenant } from "./import/import.js";
import { lintSpec, lintTenant, overLimitFindings } from "./lint/lint.js";
import type { ApplyOutcome } from "./model/apply.js";
import type { LiveState } from "./model/live.js";
import { usersCount } from "./model/okta.js";
import { recordInKeyOrder } from "./model/order.js";
import type { Plan } from "./model/plan.js";
import type { SmokeResult } from "./model/smoke.js";
import type { AdminGateway } from "./okta/admin.js";
import { assertSafe, type SafetyLimits } from "./plan/safety.js";
import type { SmokeContext } from "./smoke/run.js";
import type { LoadedSpec } from "./spec/load.js";
import type { OrgAdditions } from "./spec/merge.js";
import { groupNamesToResolve } from "./spec/model.js";
import { readGroupMatches } from "./state/group-matches.js";
import { readMembers } from "./state/members.js";
import { nameGroups, readLiveState } from "./state/read.js";

/**
 * The engine both shells run: spec → live state → diff → plan, then apply or smoke. The
 * shells parse their input, call one of these and print what comes back.
 */
export interface PlanOptions {
  /** --impact users: list the members of the groups involved, at most `maxUsers` per group. */
  impactUsers?: { maxUsers: number };
  /** --impact groups: list the tenant's groups once, so CONTAINS and REGEX filters show their groups. */
  impactGroups?: boolean;
}

export async function plan(
  loaded: LoadedSpec,
  okta: AdminGateway,
  options: PlanOptions = {},
): Promise<{ plan: Plan; live: LiveState }> {
  const live = await readLiveState(okta, loaded);
  const { plan: found, problems } = diff(loaded, live);
  if (problems.length > 0) throw new SpecError(problems);
  // Okta's side of an allowlist may hold groups the spec never named: one batched lookup names them.
  const shown = found.changes
    .flatMap((c) => c.fields.flatMap((f) => [f.before, f.after]))
    .flatMap((v) => (Array.isArray(v) ? v.filter((id): id is string => typeof id === "string") : []));
  // A GROUPS claim whose filter changes carries the groups each filter matches. Neither
  // lookup needs the other: they share a round.
  const [named, matches] = await Promise.all([
    nameGroups(okta, live.groups, shown),
    readGroupMatches(okta, changedGroupFilters(loaded, live, found), options.impactGroups ?? false),
  ]);
  const matched = [...matches.values()].flat();
  // Sorted by ID, so a report is byte for byte the same whatever order Okta's answers came in.
  const groupNames = recordInKeyOrder<string>([
    ...live.groups.entries(),
    ...[...named, ...matched].map((g): [string, string] => [g.id, g.profile.name]),
  ]);
  const findings = [...lintSpec(loaded), ...lintTenant(loaded, live)].sort(
    (a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col,
  );
  // The groups named and matched just now came with their member counts too.
  const members = new Map(live.groupFacts.members);
  for (const group of [...named, ...matched]) {
    const count = usersCount(group);
    if (count !== undefined) members.set(group.id, count);
  }
  let impact = tokenImpacts(
    loaded,
    { ...live, groupFacts: { ...live.groupFacts, members } },
    found,
    new Map([...matches].map(([key, groups]) => [key, groups.map((g) => g.id)])),
  );
  if (options.impactUsers) {
    const allowlists = limitedAllowlists(loaded, live);
    const read = await readMembers(okta, groupsToList(impact, allowlists), options.impactUsers.maxUsers);
    const users = withUsers(impact, allowlists, read.members, read.truncated);
    impact = users.impacts;
    const appOf = (path: (string | number)[]) => loaded.spec.apps[path[1] as number];
    findings.push(...overLimitFindings(loaded, users.overLimit, (path) => [appOf(path)?.lint ?? new Map()]));
    findings.sort((a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col);
  }
  return { plan: { ...found, groupNames, findings, impact }, live };
}

export interface ApplySettings extends SafetyLimits {
  /** Show what would be sent; send nothing. */
  dryRun: boolean;
  /** Progress (a write that is checked and resent, say). */
  log?: (message: string) => void;
  /** Told the fresh plan before it is checked, so a refusal can still say which plan it was. */
  onPlan?: (plan: Plan) => void;
}

/** Re-reads Okta, plans, checks the plan is safe to apply, and carries it out (or shows it). */
export async function apply(
  loaded: LoadedSpec,
  okta: AdminGateway,
  settings: ApplySettings,
): Promise<ApplyOutcome> {
  const { plan: fresh, live } = await plan(loaded, okta);
  settings.onPlan?.(fresh);
  assertSafe(fresh, settings);
  const writer = settings.dryRun ? new DryRunWriter() : new OktaWriter(okta, settings.log);
  return applyPlan(fresh, live, writer);
}

/**
 * Runs the spec's smoke tests, or the one named. Their code (and jose, which signs and verifies
 * tokens) loads only here: a plan, apply or import never signs anything, and skips ~7 ms cold.
 */
export async function smoke(
  loaded: LoadedSpec,
  context: SmokeContext,
  only?: string,
): Promise<SmokeResult[]> {
  const { runSmokeTests } = await import("./smoke/run.js");
  return runSmokeTests(loaded, context, only);
}

export interface ImportResult {
  /** The new spec file, or the existing one with the imported parts added. */
  text: string;
  apps: number;
  servers: number;
  notes: string[];
}

/**
 * Drafts a spec of what the selection names, as Okta has it now, and writes it as a new file
 * or into an existing spec (what that spec has already is left alone). Reads only.
 */
export async function importSpec(
  okta: AdminGateway,
  selection: ImportSelection,
  existing?: LoadedSpec,
): Promise<ImportResult> {
  // In one org's view of a many-org spec, what the spec has is matched by this org's IDs or
  // by label and name; an item the org has no ID for yet gets this org's, at its own path.
  const spec = existing?.spec;
  const org = spec?.org;
  const ids: OrgAdditions["ids"] = [];
  const match = <T extends { id: string | undefined }>(
    items: T[],
    section: "apps" | "authorizationServers",
    same: (item: T) => boolean,
    id: string,
  ): boolean => {
    const index = items.findIndex(same);
    if (index < 0) return false;
    if (org !== undefined && items[index]!.id === undefined) ids.push({ path: [section, index], id });
    return true;
  };
  const { draft, notes } = await importTenant(
    okta,
    selection,
    spec && {
      has: {
        app: (app) => match(spec.apps, "apps", (a) => a.id === app.id || a.label === app.label, app.id),
        server: (server) =>
          match(
            spec.authorizationServers,
            "authorizationServers",
            (s) => s.id === server.id || s.name === server.name,
            server.id,
          ),
      },
      names: { pins: spec.groups, unpinned: new Set(groupNamesToResolve(spec).map((r) => r.name)) },
    },
  );
  if (ids.length > 0) notes.push(`${ids.length} item(s) the spec has got their ID in ${org}`);
  // Writing YAML (the yaml package's Document) is import's alone: other commands never load it.
  const text = existing
    ? (await import("./spec/merge.js")).mergeSpec(
        existing.source.text,
        draft,
        org === undefined ? undefined : { org, ids },
      )
    : (await import("./spec/write.js")).writeSpec(draft, okta.orgUrl.origin);
  return { text, apps: draft.apps.length, servers: draft.servers.length, notes };
}
