import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planCommand
} from "./chunk-MWLEHYLR.js";
import "./chunk-7PITNFYO.js";
import "./chunk-FIOG37SW.js";
import {
  loadTenantYaml,
  startEmulator
} from "./chunk-NP5RSZ6G.js";
import "./chunk-JMQYM5OC.js";
import "./chunk-3KJXKWL7.js";
import "./chunk-AE64PL6H.js";
import "./chunk-GVBA5SDU.js";
import "./chunk-OCDX2CVE.js";
import "./chunk-YI5LMORW.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-5JF7ROVM.js";
import "./chunk-EGRNYFG2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-RQZC4SAM.js";
import "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-6ZC5OVBB.js";
import "./chunk-TB6QAKHI.js";

// src/cli/demo.ts
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
async function examplesDir() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "..", "examples"), join(here, "..", "..", "examples")]) {
    if (await readFile(join(candidate, "tenant.yml")).then(
      () => true,
      () => false
    ))
      return candidate;
  }
  throw new Error("examples/tenant.yml not found beside okta-drift");
}
var demoCommand = {
  help: `Usage: okta-drift demo [--format text|markdown|json|sarif]

Starts the embedded Okta tenant of examples/tenant.yml on a free loopback port, runs
okta-drift plan with examples/okta-drift.yml against it, prints the report and stops. The
example spec drifts from the tenant in an allowlist, a claim's expression and a claim's scopes;
a claim spelled with other quotes is not drift. Exits 0 when the demo ran.`,
  options: { format: { type: "string" } },
  async run(values, io) {
    const examples = await examplesDir();
    const { store, apiToken } = loadTenantYaml(await readFile(join(examples, "tenant.yml"), "utf8"));
    const emulator = await startEmulator({ store, apiToken });
    try {
      const spec = relative(process.cwd(), join(examples, "okta-drift.yml"));
      io.stderr.write(`okta-drift demo: embedded Okta tenant at ${emulator.url}; planning ${spec}

`);
      const code = await planCommand.run(
        { spec, "org-url": emulator.url, format: values.format ?? "text" },
        { ...io, env: { ...io.env, OKTA_API_TOKEN: apiToken } }
      );
      io.stderr.write(
        code === EXIT.drift ? "\nThat is drift (plan exits 2 for it). To explore: node dist/cli.js emulator --tenant examples/tenant.yml, then\n  OKTA_API_TOKEN=demo-api-token node dist/cli.js plan --spec examples/okta-drift.yml --org-url <the URL it prints>\n(in a checkout, okta-drift is node dist/cli.js; installed, it is on PATH)\n" : "\n"
      );
      return code === EXIT.error ? EXIT.error : EXIT.ok;
    } finally {
      await emulator.close();
    }
  }
};
export {
  demoCommand
};
