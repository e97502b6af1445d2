import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/**
 * How both Okta clients (admin API, OAuth) read an answer: never more than a bound, however
 * it is compressed, and a redirect described in one sentence. Each client turns these into its
 * own error type.
 */

/** Far beyond any page Okta sends (200 apps are well under 1 MB); decoded bytes count. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** Got's options for a capped read: we decompress, so the decoded size is bounded too. */
export const CAPPED_READ = {
  responseType: "buffer",
  decompress: false,
  followRedirect: false,
} as const;
export const ACCEPT_ENCODING = "gzip, deflate, br";

export class AnswerTooLarge extends Error {
  override message =
    `Okta's answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB, far beyond any real page; stopped reading it`;
}

export class AnswerUndecodable extends Error {}

/** Aborts the request once more than MAX_ANSWER_BYTES arrive; returns whether it did. */
export function capDownload(
  pending: {
    on(event: "downloadProgress", listener: (p: { transferred: number; total?: number }) => void): unknown;
  },
  abort: AbortController,
): () => boolean {
  let cut = false;
  pending.on("downloadProgress", ({ transferred, total }) => {
    if (transferred > MAX_ANSWER_BYTES || (total ?? 0) > MAX_ANSWER_BYTES) {
      cut = true;
      abort.abort();
    }
  });
  return () => cut;
}

/** The body as text, decompressed as its Content-Encoding says, never past MAX_ANSWER_BYTES. */
export function decodeBody(raw: Uint8Array, encoding: string | undefined): string {
  const options = { maxOutputLength: MAX_ANSWER_BYTES };
  let bytes: Uint8Array;
  try {
    switch (encoding?.trim().toLowerCase()) {
      case "gzip":
      case "x-gzip":
        bytes = gunzipSync(raw, options);
        break;
      case "deflate":
        bytes = inflateSync(raw, options);
        break;
      case "br":
        bytes = brotliDecompressSync(raw, options);
        break;
      default:
        bytes = raw;
    }
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new AnswerTooLarge();
    throw new AnswerUndecodable(`Okta's answer does not decompress (${encoding})`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** What a redirect is, and what to check: credentials never follow one. */
export function redirectSummary(location: string | undefined, base: URL): string {
  const target =
    location !== undefined && URL.canParse(location, base.href) ? new URL(location, base).host : undefined;
  return `Okta answered with a redirect${target ? ` to ${target}` : ""}; okta-drift does not follow redirects with credentials. Check the org URL: the org's own https://…okta.com or custom domain, not the admin host or a login page`;
}
