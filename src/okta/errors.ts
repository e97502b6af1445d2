import { UserError } from "../errors.js";
import { printable } from "../printable.js";

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

  readonly errorCode: string | undefined;
  readonly errorSummary: string;
  readonly errorCauses: OktaErrorCause[];
  readonly requestId: string | undefined;

  /** Okta's words are kept printable (see printable.ts): they reach terminals and the Actions log. */
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    errorCode: string | undefined,
    errorSummary: string,
    errorCauses: OktaErrorCause[] = [],
    requestId: string | undefined = undefined,
  ) {
    const causes = errorCauses.map((c) => printable(String(c?.errorSummary ?? ""))).filter(Boolean);
    const code = errorCode === undefined ? undefined : printable(String(errorCode));
    const id = requestId === undefined ? undefined : printable(String(requestId));
    const summary = printable(String(errorSummary));
    super(
      [
        `${method} ${path}: ${status === undefined ? "" : `${status} `}${code ? `${code} ` : ""}${summary}`,
        ...causes.map((c) => `  cause: ${c}`),
        ...(id ? [`  X-Okta-Request-Id: ${id}`] : []),
      ].join("\n"),
    );
    this.errorCode = code;
    this.errorSummary = summary;
    this.errorCauses = causes.map((c) => ({ errorSummary: c }));
    this.requestId = id;
  }

  /** True when the write may have happened although no answer came back. */
  get outcomeUnknown(): boolean {
    return this.status === undefined;
  }
}
