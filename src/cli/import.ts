import { randomBytes } from "node:crypto";
import { rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { importSpec } from "../engine.js";
import { SpecError, UserError } from "../errors.js";
import { readSpecFile } from "../read-spec.js";
import { loadSpec } from "../spec/load.js";
import { type Command, EXIT } from "./io.js";
import { OKTA_HELP, OKTA_OPTIONS, oktaAdmin, orgTargets, plainTarget } from "./okta-settings.js";

export const importCommand: Command = {
  help: `Usage: okta-drift import [--app ID|LABEL]... [--auth-server ID|NAME]... [--all]
                         [--profile-key KEY]... [--out FILE [--force]] [--merge FILE [--org NAME]]

Writes a spec that manages the named apps and authorization servers exactly as Okta has them
now, so that plan of it finds no drift: allowlists with group names (a name that several
groups carry is pinned under groups:, one pin per name; a group that is gone stays as its ID,
with a comment), claims in canonical spelling. Okta's system claims are never imported.
Reads only; sends no write to Okta.

Options:
  --app ID|LABEL        an OIDC app, by ID (0oa...) or exact label; repeatable
  --auth-server ID|NAME a custom authorization server, by ID (aus..., default) or exact
                        name; repeatable
  --all                 every active OIDC app with an allowlist, and every custom
                        authorization server with a claim that is not Okta's own
  --profile-key KEY     the profile keys holding allowlists; repeatable (default: every key
                        whose value is a list of group IDs)
  --out FILE            write the spec to FILE (default: stdout); an existing FILE needs --force
  --force               replace an existing --out FILE
  --merge FILE          add what is imported to the spec FILE, in place (or to --out):
                        what FILE has already, its comments and its order are left alone
  (with --merge into a spec with orgs, --org NAME imports from that org: an app or server
  FILE has by label or name gets the org's ID under its orgs:, a new one is written by label
  or name with the org's ID under orgs:, and pins go under orgs.NAME.groups)
${OKTA_HELP}

Exit codes: 0 written, 1 error (nothing is written).`,
  options: {
    app: { type: "string", multiple: true },
    "auth-server": { type: "string", multiple: true },
    all: { type: "boolean" },
    "profile-key": { type: "string", multiple: true },
    out: { type: "string" },
    force: { type: "boolean" },
    merge: { type: "string" },
    ...OKTA_OPTIONS,
  },
  async run(values, io) {
    const list = (name: string) => (values[name] as unknown as string[] | undefined) ?? [];
    const selection = {
      apps: list("app"),
      servers: list("auth-server"),
      all: values.all === true,
      profileKeys: list("profile-key"),
    };
    if (!selection.all && selection.apps.length === 0 && selection.servers.length === 0)
      throw new UserError(
        "nothing to import: name apps with --app, servers with --auth-server, or pass --all",
      );
    const merge = typeof values.merge === "string" ? values.merge : undefined;
    const out = typeof values.out === "string" ? values.out : merge;
    // Every check of the destination comes before Okta is asked anything.
    const existing = merge === undefined ? undefined : await readSpecFile(merge);
    if (out !== undefined) await checkDestination(out, values.force === true || out === merge);

    // Into a many-org spec: one org's view, and what is new is written for that org.
    const target = existing
      ? orgTargets(existing, values, io)[0]!
      : { ...plainTarget(values, io), loaded: undefined };
    const okta = oktaAdmin(target, io, "read");
    const result = await importSpec(okta, selection, target.loaded);
    for (const note of result.notes) io.stderr.write(`okta-drift import: ${note}\n`);
    if (out === undefined) io.stdout.write(result.text);
    else await writeAtomically(out, result.text, values.force === true || out === merge);
    const where = out ?? "stdout";
    io.stderr.write(
      `okta-drift import: ${result.apps} app(s) and ${result.servers} authorization server(s) ${merge ? `added to ${merge}` : "imported"}${out && out !== merge ? ` (written to ${where})` : ""}; ${okta.stats.requests} request(s) to ${okta.orgUrl.host}, none of them a write\n`,
    );
    warnIfInvalid(out ?? "(stdout)", result.text, io.stderr);
    return EXIT.ok;
  },
};

/** Refuses an --out that cannot be written, or one that exists without --force. */
async function checkDestination(file: string, replace: boolean): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) throw new UserError(`cannot write ${file}: it is a directory`);
  if (info && !replace)
    throw new UserError(`${file} exists; pass --force to replace it, or --merge ${file} to add to it`);
  const folder = await stat(dirname(file)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new UserError(`cannot write ${file}: its folder does not exist`);
}

/**
 * Through a temporary file beside it and a rename, so a failure leaves no half-written spec;
 * without `replace`, a file that appeared meanwhile is not overwritten.
 */
async function writeAtomically(file: string, text: string, replace: boolean): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx", mode: 0o644 });
    if (!replace && (await stat(file).catch(() => undefined)))
      throw new UserError(`${file} exists; pass --force to replace it`);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`cannot write ${file}: ${code}`);
  }
}

/**
 * A claim okta-drift's checks reject is imported as Okta has it: the user hears here, at the
 * line, what `validate` will say.
 */
function warnIfInvalid(file: string, text: string, stderr: { write(text: string): unknown }): void {
  try {
    loadSpec(file, text);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    stderr.write(`okta-drift import: the spec needs a fix before plan takes it:\n${error.message}\n`);
  }
}
