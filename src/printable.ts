/**
 * Text from Okta or a spec, made safe to print on a terminal, in the Actions log and in
 * reports: control characters (C0, DEL, C1), line and paragraph separators and bidirectional
 * controls become visible `\u{…}` escapes. So no value can move the cursor, recolor a
 * terminal, start a line of its own (an Actions workflow command such as `::add-mask::`) or
 * reorder what a reader sees.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
