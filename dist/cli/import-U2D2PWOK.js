import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OKTA_HELP,
  OKTA_OPTIONS,
  importSpec,
  oktaAdmin,
  orgTargets,
  plainTarget
} from "./chunk-FIOG37SW.js";
import "./chunk-JMQYM5OC.js";
import {
  loadSpec,
  readSpecFile
} from "./chunk-OCDX2CVE.js";
import "./chunk-YI5LMORW.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-EGRNYFG2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-RQZC4SAM.js";
import {
  SpecError,
  UserError
} from "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";

// src/cli/import.ts
import { randomBytes } from "node:crypto";
import { rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var importCommand = {
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
    ...OKTA_OPTIONS
  },
  async run(values, io) {
    const list = (name) => values[name] ?? [];
    const selection = {
      apps: list("app"),
      servers: list("auth-server"),
      all: values.all === true,
      profileKeys: list("profile-key")
    };
    if (!selection.all && selection.apps.length === 0 && selection.servers.length === 0)
      throw new UserError(
        "nothing to import: name apps with --app, servers with --auth-server, or pass --all"
      );
    const merge = typeof values.merge === "string" ? values.merge : void 0;
    const out = typeof values.out === "string" ? values.out : merge;
    const existing = merge === void 0 ? void 0 : await readSpecFile(merge);
    if (out !== void 0) await checkDestination(out, values.force === true || out === merge);
    const target = existing ? orgTargets(existing, values, io)[0] : { ...plainTarget(values, io), loaded: void 0 };
    const okta = oktaAdmin(target, io, "read");
    const result = await importSpec(okta, selection, target.loaded);
    for (const note of result.notes) io.stderr.write(`okta-drift import: ${note}
`);
    if (out === void 0) io.stdout.write(result.text);
    else await writeAtomically(out, result.text, values.force === true || out === merge);
    const where = out ?? "stdout";
    io.stderr.write(
      `okta-drift import: ${result.apps} app(s) and ${result.servers} authorization server(s) ${merge ? `added to ${merge}` : "imported"}${out && out !== merge ? ` (written to ${where})` : ""}; ${okta.stats.requests} request(s) to ${okta.orgUrl.host}, none of them a write
`
    );
    warnIfInvalid(out ?? "(stdout)", result.text, io.stderr);
    return EXIT.ok;
  }
};
async function checkDestination(file, replace) {
  const info = await stat(file).catch(() => void 0);
  if (info?.isDirectory()) throw new UserError(`cannot write ${file}: it is a directory`);
  if (info && !replace)
    throw new UserError(`${file} exists; pass --force to replace it, or --merge ${file} to add to it`);
  const folder = await stat(dirname(file)).catch(() => void 0);
  if (!folder?.isDirectory()) throw new UserError(`cannot write ${file}: its folder does not exist`);
}
async function writeAtomically(file, text, replace) {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx", mode: 420 });
    if (!replace && await stat(file).catch(() => void 0))
      throw new UserError(`${file} exists; pass --force to replace it`);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    if (error instanceof UserError) throw error;
    const code = error.code ?? error.message;
    throw new UserError(`cannot write ${file}: ${code}`);
  }
}
function warnIfInvalid(file, text, stderr) {
  try {
    loadSpec(file, text);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    stderr.write(`okta-drift import: the spec needs a fix before plan takes it:
${error.message}
`);
  }
}
export {
  importCommand
};
