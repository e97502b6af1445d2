/**
 * The embedded tenant on its own thread for the benchmark, as Okta is on its own machines:
 * its CPU does not count against okta-drift's wall time. Messages: start → {url}; requests
 * → the request log since the last reset; close.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildTenant, startEmulator } from "../src/emulator/index.js";
import { type Scale, tenant } from "./scenario.js";

const { scale, drift, latencyMs, token } = workerData as {
  scale: Scale;
  drift: boolean;
  latencyMs: number;
  token: string;
};
const emulator = await startEmulator({
  store: buildTenant(tenant(scale, drift)),
  apiToken: token,
  latencyMs,
});
parentPort!.postMessage({ type: "ready", url: emulator.url });
parentPort!.on("message", async (message: { type: string }) => {
  if (message.type === "requests") {
    parentPort!.postMessage({
      type: "requests",
      requests: emulator.requests.map((r) => ({ family: r.family, status: r.status, method: r.method })),
    });
    emulator.requests.length = 0;
  } else if (message.type === "close") {
    await emulator.close();
    parentPort!.close();
  }
});
