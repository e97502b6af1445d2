import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appProfileKeys, type Expr } from "../../src/el/ast.js";
import { checkExpression, literalAllowlistEntries } from "../../src/el/check.js";
import { type ElContext, ElEvaluationError, type ElGroup, evaluate } from "../../src/el/evaluate.js";
import { canonical, ElSyntaxError, parse, print, sameExpression } from "../../src/el/index.js";
import { mapAllowlistEntries } from "../../src/el/render.js";

describe("parse and print", () => {
  it.each([
    [
      'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
      'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
    ],
    [
      "getFilteredGroups( app.profile.groupwhitelist ,'group.name',40 )",
      'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
    ],
    [
      'getFilteredGroups({"00gbso71miOMjxHRW0h7","WestCoastDivision"}, "group.id", 5)',
      'getFilteredGroups({"00gbso71miOMjxHRW0h7", "WestCoastDivision"}, "group.id", 5)',
    ],
    ['Groups.startsWith("OKTA", "IT", 10)', 'Groups.startsWith("OKTA", "IT", 10)'],
    ["isMemberOfGroupName('admins') ? 'yes' : 'no'", 'isMemberOfGroupName("admins") ? "yes" : "no"'],
    [
      "(appuser != null) ? appuser.userName : app.clientId",
      "appuser != null ? appuser.userName : app.clientId",
    ],
    ["user.firstName + ' ' + user.lastName", 'user.firstName + " " + user.lastName'],
    ["a - (b - c)", "a - (b - c)"],
    ["(a - b) - c", "a - b - c"],
    ["(a || b) && !c", "(a || b) && !c"],
    ["a and b or not c", "a && b || !c"],
    ['Groups.startsWith("OKTA","TEST",100) ?: {}', 'Groups.startsWith("OKTA", "TEST", 100) ?: {}'],
    [
      "user.getGroups({'group.profile.name': 'West.*'}).![name]",
      'user.getGroups({"group.profile.name": "West.*"}).![name]',
    ],
    ["'it''s'", '"it\'s"'],
    ['"say ""hi"""', '"say ""hi"""'],
    [
      "app.profile.maxLimit < 100 ? app.profile.maxLimit : 100",
      "app.profile.maxLimit < 100 ? app.profile.maxLimit : 100",
    ],
    ["access.scope[0]", "access.scope[0]"],
    ["-5 + x", "-5 + x"],
  ])("%s prints as %s", (source, expected) => {
    expect(print(parse(source))).toBe(expected);
  });

  it.each([
    ['getFilteredGroups(app.profile.x, "group.name"', "expected ')' but found end of expression", 45],
    ["'unterminated", "unterminated string literal", 0],
    ["a ? b", "expected ':' but found end of expression", 5],
    ["a # b", "unexpected character '#'", 2],
    ["a b", "expected end of expression but found 'b'", 2],
  ])("rejects %s with a located error", (source, message, offset) => {
    let error: unknown;
    try {
      parse(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ElSyntaxError);
    expect((error as ElSyntaxError).message).toBe(message);
    expect((error as ElSyntaxError).offset).toBe(offset);
  });
});

describe("semantic equality", () => {
  it("ignores whitespace, quote style and redundant parentheses", () => {
    expect(
      sameExpression(
        "getFilteredGroups(app.profile.groupwhitelist, 'group.name', 40)",
        'getFilteredGroups( app.profile.groupwhitelist, "group.name", 40 )',
      ),
    ).toBe(true);
    expect(sameExpression("(a)", "a")).toBe(true);
  });

  it("does not equate the seed's unquoted group.name with the quoted string (Okta evaluates them differently)", () => {
    expect(
      sameExpression(
        "getFilteredGroups(app.profile.groupwhitelist, group.name, 40)",
        'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
      ),
    ).toBe(false);
  });

  it("sees a changed limit, allowlist or group expression", () => {
    const base = 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)';
    expect(sameExpression(base, 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 20)')).toBe(
      false,
    );
    expect(sameExpression(base, 'getFilteredGroups(app.profile.groupallowlist, "group.name", 40)')).toBe(
      false,
    );
    expect(sameExpression(base, 'getFilteredGroups(app.profile.groupwhitelist, "group.id", 40)')).toBe(false);
  });

  it("compares unparseable text as trimmed text", () => {
    expect(sameExpression(" cool( ", "cool(")).toBe(true);
    expect(canonical("cool(")).toBeUndefined();
  });
});

