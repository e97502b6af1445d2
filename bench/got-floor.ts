/**
 * The floor under a cold plan: a process that only sends the plan's own GETs with got (as many
 * in flight as okta-drift's client, keep-alive connections, https when the tenant is) and parses
 * each answer's JSON. No spec, no checks, no diff, no report. Its wall time is what any plan built
 * on node and got waits for at least, so the bench prints it beside the product's.
 *
 * Usage: node got-floor.mjs PATHS.json (OKTA_ORG_URL and OKTA_API_TOKEN from the environment).
 */
import { readFileSync } from "node:fs";
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import got from "got";
import { DEFAULT_CONCURRENCY } from "../src/okta/client.js";

const paths = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as string[];
const http = got.extend({
  prefixUrl: process.env.OKTA_ORG_URL,
  headers: { authorization: `SSWS ${process.env.OKTA_API_TOKEN}`, accept: "application/json" },
  retry: { limit: 0 },
  agent: { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
});

let next = 0;
async function sender(): Promise<void> {
  while (next < paths.length) {
    const path = paths[next++]!;
    const { rawBody } = await http(path.replace(/^\//, ""), { responseType: "buffer" });
    JSON.parse(Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString("utf8"));
  }
}
await Promise.all(Array.from({ length: Math.min(DEFAULT_CONCURRENCY, paths.length) }, sender));
// Open keep-alive sockets would hold the process; the CLI ends the same way.
process.exit(0);
