import { RE2JS } from "re2js";
import { calleeName, type Expr } from "./ast.js";
import { MAX_GROUP_LIMIT, MIN_GROUP_LIMIT } from "./check.js";
import { parse } from "./parse.js";

/** A group as Okta's EL sees it inside a group expression (`group.name`, `group.id`, ...). */
export interface ElGroup {
  id: string;
  name: string;
  description: string;
  type: string;
  objectClass: string[];
  profile: Record<string, unknown>;
}

/** What a claim expression can see when a token is minted. */
export interface ElContext {
  app: { id: string; clientId: string; profile: Record<string, unknown> };
  /** Absent for client_credentials tokens (no user). */
  user?: { id: string; login: string; profile: Record<string, unknown>; groups: ElGroup[] };
  access: { scope: string[] };
}

/** An expression that fails when evaluated; Okta fails the token request. */
export class ElEvaluationError extends Error {
  override name = "ElEvaluationError";
}

type Value = unknown;

export function evaluate(expr: Expr, context: ElContext): Value {
  const variables: Record<string, Value> = {
    app: context.app,
    user: context.user
      ? {
          ...context.user.profile,
          id: context.user.id,
          login: context.user.login,
          profile: context.user.profile,
        }
      : null,
    appuser: context.user ? { userName: context.user.login } : null,
    access: context.access,
  };
  return new Evaluator(context, variables).eval(expr);
}

class Evaluator {
  constructor(
    private readonly context: ElContext,
    private readonly variables: Record<string, Value>,
  ) {}

  eval(expr: Expr): Value {
    switch (expr.kind) {
      case "string":
      case "number":
      case "boolean":
        return expr.value;
      case "null":
        return null;
      case "array":
        return expr.items.map((item) => this.eval(item));
      case "map":
        return Object.fromEntries(expr.entries.map((e) => [String(this.eval(e.key)), this.eval(e.value)]));
      case "identifier":
        if (!(expr.name in this.variables)) throw new ElEvaluationError(`unknown variable ${expr.name}`);
        return this.variables[expr.name];
      case "member": {
        const object = this.eval(expr.object);
        if (object === null || object === undefined) return null;
        return (object as Record<string, Value>)[expr.property] ?? null;
      }
      case "index": {
        const object = this.eval(expr.object) as Record<string, Value> | null;
        return object?.[String(this.eval(expr.index))] ?? null;
      }
      case "projection": {
        const list = this.eval(expr.object);
        if (!Array.isArray(list)) return null;
        return list.map((item) =>
          new Evaluator(this.context, { ...this.variables, ...(item as object) }).eval(expr.body),
        );
      }
      case "call":
        return this.call(expr);
      case "unary": {
        const operand = this.eval(expr.operand);
        return expr.op === "!" ? !operand : -(operand as number);
      }
      case "binary":
        return this.binary(expr);
      case "conditional":
        return this.eval(expr.test) ? this.eval(expr.consequent) : this.eval(expr.alternate);
      case "elvis": {
        const left = this.eval(expr.left);
        return left === null || left === undefined ? this.eval(expr.right) : left;
      }
    }
  }

  private binary(expr: Extract<Expr, { kind: "binary" }>): Value {
    if (expr.op === "&&") return Boolean(this.eval(expr.left)) && Boolean(this.eval(expr.right));
    if (expr.op === "||") return Boolean(this.eval(expr.left)) || Boolean(this.eval(expr.right));
    const left = this.eval(expr.left) as number;
    const right = this.eval(expr.right) as number;
    switch (expr.op) {
      case "==":
        return left === right;
      case "!=":
        return left !== right;
      case "<":
        return left < right;
      case "<=":
        return left <= right;
      case ">":
        return left > right;
      case ">=":
        return left >= right;
      case "+":
        return typeof left === "string" || typeof right === "string"
          ? `${left ?? ""}${right ?? ""}`
          : left + right;
      case "-":
        return left - right;
      case "*":
        return left * right;
      case "/":
        return left / right;
      case "%":
        return left % right;
    }
  }