describe("checkExpression", () => {
  const messages = (source: string) => checkExpression(source).problems.map((p) => p.message);

  it("accepts the documented forms", () => {
    expect(messages('getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)')).toEqual([]);
    expect(
      messages('getFilteredGroups({"00gbso71miOMjxHRW0h7", "WestCoastDivision"}, "group.id", 100)'),
    ).toEqual([]);
    expect(
      messages(
        'getFilteredGroups(app.profile.x, "group.name", app.profile.max < 100 ? app.profile.max : 100)',
      ),
    ).toEqual([]);
    expect(messages('Groups.startsWith("OKTA", "IT", 10)')).toEqual([]);
    expect(messages("(appuser != null) ? appuser.userName : app.clientId")).toEqual([]);
  });

  it("rejects the seed's unquoted group expression", () => {
    expect(messages("getFilteredGroups(app.profile.groupwhitelist, group.name, 40)")).toEqual([
      'getFilteredGroups: the group expression must be a quoted string, "group.name", not the bare path group.name',
    ]);
  });

  it("rejects the seed's outer quotes", () => {
    expect(messages('"getFilteredGroups(app.profile.groupwhitelist, ""group.name"", 40)"')[0]).toMatch(
      /quoted string/,
    );
  });

  it.each([0, 101, 2.5, 400])("rejects the limit %s", (limit) => {
    expect(messages(`getFilteredGroups(app.profile.groupwhitelist, "group.name", ${limit})`)).toEqual([
      `getFilteredGroups: the limit ${limit} is outside Okta's range 1 to 100`,
    ]);
  });

  it("rejects wrong arity, string allowlists, malformed IDs and group expressions without group", () => {
    expect(messages("getFilteredGroups(app.profile.groupwhitelist, 40)")[0]).toMatch(/takes 3 arguments/);
    expect(messages('getFilteredGroups("00gbso71miOMjxHRW0h7", "group.name", 4)')[0]).toMatch(
      /allowlist is a string/,
    );
    expect(messages('getFilteredGroups({"00gbso71mi"}, "group.name", 4)')[0]).toMatch(/malformed group ID/);
    expect(messages('getFilteredGroups(app.profile.g, "user.login", 4)')[0]).toMatch(/does not use group/);
    expect(messages('getFilteredGroups(app.label, "group.name", 4)')[0]).toMatch(/not a profile property/);
    expect(messages('Groups.contains("OKTA", "IT", 500)')[0]).toMatch(/limit 500/);
  });
});

describe("allowlist names and IDs", () => {
  it("renders names to IDs and leaves IDs alone", () => {
    const expr = parse('getFilteredGroups({"WestCoastDivision", "00gbso71miOMjxHRW0h8"}, "group.name", 40)');
    expect(literalAllowlistEntries(expr)).toEqual(["WestCoastDivision", "00gbso71miOMjxHRW0h8"]);
    const ids = new Map([["WestCoastDivision", "00gbso71miOMjxHRW0h7"]]);
    const rendered = mapAllowlistEntries(expr, (entry) => ids.get(entry) ?? entry);
    expect(print(rendered)).toBe(
      'getFilteredGroups({"00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h8"}, "group.name", 40)',
    );
  });
});

describe("app profile keys an expression reads", () => {
  it("names each key read by member or by string index", () => {
    const read = appProfileKeys(
      parse('getFilteredGroups(app.profile.groupallowlist, "group.name", app.profile["limit"] ?: 40)'),
    );
    expect(read).toEqual(new Set(["groupallowlist", "limit"]));
    expect(appProfileKeys(parse("user.profile.department"))).toEqual(new Set());
  });

  it("says any when the key cannot be known", () => {
    expect(appProfileKeys(parse("app.profile[user.profile.key]"))).toBe("any");
    expect(appProfileKeys(parse("String.join(app.profile)"))).toBe("any");
    expect(appProfileKeys(parse("app"))).toBe("any");
  });
});

