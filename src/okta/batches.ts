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
  // By UTF-16 unit (a string iterator is slow for a spec's thousands of names): a surrogate
  // pair is one 4-byte character, 12 on the wire; a lone surrogate is sent as U+FFFD, 3 bytes.
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) length += ASCII_LENGTH[c]!;
    else if (c < 0x800) length += 6;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(value.charCodeAt(i + 1))) {
      length += 12;
      i++;
    } else length += 9;
  }
  return length;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

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
