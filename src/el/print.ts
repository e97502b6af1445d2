import { type Expr, PRECEDENCE } from "./ast.js";

/**
 * Prints the canonical spelling of an expression: double-quoted strings, `, ` between
 * arguments, one space around binary operators, and only the parentheses the meaning needs.
 * `parse(print(e))` gives back `e`, and equal trees print identically.
 */
export function print(expr: Expr): string {
  return printAt(expr, CONDITIONAL);
}

// Context levels around the binary operators' precedences (1 to 6).
const CONDITIONAL = -2;
const ELVIS = -1;
const UNARY = 7;
const POSTFIX = 8;

function level(expr: Expr): number {
  switch (expr.kind) {
    case "conditional":
      return CONDITIONAL;
    case "elvis":
      return ELVIS;
    case "binary":
      return PRECEDENCE[expr.op];
    case "unary":
      return UNARY;
    case "number":
      return expr.value < 0 || Object.is(expr.value, -0) ? UNARY : POSTFIX;
    default:
      return POSTFIX;
  }
}

/** Prints `expr` where the surrounding syntax needs at least level `min` without parentheses. */
function printAt(expr: Expr, min: number): string {
  const text = printBare(expr);
  return level(expr) < min ? `(${text})` : text;
}

function printBare(expr: Expr): string {
  switch (expr.kind) {
    case "string":
      return `"${expr.value.replaceAll('"', '""')}"`;
    case "number":
      return String(expr.value);
    case "boolean":
      return String(expr.value);
    case "null":
      return "null";
    case "identifier":
      return expr.name;
    case "array":
      return `{${expr.items.map((item) => print(item)).join(", ")}}`;
    case "map":
      return `{${expr.entries.map((e) => `${printAt(e.key, ELVIS)}: ${printAt(e.value, ELVIS)}`).join(", ")}}`;
    case "member":
      return `${printAt(expr.object, POSTFIX)}.${expr.property}`;
    case "index":
      return `${printAt(expr.object, POSTFIX)}[${print(expr.index)}]`;
    case "projection":
      return `${printAt(expr.object, POSTFIX)}.![${print(expr.body)}]`;
    case "call":
      return `${printAt(expr.callee, POSTFIX)}(${expr.args.map((arg) => print(arg)).join(", ")})`;
    case "unary":
      return `${expr.op}${printAt(expr.operand, UNARY)}`;
    case "binary": {
      const precedence = PRECEDENCE[expr.op];
      // Operators associate to the left, so an equal-precedence right operand needs parentheses.
      return `${printAt(expr.left, precedence)} ${expr.op} ${printAt(expr.right, precedence + 1)}`;
    }
    case "conditional":
      return `${printAt(expr.test, ELVIS)} ? ${print(expr.consequent)} : ${print(expr.alternate)}`;
    case "elvis":
      return `${printAt(expr.left, 1)} ?: ${printAt(expr.right, ELVIS)}`;
  }
}
