import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Emulator,
  type EmulatorOptions,
  loadTenantYaml,
  startEmulator,
} from "../../src/emulator/index.js";

export const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
export const API_TOKEN = "test-api-token-0123456789";

/** The demo tenant (examples/tenant.yml) on a free loopback port. */
export async function startExampleTenant(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const { store } = loadTenantYaml(readFileSync(join(EXAMPLES, "tenant.yml"), "utf8"));
  return startEmulator({ store, apiToken: API_TOKEN, ...options });
}

/** A small fetch wrapper for talking to the emulator as a raw HTTP client would. */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { Authorization: `SSWS ${API_TOKEN}` },
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    redirect: "manual",
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
  };
}
