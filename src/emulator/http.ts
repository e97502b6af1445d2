import type { IncomingMessage } from "node:http";
import { randomToken } from "./store.js";

/** Okta's error object on /api/v1 (see the wire reference §1.4). */
export class OktaHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly errorSummary: string,
    readonly errorCauses: string[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(errorSummary);
  }

  body() {
    return {
      errorCode: this.errorCode,
      errorSummary: this.errorSummary,
      errorLink: this.errorCode,
      errorId: `oae${randomToken(16).replace(/[-_]/g, "x").slice(0, 22)}`,
      errorCauses: this.errorCauses.map((errorSummary) => ({ errorSummary })),
    };
  }
}

/** RFC 6749 error on the OAuth endpoints: `{error, error_description}`. */
export class OAuthHttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

export const notFound = (id: string, type: string) =>
  new OktaHttpError(404, "E0000007", `Not found: Resource not found: ${id} (${type})`);

export const validationFailed = (field: string, causes: string[]) =>
  new OktaHttpError(400, "E0000001", `Api validation failed: ${field}`, causes);

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string | string[]>;
}

export const json = (status: number, body: unknown, headers?: Record<string, string | string[]>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new OktaHttpError(413, "E0000003", "The request body was not well-formed.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseJsonBody(text: string): Record<string, unknown> {
  if (text.trim() === "") return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    return value as Record<string, unknown>;
  } catch {
    throw new OktaHttpError(400, "E0000003", "The request body was not well-formed.");
  }
}

/** A `Link` header list for cursor pagination, as Okta sends it (self, then next when there is more). */
export function linkHeaders(url: URL, nextAfter: string | undefined): string[] {
  const self = new URL(url);
  const links = [`<${self.toString()}>; rel="self"`];
  if (nextAfter !== undefined) {
    const next = new URL(url);
    next.searchParams.set("after", nextAfter);
    links.push(`<${next.toString()}>; rel="next"`);
  }
  return links;
}

/**
 * Cursor pagination over an ordered list by item ID, as Okta pages users and groups. The
 * emulator's `pageLimit` caps every page, to make paging visible with few items.
 */
export function page<T extends { id: string }>(
  items: T[],
  ctx: { url: URL; pageLimit: number | undefined },
  defaultLimit: number,
  maxLimit: number,
) {
  const { url } = ctx;
  const cap = Math.min(maxLimit, ctx.pageLimit ?? maxLimit);
  const limitParam = url.searchParams.get("limit");
  const asked =
    limitParam === null ? defaultLimit : Math.max(Number.parseInt(limitParam, 10) || defaultLimit, 1);
  const limit = Math.min(asked, cap);
  const after = url.searchParams.get("after");
  const start = after === null ? 0 : items.findIndex((i) => i.id === after) + 1;
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { items: slice, links: linkHeaders(url, more ? slice.at(-1)?.id : undefined) };
}
