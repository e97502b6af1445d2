import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/el/ast.ts
var PRECEDENCE = {
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
  "%": 6
};
function propertyPath(expr) {
  if (expr.kind === "identifier") return [expr.name];
  if (expr.kind === "member") {
    const head = propertyPath(expr.object);
    return head ? [...head, expr.property] : void 0;
  }
  return void 0;
}
function calleeName(call) {
  return propertyPath(call.callee)?.join(".");
}
function walk(expr, visit) {
  visit(expr);
  for (const child of children(expr)) walk(child, visit);
}
function appProfileKeys(expr) {
  const keys = /* @__PURE__ */ new Set();
  let any = false;
  const visit = (node) => {
    const path = propertyPath(node);
    if (path?.[0] === "app") {
      if (path[1] === "profile" && path.length >= 3) keys.add(path[2]);
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
function children(expr) {
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
function transform(expr, fn) {
  const t = (e) => transform(e, fn);
  let next;
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

export {
  PRECEDENCE,
  propertyPath,
  calleeName,
  walk,
  appProfileKeys,
  children,
  transform
};
