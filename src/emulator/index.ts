/**
 * The embedded Okta tenant: a local HTTP server speaking the part of Okta's admin and OAuth
 * APIs that okta-drift uses, for the demo and the integration tests. The engine never
 * imports this folder; only the CLI shell and the tests do.
 */

export { selfSignedCertificate, type TlsIdentity } from "./certificate.js";
export type { FaultRule } from "./faults.js";
export { DEFAULT_RATE_LIMITS, type EndpointFamily, type RateLimitOptions } from "./rate-limits.js";
export { type Emulator, type EmulatorOptions, type RequestRecord, startEmulator } from "./server.js";
export { TenantStore } from "./store.js";
export { buildTenant, loadTenantYaml, type TenantFile } from "./tenant-file.js";