  private call(expr: Extract<Expr, { kind: "call" }>): Value {
    const name = calleeName(expr);
    const args = () => expr.args.map((arg) => this.eval(arg));
    const groups = this.context.user?.groups ?? [];
    switch (name) {
      case "getFilteredGroups": {
        const [allowlist, groupExpression, limit] = args();
        return this.getFilteredGroups(allowlist, groupExpression, limit);
      }
      case "Groups.startsWith":
      case "Groups.contains":
      case "Groups.endsWith": {
        const [appType, pattern, limit] = args();
        const test = {
          "Groups.startsWith": "startsWith",
          "Groups.contains": "includes",
          "Groups.endsWith": "endsWith",
        }[name] as "startsWith" | "includes" | "endsWith";
        const matching = groups
          .filter((g) => appType !== "OKTA" || g.type === "OKTA_GROUP")
          .filter((g) => g.name.toLowerCase()[test](String(pattern).toLowerCase()))
          .map((g) => g.name);
        return enforceLimit(matching, limit);
      }
      case "isMemberOfGroupName":
        return groups.some((g) => g.name === String(args()[0]));
      case "isMemberOfGroup":
        return groups.some((g) => g.id === String(args()[0]));
      case "isMemberOfAnyGroup": {
        const ids = new Set(args().map(String));
        return groups.some((g) => ids.has(g.id));
      }
      case "isMemberOfGroupNameStartsWith":
        return groups.some((g) => g.name.startsWith(String(args()[0])));
      case "isMemberOfGroupNameContains":
        return groups.some((g) => g.name.includes(String(args()[0])));
      case "isMemberOfGroupNameRegex": {
        // RE2, which cannot backtrack: the pattern is a claim's, from a tenant file or a spec.
        let regex: RE2JS;
        try {
          regex = RE2JS.compile(String(args()[0]).replace(/^\/(.*)\/$/, "$1"));
        } catch {
          throw new ElEvaluationError("isMemberOfGroupNameRegex: not a pattern this tenant can run");
        }
        return groups.some((g) => regex.matcher(g.name).find());
      }
      case "String.len":
        return String(args()[0] ?? "").length;
      case "String.toUpperCase":
        return String(args()[0] ?? "").toUpperCase();
      case "String.toLowerCase":
        return String(args()[0] ?? "").toLowerCase();
      case "String.stringContains": {
        const [text, part] = args();
        return String(text ?? "").includes(String(part));
      }
      case "String.substringBefore": {
        const [text, separator] = args().map(String) as [string, string];
        const at = text.indexOf(separator);
        return at < 0 ? text : text.slice(0, at);
      }
      case "String.substringAfter": {
        const [text, separator] = args().map(String) as [string, string];
        const at = text.indexOf(separator);
        return at < 0 ? "" : text.slice(at + separator.length);
      }
      case "Arrays.contains": {
        const [list, item] = args();
        return Array.isArray(list) && list.includes(item);
      }
      case "Arrays.size":
        return (args()[0] as unknown[] | null)?.length ?? 0;
      case "Arrays.isEmpty":
        return ((args()[0] as unknown[] | null)?.length ?? 0) === 0;
      case "Arrays.toCsvString":
        return ((args()[0] as unknown[] | null) ?? []).join(",");
      default:
        throw new ElEvaluationError(`unknown function ${name ?? "(expression)"}`);
    }
  }

  /** Allowlisted groups the user is a member of, each rendered by the group expression. */
  private getFilteredGroups(allowlist: Value, groupExpression: Value, limit: Value): Value {
    if (!Array.isArray(allowlist))
      throw new ElEvaluationError("getFilteredGroups: the allowlist is not a list of group IDs");
    if (typeof groupExpression !== "string")
      throw new ElEvaluationError("getFilteredGroups: the group expression must be a string");
    const render = parse(groupExpression);
    const allowed = new Set(allowlist.map(String));
    const member = (this.context.user?.groups ?? []).filter((g) => allowed.has(g.id));
    const values = member.map((group) =>
      new Evaluator(this.context, { ...this.variables, group }).eval(render),
    );
    return enforceLimit(values, limit);
  }
}

function enforceLimit(values: Value[], limit: Value): Value[] {
  if (
    typeof limit !== "number" ||
    !Number.isInteger(limit) ||
    limit < MIN_GROUP_LIMIT ||
    limit > MAX_GROUP_LIMIT
  ) {
    throw new ElEvaluationError(
      `the group limit must be an integer from ${MIN_GROUP_LIMIT} to ${MAX_GROUP_LIMIT}, got ${String(limit)}`,
    );
  }
  if (values.length > limit) {
    throw new ElEvaluationError(
      `the user has ${values.length} matching groups, more than the limit of ${limit}`,
    );
  }
  return values;
}
