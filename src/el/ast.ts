/**
 * The Okta Expression Language as an abstract syntax tree.
 *
 * Okta EL is Spring Expression Language (SpEL) with Okta's variables (`user`, `app`, `appuser`,
 * `access`) and functions. The tree keeps only what changes meaning: quote style, whitespace
 * and redundant parentheses are gone, so two expressions that Okta evaluates the same way have
 * equal trees.
 */
export type Expr =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "array"; items: Expr[] }
  | { kind: "map"; entries: { key: Expr; value: Expr }[] }
  | { kind: "identifier"; name: string }
  | { kind: "member"; object: Expr; property: string }
  | { kind: "index"; object: Expr; index: Expr }
  | { kind: "projection"; object: Expr; body: Expr }
  | { kind: "call"; callee: Expr; args: Expr[] }
  | { kind: "unary"; op: UnaryOp; operand: Expr }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { kind: "conditional"; test: Expr; consequent: Expr; alternate: Expr }
  | { kind: "elvis"; left: Expr; right: Expr };

export type UnaryOp = "!" | "-";
export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%";

/** Binding strength of binary operators; higher binds tighter. */
export const PRECEDENCE: Record<BinaryOp, number> = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "%": 6,
};

/** `a.b.c` as ["a","b","c"], or undefined when the expression is not a plain property path. */
export function propertyPath(expr: Expr): string[] | undefined {
  if (expr.kind === "identifier") return [expr.name];
  if (expr.kind === "member") {
    const head = propertyPath(expr.object);
    return head ? [...head, expr.property] : undefined;
  }
  return undefined;
}

/** The dotted name of a call's callee (`getFilteredGroups`, `Groups.startsWith`), if it has one. */
export function calleeName(call: Extract<Expr, { kind: "call" }>): string | undefined {
  return propertyPath(call.callee)?.join(".");
}

/** Visits every node, parents before children. */
export function walk(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  for (const child of children(expr)) walk(child, visit);
}

/**
 * The app profile keys an expression reads (`app.profile.key`, `app.profile["key"]`), or "any"
 * when it reads the profile in a way that names no key (`app.profile[x]`, `app` passed whole).
 */
export function appProfileKeys(expr: Expr): Set<string> | "any" {
  const keys = new Set<string>();
  let any = false;
  const visit = (node: Expr): void => {
    const path = propertyPath(node);
    if (path?.[0] === "app") {
      if (path[1] === "profile" && path.length >= 3) keys.add(path[2]!);
      else if (path.length === 1 || path[1] === "profile") any = true;
      return;
    }
    if (node.kind === "index") {
      const object = propertyPath(node.object);
      if (object?.length === 2 && object[0] === "app" && object[1] === "profile") {
        if (node.index.kind === "string") keys.add(node.index.value);
        else any = true;
        visit(node.index);
        return;
      }
    }
    for (const child of children(node)) visit(child);
  };
  visit(expr);
  return any ? "any" : keys;
}

/** A node's direct children, in source order. */
export function children(expr: Expr): Expr[] {
  switch (expr.kind) {
    case "array":
      return expr.items;
    case "map":
      return expr.entries.flatMap((e) => [e.key, e.value]);
    case "member":
      return [expr.object];
    case "index":
      return [expr.object, expr.index];
    case "projection":
      return [expr.object, expr.body];
    case "call":
      return [expr.callee, ...expr.args];
    case "unary":
      return [expr.operand];
    case "binary":
      return [expr.left, expr.right];
    case "conditional":
      return [expr.test, expr.consequent, expr.alternate];
    case "elvis":
      return [expr.left, expr.right];
    default:
      return [];
  }
}

/** Rebuilds the tree bottom-up, letting `fn` replace any node. */
export function transform(expr: Expr, fn: (node: Expr) => Expr): Expr {
  const t = (e: Expr) => transform(e, fn);
  let next: Expr;
  switch (expr.kind) {
    case "array":
      next = { ...expr, items: expr.items.map(t) };
      break;
    case "map":
      next = { ...expr, entries: expr.entries.map((e) => ({ key: t(e.key), value: t(e.value) })) };
      break;
    case "member":
      next = { ...expr, object: t(expr.object) };
      break;
    case "index":
      next = { ...expr, object: t(expr.object), index: t(expr.index) };
      break;
    case "projection":
      next = { ...expr, object: t(expr.object), body: t(expr.body) };
      break;
    case "call":
      next = { ...expr, callee: t(expr.callee), args: expr.args.map(t) };
      break;
    case "unary":
      next = { ...expr, operand: t(expr.operand) };
      break;
    case "binary":
      next = { ...expr, left: t(expr.left), right: t(expr.right) };
      break;
    case "conditional":
      next = { ...expr, test: t(expr.test), consequent: t(expr.consequent), alternate: t(expr.alternate) };
      break;
    case "elvis":
      next = { ...expr, left: t(expr.left), right: t(expr.right) };
      break;
    default:
      next = expr;
  }
  return fn(next);
}
