import { type BinaryOp, children, type Expr, PRECEDENCE } from "./ast.js";
import { ElSyntaxError, type Token, tokenize } from "./lex.js";

/**
 * Parses an Okta EL expression. Grammar, loosest first:
 *   conditional := elvis ('?' conditional ':' conditional)?
 *   elvis       := binary ('?:' elvis)?
 *   binary      := unary (op unary)*            precedence climbing over PRECEDENCE
 *   unary       := ('!' | '-') unary | postfix
 *   postfix     := primary ('.' name | '.' name '(' args ')' | '[' expr ']' | '.![' expr ']' | '(' args ')')*
 *   primary     := literal | name | '(' conditional ')' | '{' items '}'
 */
export function parse(source: string): Expr {
  if (source.length > MAX_EXPRESSION_LENGTH)
    throw new ElSyntaxError(
      `the expression is ${source.length} characters long; okta-drift reads expressions of at most ${MAX_EXPRESSION_LENGTH}`,
      0,
    );
  const parser = new Parser(tokenize(source));
  const expr = parser.conditional();
  parser.expectEnd();
  if (depthOf(expr) > MAX_NESTING) throw tooDeep(0);
  return expr;
}

/** Longer expressions are refused: a claim is a line, not a program (and parsing stays cheap). */
export const MAX_EXPRESSION_LENGTH = 16_384;
/**
 * Deeper trees are refused (real claims nest a few levels): every pass over a tree (print,
 * compare, evaluate) recurses, and a few thousand `(` or `!` would overflow the stack.
 */
export const MAX_NESTING = 100;

const tooDeep = (offset: number) =>
  new ElSyntaxError(`the expression nests more than ${MAX_NESTING} levels deep`, offset);

/** The depth of a tree, without recursion (it may be deep: that is what is being checked). */
function depthOf(expr: Expr): number {
  let deepest = 0;
  const stack: [Expr, number][] = [[expr, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING) break;
    for (const child of children(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

class Parser {
  private position = 0;
  /** How deep the parser's own recursion is (parentheses, `!`, nested lists). */
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== "eof") this.position++;
    return token;
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token.type === "punct" && token.value === value;
  }

  private eat(value: string): boolean {
    if (!this.isPunct(value)) return false;
    this.position++;
    return true;
  }

  private expect(value: string): void {
    if (!this.eat(value)) throw this.unexpected(`expected '${value}'`);
  }

  private unexpected(expectation: string): ElSyntaxError {
    const token = this.peek();
    const found = token.type === "eof" ? "end of expression" : `'${describe(token)}'`;
    return new ElSyntaxError(`${expectation} but found ${found}`, token.offset);
  }

  expectEnd(): void {
    if (this.peek().type !== "eof") throw this.unexpected("expected end of expression");
  }

  conditional(): Expr {
    return this.nested(() => this.conditionalAt());
  }

  /** Runs one level of the parser's recursion, refusing more than MAX_NESTING. */
  private nested(parse: () => Expr): Expr {
    if (++this.depth > MAX_NESTING) throw tooDeep(this.peek().offset);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private conditionalAt(): Expr {
    const test = this.elvis();
    if (!this.eat("?")) return test;
    const consequent = this.conditional();
    this.expect(":");
    const alternate = this.conditional();
    return { kind: "conditional", test, consequent, alternate };
  }

  private elvis(): Expr {
    const left = this.binary(1);
    if (!this.eat("?:")) return left;
    return { kind: "elvis", left, right: this.elvis() };
  }

  private binary(minPrecedence: number): Expr {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      const op = token.type === "punct" ? (token.value as BinaryOp) : undefined;
      const precedence = op ? PRECEDENCE[op] : undefined;
      if (!op || precedence === undefined || precedence < minPrecedence) return left;
      this.next();
      const right = this.binary(precedence + 1);
      left = { kind: "binary", op, left, right };
    }
  }

  private unary(): Expr {
    return this.nested(() => this.unaryAt());
  }

  private unaryAt(): Expr {
    if (this.eat("!")) return { kind: "unary", op: "!", operand: this.unary() };
    if (this.eat("-")) {
      const operand = this.unary();
      // A negative number literal is one value, not an operation.
      if (operand.kind === "number") return { kind: "number", value: -operand.value };
      return { kind: "unary", op: "-", operand };
    }
    return this.postfix();
  }

  private postfix(): Expr {
    let expr = this.primary();
    for (;;) {
      if (this.eat(".![")) {
        const body = this.conditional();
        this.expect("]");
        expr = { kind: "projection", object: expr, body };
      } else if (this.eat(".")) {
        const name = this.next();
        if (name.type !== "identifier") {
          this.position--;
          throw this.unexpected("expected a property name after '.'");
        }
        expr = { kind: "member", object: expr, property: name.value };
      } else if (this.eat("[")) {
        const index = this.conditional();
        this.expect("]");
        expr = { kind: "index", object: expr, index };
      } else if (this.isPunct("(") && (expr.kind === "identifier" || expr.kind === "member")) {
        this.next();
        expr = { kind: "call", callee: expr, args: this.list(")") };
      } else {
        return expr;
      }
    }
  }

  /** Comma-separated expressions up to `close` (the opening bracket is already consumed). */
  private list(close: string): Expr[] {
    const items: Expr[] = [];
    if (this.eat(close)) return items;
    do items.push(this.conditional());
    while (this.eat(","));
    this.expect(close);
    return items;
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.type) {
      case "string":
        return { kind: "string", value: token.value };
      case "number":
        return { kind: "number", value: token.value };
      case "identifier":
        if (token.value === "true" || token.value === "false")
          return { kind: "boolean", value: token.value === "true" };
        if (token.value === "null") return { kind: "null" };
        return { kind: "identifier", name: token.value };
      case "punct":
        if (token.value === "(") {
          const inner = this.conditional();
          this.expect(")");
          return inner;
        }
        if (token.value === "{") return this.braces();
        break;
    }
    this.position = Math.max(0, this.position - (token.type === "eof" ? 0 : 1));
    throw this.unexpected("expected a value");
  }

  /** `{a, b}` is an array (Okta EL's list literal); `{k: v}` is a map, as in `user.getGroups`. */
  private braces(): Expr {
    if (this.eat("}")) return { kind: "array", items: [] };
    const first = this.conditional();
    if (!this.eat(":")) {
      const items = [first];
      while (this.eat(",")) items.push(this.conditional());
      this.expect("}");
      return { kind: "array", items };
    }
    const entries = [{ key: first, value: this.conditional() }];
    while (this.eat(",")) {
      const key = this.conditional();
      this.expect(":");
      entries.push({ key, value: this.conditional() });
    }
    this.expect("}");
    return { kind: "map", entries };
  }
}

function describe(token: Token): string {
  return token.type === "string" ? JSON.stringify(token.value) : String("value" in token ? token.value : "");
}
