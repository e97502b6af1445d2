/**
 * How long one `search` or `filter` may be. Okta rejects very long URLs; this keeps a batch of
 * `profile.name eq "..." or ...` terms well inside what its front end accepts.
 */
export const MAX_SEARCH_LENGTH = 3500;

/** A string in Okta's filter syntax: double-quoted, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/**
 * How long a value is in a query string as the client sends it: form encoding, as
 * URLSearchParams does it (a space is `+`; letters, digits and `*-._` stay; any other byte of
 * the UTF-8 is `%XX`). Counted, not encoded: a spec's thousands of names are measured at once.
 */
export function queryLength(value: string): number {
  let length = 0;
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    length += c < 0x80 ? ASCII_LENGTH[c]! : 3 * (c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
  }
  return length;
}

const ASCII_LENGTH = Uint8Array.from({ length: 0x80 }, (_, c) =>
  /[A-Za-z0-9*\-._ ]/.test(String.fromCharCode(c)) ? 1 : 3,
);

/** Splits terms into `or`-joined filters of at most MAX_SEARCH_LENGTH characters on the wire. */
export function searchBatches(
  items: string[],
  term: (item: string) => string,
): { items: string[]; filter: string }[] {
  const separator = " or ";
  const separatorLength = queryLength(separator);
  const batches: { items: string[]; terms: string[]; length: number }[] = [];
  for (const item of items) {
    const t = term(item);
    const length = queryLength(t);
    const current = batches.at(-1);
    if (current && current.length + separatorLength + length <= MAX_SEARCH_LENGTH) {
      current.items.push(item);
      current.terms.push(t);
      current.length += separatorLength + length;
    } else {
      batches.push({ items: [item], terms: [t], length });
    }
  }
  return batches.map((b) => ({ items: b.items, filter: b.terms.join(separator) }));
}
