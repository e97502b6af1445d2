/**
 * The embedded tenant on its own thread for the benchmark, as Okta is on its own machines:
 * its CPU does not count against okta-drift's wall time. One thread serves every tenant of a
 * run, so its code is as warm as a real Okta's. Messages: start {scale | "example", drift} → {url};
 * requests → the request log since the last call; stop → {}; close.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import {
  buildTenant,
  type Emulator,
  loadTenantYaml,
  startEmulator,
  type TlsIdentity,
} from "../src/emulator/index.js";
import { type Scale, tenant } from "./scenario.js";

const { latencyMs, token, tls } = workerData as { latencyMs: number; token: string; tls?: TlsIdentity };
let emulator: Emulator | undefined;

type Message =
  | { type: "start"; scale: Scale | "example"; drift: boolean }
  | { type: "requests" | "stop" | "close" };

parentPort!.on("message", async (message: Message) => {
  if (message.type === "start") {
    // "example": the demo tenant (examples/tenant.yml), with its own API token.
    const example = message.scale === "example";
    emulator = await startEmulator({
      store: example
        ? loadTenantYaml(readFileSync("examples/tenant.yml", "utf8")).store
        : buildTenant(tenant(message.scale as Scale, message.drift)),
      apiToken: example ? "demo-api-token" : token,
      latencyMs,
      ...(tls ? { tls } : {}),
    });
    parentPort!.postMessage({ type: "started", url: emulator.url });
  } else if (message.type === "requests") {
    parentPort!.postMessage({
      type: "requests",
      requests: emulator!.requests.map((r) => ({
        family: r.family,
        status: r.status,
        method: r.method,
        path: r.path,
      })),
    });
    emulator!.requests.length = 0;
  } else if (message.type === "stop") {
    await emulator?.close();
    emulator = undefined;
    parentPort!.postMessage({ type: "stopped" });
  } else {
    await emulator?.close();
    parentPort!.close();
  }
});
