import { claimDifferences } from "../diff/claims.js";
import { sameAllowlist } from "../diff/diff.js";
import type { Write } from "../model/apply.js";
import { type App, profileValue } from "../model/okta.js";
import type { AdminGateway } from "../okta/admin.js";
import { OktaApiError } from "../okta/errors.js";
import { stableStringify } from "../plan/hash.js";
import type { Writer } from "./apply.js";
import { withProfile } from "./writes.js";

/** How many times a write is tried when its outcome is unknown or Okta failed (5xx). */
const ATTEMPTS = 2;

/**
 * The writer that changes Okta. When Okta fails (5xx) or the answer is lost, the write may or
 * may not have happened: it reads the resource, and only if it is not yet as wanted, sends the
 * write again.
 */
export class OktaWriter implements Writer {
  constructor(
    private readonly okta: AdminGateway,
    private readonly log: (message: string) => void = () => {},
  ) {}

  async write(write: Write): Promise<void> {
    // What a retry of an app write starts from: the app as Okta holds it after the failure.
    let current: App | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send(write, current);
        return;
      } catch (error) {
        if (
          !(error instanceof OktaApiError) ||
          error instanceof StaleWrite ||
          !uncertain(error) ||
          attempt >= ATTEMPTS
        )
          throw error;
        this.log(
          `${write.method} ${write.path}: ${error.status ?? error.errorCode ?? "no answer"}; reading whether it happened`,
        );
        const check = await this.happened(write);
        if (check.done) return;
        current = check.app;
        this.log(`${write.method} ${write.path}: it did not; sending it again`);
      }
    }
  }

  private async send(write: Write, current: App | undefined): Promise<void> {
    switch (write.kind) {
      case "app": {
        // Okta replaces the whole app: send back what GET returns right now, not the plan's list
        // read, so nothing the list may leave out (or anyone changed since) is lost. Okta's list
        // has switches that change what an app carries (useOptimization, alwaysIncludeVpnSettings);
        // its GET is the one documented whole app.
        const app = current ?? (await this.okta.app(write.appId));
        if (current === undefined) assertNotMoved(write, app);
        await this.okta.replaceApp(withProfile(app, write.profile));
        return;
      }
      case "claim-create":
        return this.okta.createClaim(write.serverId, write.desired);
      case "claim-replace":
        return this.okta.replaceClaim(write.serverId, write.claimId, write.desired);
      case "claim-delete":
        return this.okta.deleteClaim(write.serverId, write.claimId);
    }
  }

  /** Whether Okta already holds what the write would make it hold (and, for an app, what it holds). */
  private async happened(write: Write): Promise<{ done: boolean; app?: App }> {
    switch (write.kind) {
      case "app": {
        const app = await this.okta.app(write.appId);
        const done = write.changes.every((c) =>
          sameAllowlist(profileValue(app, c.key), c.allowlist, c.ordered),
        );
        return { done, app };
      }
      case "claim-create": {
        const claims = (await this.okta.claims(write.serverId)) ?? [];
        const existing = claims.find(
          (c) => c.name === write.desired.name && c.claimType === write.desired.claimType,
        );
        if (!existing) return { done: false };
        // It was created; make sure it is as wanted (a replace is idempotent).
        const expr = write.changes[0]?.desiredExpr;
        if (claimDifferences(existing, write.desired, expr).length > 0)
          await this.okta.replaceClaim(write.serverId, existing.id, write.desired, { retry: true });
        return { done: true };
      }
      case "claim-replace": {
        const claim = await this.okta.claim(write.serverId, write.claimId);
        if (!claim) throw missing(write);
        return { done: claimDifferences(claim, write.desired, write.changes[0]?.desiredExpr).length === 0 };
      }
      case "claim-delete":
        return { done: (await this.okta.claim(write.serverId, write.claimId)) === undefined };
    }
  }
}

/**
 * Someone changed what this write manages since the plan read it: the reviewed plan no longer
 * says what the write would do, so it is not sent. (Changes to anything else are kept: the
 * write sends back the app as just read.)
 */
export class StaleWrite extends OktaApiError {
  override name = "StaleWrite";
}

/**
 * Okta has no conditional update, so this is the narrowest check there is: when the app's
 * lastUpdated moved since the plan read it, each managed key must still hold what the plan saw.
 */
function assertNotMoved(write: Extract<Write, { kind: "app" }>, app: App): void {
  if (app.lastUpdated === write.app.lastUpdated) return;
  const moved = write.changes.filter((c) => {
    const now = profileValue(app, c.key);
    return stableStringify(now ?? null) !== stableStringify(c.fields[0]?.before ?? null);
  });
  if (moved.length === 0) return;
  throw new StaleWrite(
    write.method,
    write.path,
    undefined,
    undefined,
    `the app changed in Okta since the plan read it (lastUpdated ${String(write.app.lastUpdated)} → ${String(app.lastUpdated)}; ${moved.map((c) => `profile.${c.key}`).join(", ")} no longer as planned); not written. Run okta-drift plan again and review the new plan`,
  );
}

function uncertain(error: OktaApiError): boolean {
  return error.outcomeUnknown || (error.status !== undefined && error.status >= 500);
}

/** A claim that vanished while apply was replacing it: what a GET of it would have said. */
function missing(write: Write): OktaApiError {
  return new OktaApiError("GET", write.path, 404, "E0000007", "Not found: the claim no longer exists");
}
