import type { Expr } from "./ast.js";
import { parse } from "./parse.js";
import { print } from "./print.js";

export type { Expr } from "./ast.js";
export { ElSyntaxError } from "./lex.js";
export { parse } from "./parse.js";
export { print } from "./print.js";

/** The tree of an expression Okta holds, or undefined when it does not parse. */
export function tryParse(source: string): Expr | undefined {
  try {
    return parse(source);
  } catch {
    return undefined;
  }
}

/** The canonical spelling of an expression's source, or undefined when it does not parse. */
export function canonical(source: string): string | undefined {
  const expr = tryParse(source);
  return expr && print(expr);
}

/**
 * Whether Okta evaluates two expressions the same way: equal after parsing, so whitespace,
 * quote style and redundant parentheses do not count. Source that does not parse is compared
 * as trimmed text, since Okta stores it and only fails when a token is minted. The second may
 * be a tree already parsed (the spec's).
 */
export function sameExpression(a: string, b: string | Expr): boolean {
  const left = canonical(a);
  const right = typeof b === "string" ? canonical(b) : print(b);
  if (left === undefined || right === undefined)
    return a.trim() === (typeof b === "string" ? b : print(b)).trim();
  return left === right;
}
