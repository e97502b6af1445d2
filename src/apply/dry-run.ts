import type { ShownRequest, Write } from "../model/apply.js";
import { replaceAppBody } from "../okta/admin.js";
import type { Writer } from "./apply.js";
import { withProfile } from "./writes.js";

/** The writer of `--dry-run`: each request with its body (secrets masked), nothing sent. */
export class DryRunWriter implements Writer {
  readonly shown: ShownRequest[] = [];

  async write(write: Write): Promise<void> {
    this.shown.push({ write, body: maskSecrets(requestBody(write)) });
  }
}

/** The body as the gateway would send it, from what the plan read (a real apply re-reads the app). */
function requestBody(write: Write): unknown {
  switch (write.kind) {
    case "app":
      return replaceAppBody(withProfile(write.app, write.profile));
    case "claim-create":
    case "claim-replace":
      return write.desired;
    case "claim-delete":
      return undefined;
  }
}

/** A request's body for the eyes of a person: secrets masked, whatever their key. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      /secret|password|private_?key|token/i.test(key) && typeof v === "string" ? "***" : maskSecrets(v),
    ]),
  );
}