/** Random expression trees in the shape the parser produces. */
const identifier = fc
  .stringMatching(/^[a-z][A-Za-z0-9_]{0,6}$/)
  .filter((s) => !["and", "or", "not", "true", "false", "null"].includes(s.toLowerCase()));
const exprArbitrary: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ maxLength: 8 }).map((value): Expr => ({ kind: "string", value })),
    fc.integer({ min: 0, max: 10_000 }).map((value): Expr => ({ kind: "number", value })),
    fc.boolean().map((value): Expr => ({ kind: "boolean", value })),
    fc.constant<Expr>({ kind: "null" }),
    identifier.map((name): Expr => ({ kind: "identifier", name })),
    fc.array(tie("expr"), { maxLength: 3 }).map((items): Expr => ({ kind: "array", items })),
    fc
      .tuple(tie("expr"), identifier)
      .map(([object, property]): Expr => ({ kind: "member", object, property })),
    fc.tuple(tie("expr"), tie("expr")).map(([object, index]): Expr => ({ kind: "index", object, index })),
    fc
      .tuple(identifier, fc.array(tie("expr"), { maxLength: 3 }))
      .map(([name, args]): Expr => ({ kind: "call", callee: { kind: "identifier", name }, args })),
    fc
      .tuple(fc.constantFrom("!" as const, "-" as const), tie("expr"))
      .filter(([op, operand]) => !(op === "-" && operand.kind === "number"))
      .map(([op, operand]): Expr => ({ kind: "unary", op, operand })),
    fc
      .tuple(
        fc.constantFrom("||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%" as const),
        tie("expr"),
        tie("expr"),
      )
      .map(
        ([op, left, right]): Expr => ({
          kind: "binary",
          op: op as Extract<Expr, { kind: "binary" }>["op"],
          left,
          right,
        }),
      ),
    fc
      .tuple(tie("expr"), tie("expr"), tie("expr"))
      .map(([test, consequent, alternate]): Expr => ({ kind: "conditional", test, consequent, alternate })),
    fc.tuple(tie("expr"), tie("expr")).map(([left, right]): Expr => ({ kind: "elvis", left, right })),
  ),
})).expr;

describe("properties", () => {
  it("parse(print(tree)) gives the tree back", () => {
    fc.assert(
      fc.property(exprArbitrary, (tree) => {
        expect(parse(print(tree))).toEqual(tree);
      }),
      { numRuns: 500 },
    );
  });

  it("print is a fixed point: print(parse(print(tree))) === print(tree)", () => {
    fc.assert(
      fc.property(exprArbitrary, (tree) => {
        const once = print(tree);
        expect(print(parse(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("extra whitespace and single quotes never change the canonical form", () => {
    fc.assert(
      fc.property(exprArbitrary, (tree) => {
        const once = print(tree);
        // Strings are left alone: only the space between tokens changes.
        fc.pre(!/"[^"]*[(,][^"]*"/.test(once));
        const spaced = once.replaceAll(", ", " ,  ").replaceAll("(", "( ");
        expect(canonical(spaced)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe("evaluate: group-name patterns", () => {
  const group = (name: string): ElGroup => ({
    id: `00g${name}`,
    name,
    description: "",
    type: "OKTA_GROUP",
    objectClass: [],
    profile: {},
  });
  const context = (names: string[]): ElContext => ({
    app: { id: "0oa1", clientId: "0oa1", profile: {} },
    user: { id: "00u1", login: "u@example.com", profile: {}, groups: names.map(group) },
    access: { scope: [] },
  });
  const run = (source: string, names: string[]) => evaluate(parse(source), context(names));

  it("isMemberOfGroupNameRegex finds the pattern in a name, with or without Okta's slashes", () => {
    expect(run('isMemberOfGroupNameRegex("/.*admin.*/")', ["eng", "it-admins"])).toBe(true);
    expect(run('isMemberOfGroupNameRegex("admin")', ["eng"])).toBe(false);
  });

  it("runs on RE2: a backtracking pattern over a long name answers at once, one RE2 lacks fails the token", () => {
    expect(run('isMemberOfGroupNameRegex("^(x+x+)+y$")', ["x".repeat(5000)])).toBe(false);
    expect(() => run('isMemberOfGroupNameRegex("(?=a)a")', ["aa"])).toThrow(ElEvaluationError);
  });
});
