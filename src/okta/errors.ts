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

/** Node's and OpenSSL's codes for a certificate that is not trusted: asking again changes nothing. */
const CERTIFICATE_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_SIGNATURE_FAILURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/**
 * What to tell the user when `host`'s TLS certificate is refused (`code` is the request's
 * error code), or undefined for any other failure. Most often a proxy that re-signs TLS.
 */
export function untrustedCertificate(code: string | undefined, host: string): string | undefined {
  if (code === undefined || !CERTIFICATE_CODES.has(code)) return undefined;
  return `the TLS certificate of ${host} is not trusted; if a proxy between here and Okta re-signs TLS, give node its CA with NODE_EXTRA_CA_CERTS`;
}
