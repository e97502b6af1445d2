import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadTenantYaml,
  startEmulator
} from "./chunk-NP5RSZ6G.js";
import "./chunk-JMQYM5OC.js";
import "./chunk-3KJXKWL7.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-5JF7ROVM.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-RQZC4SAM.js";
import {
  UserError
} from "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-6ZC5OVBB.js";
import "./chunk-TB6QAKHI.js";

// src/cli/emulator.ts
import { readFile } from "node:fs/promises";
var emulatorCommand = {
  help: `Usage: okta-drift emulator --tenant FILE [--port N] [--api-token TOKEN] [--latency MS]

Serves the tenant described in FILE (see examples/tenant.yml) as a local Okta org: the admin
API under /api/v1 and the OAuth endpoints of each authorization server under /oauth2/{id}.
Prints "listening on http://127.0.0.1:PORT" when ready; stops on SIGINT or SIGTERM.

Options:
  --tenant FILE       the tenant file (required)
  --port N            the port (default: any free port)
  --api-token TOKEN   the SSWS token the admin API accepts (default: the tenant file's
                      org.apiToken, else the OKTA_API_TOKEN environment variable)
  --latency MS        added to every response, to model a remote Okta (default 0)`,
  options: {
    tenant: { type: "string" },
    port: { type: "string" },
    "api-token": { type: "string" },
    latency: { type: "string" }
  },
  async run(values, io) {
    if (typeof values.tenant !== "string") throw new UserError("--tenant FILE is required");
    const text = await readFile(values.tenant, "utf8").catch(() => {
      throw new UserError(`cannot read the tenant file ${values.tenant}`);
    });
    let loaded;
    try {
      loaded = loadTenantYaml(text, values.tenant);
    } catch (error) {
      throw new UserError(error.message);
    }
    const apiToken = values["api-token"] ?? loaded.apiToken ?? io.env.OKTA_API_TOKEN;
    if (!apiToken)
      throw new UserError(
        "no API token: pass --api-token, set org.apiToken in the tenant file, or set OKTA_API_TOKEN"
      );
    const port = values.port === void 0 ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port: not a port number: ${values.port}`);
    const latencyMs = values.latency === void 0 ? 0 : Number(values.latency);
    if (!Number.isFinite(latencyMs) || latencyMs < 0)
      throw new UserError(`--latency: not a number of milliseconds: ${values.latency}`);
    const emulator = await startEmulator({ store: loaded.store, apiToken, port, latencyMs });
    io.stdout.write(`listening on ${emulator.url}
`);
    await (io.stopSignal?.() ?? new Promise(() => {
    }));
    await emulator.close();
    io.stderr.write("emulator stopped\n");
    return EXIT.ok;
  }
};
export {
  emulatorCommand
};
