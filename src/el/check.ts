import { isMalformedGroupId } from "../model/ids.js";
import { calleeName, type Expr, propertyPath, walk } from "./ast.js";
import { ElSyntaxError } from "./lex.js";
import { parse } from "./parse.js";

/** A problem in an expression; `offset` is 0-based in the expression's source when known. */
export interface ElProblem {
  message: string;
  offset?: number;
}

/**
 * Okta documents the limit of `getFilteredGroups` and `Groups.*` as 1 through 100 inclusive
 * (developer docs, customize-tokens-static). The 2017 seed says "less than 100"; the
 * 2023.01.1 release note (OKTA-565041) shows 101 failing and nothing showing 100 failing, so
 * 100 is allowed.
 */
export const MIN_GROUP_LIMIT = 1;
export const MAX_GROUP_LIMIT = 100;

const GROUP_FUNCTIONS_WITH_LIMIT = new Set(["Groups.startsWith", "Groups.contains", "Groups.endsWith"]);

/**
 * Checks a claim's expression as Okta will evaluate it when a token is minted (Okta does not
 * check it when the claim is saved). Returns the parsed tree when it parses.
 */
export function checkExpression(source: string): { expr?: Expr; problems: ElProblem[] } {
  let expr: Expr;
  try {
    expr = parse(source);
  } catch (error) {
    if (error instanceof ElSyntaxError)
      return { problems: [{ message: error.message, offset: error.offset }] };
    throw error;
  }
  const problems: ElProblem[] = [];
  if (expr.kind === "string" && looksLikeQuotedExpression(expr.value)) {
    problems.push({
      message:
        "the whole value is a quoted string, so Okta would put this text itself in the token; remove the outer quotes",
    });
  }
  walk(expr, (node) => {
    if (node.kind !== "call") return;
    const name = calleeName(node);
    if (name === "getFilteredGroups") problems.push(...checkGetFilteredGroups(node.args));
    else if (name && GROUP_FUNCTIONS_WITH_LIMIT.has(name))
      problems.push(...checkGroupsFunction(name, node.args));
  });
  return { expr, problems };
}

function looksLikeQuotedExpression(text: string): boolean {
  try {
    const inner = parse(text);
    let hasCall = false;
    walk(inner, (n) => {
      if (n.kind === "call") hasCall = true;
    });
    return hasCall;
  } catch {
    return false;
  }
}

function checkGetFilteredGroups(args: Expr[]): ElProblem[] {
  if (args.length !== 3) {
    return [
      {
        message: `getFilteredGroups takes 3 arguments (allowlist, group expression, limit), got ${args.length}`,
      },
    ];
  }
  const [allowlist, groupExpression, limit] = args as [Expr, Expr, Expr];
  return [
    ...checkAllowlistArgument(allowlist),
    ...checkGroupExpression(groupExpression),
    ...checkLimit("getFilteredGroups", limit),
  ];
}

function checkAllowlistArgument(arg: Expr): ElProblem[] {
  if (arg.kind === "array") {
    if (arg.items.length === 0) return [{ message: "getFilteredGroups: the allowlist is empty" }];
    const problems: ElProblem[] = [];
    for (const item of arg.items) {
      if (item.kind !== "string")
        problems.push({
          message: "getFilteredGroups: allowlist entries must be strings (group IDs or names)",
        });
      else if (isMalformedGroupId(item.value))
        problems.push({
          message: `getFilteredGroups: malformed group ID "${item.value}" (00g + 17 characters)`,
        });
    }
    return problems;
  }
  const path = propertyPath(arg);
  if (path && path.length >= 3 && (path[0] === "app" || path[0] === "user") && path[1] === "profile")
    return [];
  if (arg.kind === "string") {
    return [
      {
        message:
          'getFilteredGroups: the allowlist is a string; write a list such as {"00g..."} or a profile path such as app.profile.groupallowlist',
      },
    ];
  }
  if (path)
    return [
      {
        message: `getFilteredGroups: the allowlist ${path.join(".")} is not a profile property (app.profile.<name>)`,
      },
    ];
  // Any other expression (a ternary, a function) is Okta's to evaluate.
  return [];
}

function checkGroupExpression(arg: Expr): ElProblem[] {
  const path = propertyPath(arg);
  if (path?.[0] === "group") {
    return [
      {
        message: `getFilteredGroups: the group expression must be a quoted string, "${path.join(".")}", not the bare path ${path.join(".")}`,
      },
    ];
  }
  if (arg.kind !== "string") return [];
  let inner: Expr;
  try {
    inner = parse(arg.value);
  } catch (error) {
    const detail = error instanceof ElSyntaxError ? `: ${error.message}` : "";
    return [{ message: `getFilteredGroups: the group expression "${arg.value}" does not parse${detail}` }];
  }
  let usesGroup = false;
  walk(inner, (n) => {
    if (n.kind === "identifier" && n.name === "group") usesGroup = true;
  });
  return usesGroup
    ? []
    : [
        {
          message: `getFilteredGroups: the group expression "${arg.value}" does not use group (e.g. "group.name")`,
        },
      ];
}

function checkGroupsFunction(name: string, args: Expr[]): ElProblem[] {
  if (args.length !== 3)
    return [{ message: `${name} takes 3 arguments (app, pattern, limit), got ${args.length}` }];
  return checkLimit(name, args[2]!);
}

function checkLimit(fn: string, arg: Expr): ElProblem[] {
  // A computed limit (e.g. a ternary over app.profile.maxLimit) is evaluated by Okta at mint time.
  if (arg.kind !== "number")
    return arg.kind === "string" || arg.kind === "boolean"
      ? [{ message: `${fn}: the limit must be a number` }]
      : [];
  if (!Number.isInteger(arg.value) || arg.value < MIN_GROUP_LIMIT || arg.value > MAX_GROUP_LIMIT) {
    return [
      {
        message: `${fn}: the limit ${arg.value} is outside Okta's range ${MIN_GROUP_LIMIT} to ${MAX_GROUP_LIMIT}`,
      },
    ];
  }
  return [];
}

/** Group IDs or names written in literal allowlists of `getFilteredGroups` calls. */
export function literalAllowlistEntries(expr: Expr): string[] {
  const entries: string[] = [];
  walk(expr, (node) => {
    if (node.kind !== "call" || calleeName(node) !== "getFilteredGroups") return;
    const allowlist = node.args[0];
    if (allowlist?.kind !== "array") return;
    for (const item of allowlist.items) if (item.kind === "string") entries.push(item.value);
  });
  return entries;
}
