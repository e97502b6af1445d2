import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { type Answer, AnsweringProxy, Elsewhere } from "../helpers/answering-proxy.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";
import { reliabilitySection } from "./table.js";

/**
 * Credentials stay home: no redirect is followed with the Authorization header, nor a
 * next-page link to another origin; an org URL that would send them elsewhere (a user and
 * password, a query, a fragment, plain http off this machine) is refused before any request;
 * Okta's error text is printed with its control characters escaped.
 */
const SPEC = join(EXAMPLES, "okta-drift.yml");
let emulator: Emulator | undefined;
let proxy: AnsweringProxy | undefined;
let elsewhere: Elsewhere | undefined;
afterEach(async () => {
  await proxy?.close();
  await elsewhere?.close();
  await emulator?.close();
  proxy = elsewhere = emulator = undefined;
});

async function behindProxy(path: RegExp, answer: (elsewhere: string) => Answer, method?: string) {
  emulator = await startExampleTenant();
  elsewhere = await new Elsewhere().start();
  proxy = await new AnsweringProxy(emulator.url, [
    { ...(method ? { method } : {}), path, answer: answer(elsewhere.url) },
  ]).start();
  return proxy.url;
}

const table = reliabilitySection("credentials", "Credentials stay home", 4);

describe("credentials stay home", () => {
  it("redirects on the admin API and the OAuth endpoints are never followed", async () => {
    const cases: [string, RegExp, string | undefined, string[]][] = [
      ["plan: the apps read", /^\/api\/v1\/apps$/, undefined, ["plan", "--spec", SPEC]],
      ["apply: the app's PUT", /^\/api\/v1\/apps\/[^/]+$/, "PUT", ["apply", "--spec", SPEC]],
      ["smoke: the token endpoint", /\/v1\/token$/, "POST", ["smoke", "--spec", SPEC]],
    ];
    for (const [what, path, method, args] of cases) {
      for (const status of [302, 307, 308]) {
        const url = await behindProxy(
          path,
          (to) => ({ status, headers: { location: `${to}/steal` } }),
          method,
        );
        const run = await cli([...args, "--org-url", url], {
          OKTA_API_TOKEN: API_TOKEN,
          SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
          SMOKE_USERNAME: "west.user@example.com",
          SMOKE_PASSWORD: "Demo-Passw0rd!",
        });
        expect(run.code, `${what} ${status}`).toBe(1);
        expect(run.stdout + run.stderr, what).toMatch(/does not follow redirects with credentials/);
        expect(elsewhere!.seen, what).toEqual([]);
        await proxy!.close();
        await elsewhere!.close();
        await emulator!.close();
        proxy = elsewhere = emulator = undefined;
      }
    }
    table.held({
      tried:
        "302, 307 and 308 to another host on a read of the admin API, on apply's PUT and on the token endpoint",
      held: "never followed: exit 1 saying so; the other host received nothing",
      figures: `${cases.length * 3} redirects`,
    });
  });

  it("a next-page link to another origin is refused, not followed", async () => {
    const url = await behindProxy(/^\/api\/v1\/apps$/, (to) => ({
      status: 200,
      headers: { link: `<${to}/api/v1/apps?after=x>; rel="next"`, "content-type": "application/json" },
      body: "[]",
    }));
    const run = await cli(["plan", "--spec", SPEC, "--org-url", url], { OKTA_API_TOKEN: API_TOKEN });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /next-page link to another origin \(http:\/\/127\.0\.0\.2:\d+\); refusing to follow it/,
    );
    expect(elsewhere!.seen).toEqual([]);
    table.held({
      tried: "a Link rel=next to another origin",
      held: "refused with the origin named; the other host received nothing",
    });
  });

  it("org URLs that would send credentials elsewhere are refused before any request", async () => {
    const urls = [
      "https://user:pass@example.okta.com",
      "https://example.okta.com/?next=https://evil.example.com",
      "https://example.okta.com/#frag",
      "http://example.okta.com",
      "https://example.okta.com/oauth2/default",
      "https://acme-admin.okta.com",
    ];
    for (const url of urls) {
      const run = await cli(["plan", "--spec", SPEC, "--org-url", url], { OKTA_API_TOKEN: API_TOKEN });
      expect(run.code, url).toBe(1);
      expect(run.stderr, url).toMatch(/org URL|admin console/);
      // The password of a URL is never echoed back.
      expect(run.stderr).not.toContain("pass@");
    }
    table.held({
      tried:
        "org URLs with a user and password, a query, a fragment, a path, plain http off this machine, the admin console's host",
      held: "each refused before any request, the URL's password never echoed",
      figures: `${urls.length} URLs`,
    });
  });

  it("Okta's error text is printed with its control characters escaped", async () => {
    const hostile = "bad\u001b[2J\u001b]0;owned\u0007\r\n::add-mask::x \u202eevil";
    const url = await behindProxy(/^\/api\/v1\/apps$/, () => ({
      status: 403,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        errorCode: "E0000001",
        errorSummary: hostile,
        errorCauses: [{ errorSummary: hostile }],
      }),
    }));
    const run = await cli(["plan", "--spec", SPEC, "--org-url", url], { OKTA_API_TOKEN: API_TOKEN });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{d}\\u{a}::add-mask::x \\u{202e}evil");
    expect(run.stderr.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
    table.held({
      tried:
        "an Okta error whose summary and cause carry ANSI and OSC escapes, CR/LF, a workflow command and a bidi override",
      held: "printed with each control character as a visible \\u{…} escape; no line of the output starts a workflow command",
    });
  });
});
