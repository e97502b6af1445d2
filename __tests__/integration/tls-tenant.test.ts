import { createPrivateKey, X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, selfSignedCertificate } from "../../src/emulator/index.js";
import { runBuilt } from "../helpers/built-cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

// The bench serves its tenants over https, as Okta is served, so that a run pays for TLS.
describe("the embedded tenant over https (certificate.ts)", () => {
  const identity = selfSignedCertificate();
  let emulator: Emulator;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "okta-drift-tls-test-"));
    emulator = await startExampleTenant({ tls: identity });
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes a self-signed certificate for 127.0.0.1 and localhost, valid a day before and 30 after", () => {
    const cert = new X509Certificate(selfSignedCertificate(new Date("2026-06-01T12:00:00Z")).cert);
    expect(cert.subjectAltName).toBe("IP Address:127.0.0.1, DNS:localhost");
    expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.verify(cert.publicKey)).toBe(true); // signed by its own key
    expect(cert.ca).toBe(true);
    expect(new Date(cert.validFrom).toISOString()).toBe("2026-05-31T12:00:00.000Z");
    expect(new Date(cert.validTo).toISOString()).toBe("2026-07-01T12:00:00.000Z");
    expect(cert.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: "prime256v1" });
    expect(new X509Certificate(identity.cert).checkPrivateKey(createPrivateKey(identity.key))).toBe(true);
  });

  it("a plan over https works when its certificate is trusted (NODE_EXTRA_CA_CERTS), as the bench runs it", async () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const caFile = join(dir, "ca.pem");
    writeFileSync(caFile, identity.cert);
    const args = ["plan", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator.url];
    const trusted = await runBuilt(args, { OKTA_API_TOKEN: API_TOKEN, NODE_EXTRA_CA_CERTS: caFile });
    expect({ code: trusted.code, stderr: trusted.stderr }).toEqual({
      code: 2, // the example drifts
      stderr: expect.stringMatching(/3 change\(s\); 4 request\(s\) to 127\.0\.0\.1:\d+/),
    });

    // Not trusted: one clear error at once (asking again changes nothing), no retries.
    const untrusted = await runBuilt(args, { OKTA_API_TOKEN: API_TOKEN });
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(
      /^okta-drift plan: GET \S+: DEPTH_ZERO_SELF_SIGNED_CERT the TLS certificate of 127\.0\.0\.1:\d+ is not trusted; if a proxy between here and Okta re-signs TLS, give node its CA with NODE_EXTRA_CA_CERTS\n$/,
    );
    expect(untrusted.stderr).not.toContain(API_TOKEN);
    expect(untrusted.stdout).toBe("");
  });
});
