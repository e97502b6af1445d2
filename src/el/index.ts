import { parse } from "./parse.js";
import { print } from "./print.js";

export type { Expr } from "./ast.js";
export { ElSyntaxError } from "./lex.js";
export { parse } from "./parse.js";
export { print } from "./print.js";

/** The canonical spelling of an expression's source, or undefined when it does not parse. */
export function canonical(source: string): string | undefined {
  if (spellings.has(source)) return spellings.get(source);
  let spelling: string | undefined;
  try {
    spelling = print(parse(source));
  } catch {
    spelling = undefined;
  }
  // A tenant repeats the same few expressions on every server: remember them, within bounds.
  if (spellings.size >= MAX_REMEMBERED) spellings.clear();
  spellings.set(source, spelling);
  return spelling;
}

const MAX_REMEMBERED = 10_000;
const spellings = new Map<string, string | undefined>();

/**
 * Whether Okta evaluates two expressions the same way: equal after parsing, so whitespace,
 * quote style and redundant parentheses do not count. Source that does not parse is compared
 * as trimmed text, since Okta stores it and only fails when a token is minted.
 */
export function sameExpression(a: string, b: string): boolean {
  const left = canonical(a);
  const right = canonical(b);
  if (left === undefined || right === undefined) return a.trim() === b.trim();
  return left === right;
}
