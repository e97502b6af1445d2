import type { App } from "./okta.js";
import type { AppProfileChange, ClaimChange, DesiredClaim, Plan } from "./plan.js";

/** How a write goes on the wire, for people to read (reports, logs); the gateway says which. */
export interface WriteRequest {
  method: "PUT" | "POST" | "DELETE";
  path: string;
}

/**
 * One request apply sends, and the plan changes it carries out. Apps are written whole (Okta's
 * app update is a full replace), so every profile change of one app is one write.
 */
export type Write = WriteRequest &
  (
    | {
        kind: "app";
        appId: string;
        /** The app as the plan read it; the writer reads it again just before replacing it. */
        app: App;
        profile: Record<string, string[]>;
        changes: AppProfileChange[];
      }
    | { kind: "claim-create"; serverId: string; desired: DesiredClaim; changes: ClaimChange[] }
    | {
        kind: "claim-replace";
        serverId: string;
        claimId: string;
        desired: DesiredClaim;
        changes: ClaimChange[];
      }
    | { kind: "claim-delete"; serverId: string; claimId: string; changes: ClaimChange[] }
  );

/** What a failed write reports: Okta's words and request id, never the request's headers. */
export interface WriteError {
  message: string;
  status: number | undefined;
  errorCode: string | undefined;
  errorSummary: string;
  errorCauses: { errorSummary: string }[];
  requestId: string | undefined;
}

/** A request a dry run shows instead of sending: the body as it would go, secrets masked. */
export interface ShownRequest {
  write: Write;
  body: unknown;
}

export interface ApplyOutcome {
  plan: Plan;
  /** Every write the plan needs, in order. */
  writes: Write[];
  /** Writes carried out: sent to Okta, or in a dry run only shown (see `shown`). */
  applied: Write[];
  /** Writes Okta refused or that got no answer; writes already under way when the first failed may fail too. */
  failed: { write: Write; error: WriteError }[];
  notAttempted: Write[];
  /** Present for a dry run: what would have been sent. Nothing was written. */
  shown?: ShownRequest[];
}
