import { UserError } from "../errors.js";

/** One cause in Okta's error object. */
export interface OktaErrorCause {
  errorSummary: string;
}

/**
 * A request Okta answered with an error, or that never got an answer. Carries what helps
 * the user and Okta support (errorCode, errorSummary, causes, X-Okta-Request-Id), never the
 * request's headers.
 */
export class OktaApiError extends UserError {
  override name = "OktaApiError";

  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly errorCode: string | undefined,
    readonly errorSummary: string,
    readonly errorCauses: OktaErrorCause[] = [],
    readonly requestId: string | undefined = undefined,
  ) {
    const causes = errorCauses.map((c) => c.errorSummary).filter(Boolean);
    super(
      [
        `${method} ${path}: ${status === undefined ? "" : `${status} `}${errorCode ? `${errorCode} ` : ""}${errorSummary}`,
        ...causes.map((c) => `  cause: ${c}`),
        ...(requestId ? [`  X-Okta-Request-Id: ${requestId}`] : []),
      ].join("\n"),
    );
  }

  /** True when the write may have happened although no answer came back. */
  get outcomeUnknown(): boolean {
    return this.status === undefined;
  }
}
