/** Tokens of Okta EL (SpEL syntax). Offsets are 0-based positions in the source text. */
export type Token =
  | { type: "string"; value: string; offset: number }
  | { type: "number"; value: number; offset: number }
  | { type: "identifier"; value: string; offset: number }
  | { type: "punct"; value: string; offset: number }
  | { type: "eof"; offset: number };

export class ElSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the expression where the problem is. */
    readonly offset: number,
  ) {
    super(message);
    this.name = "ElSyntaxError";
  }
}

// Longest first, so `?:` wins over `?` and `==` over `=`.
const PUNCTUATION = [".![", "?:", "==", "!=", "<=", ">=", "&&", "||", ..."(){}[],.:?!<>+-*/%"];

/** SpEL's word operators, mapped to the symbol the parser uses. Case-insensitive as in SpEL. */
const WORD_OPERATORS: Record<string, string> = { and: "&&", or: "||", not: "!" };

// Sticky: they match at lastIndex only, so the lexer never copies the rest of the source.
const NUMBER = /\d+\.\d+|\d+/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || /\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const { value, end } = readString(source, i);
      tokens.push({ type: "string", value, offset: i });
      i = end;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(source);
    if (number) {
      tokens.push({ type: "number", value: Number(number[0]), offset: i });
      i += number[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(source);
    if (word) {
      const operator = WORD_OPERATORS[word[0].toLowerCase()];
      tokens.push(
        operator
          ? { type: "punct", value: operator, offset: i }
          : { type: "identifier", value: word[0], offset: i },
      );
      i += word[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
    if (!punct) throw new ElSyntaxError(`unexpected character '${ch}'`, i);
    tokens.push({ type: "punct", value: punct, offset: i });
    i += punct.length;
  }
  tokens.push({ type: "eof", offset: source.length });
  return tokens;
}

/** SpEL strings: a quote inside is written twice (`'it''s'`); backslash is an ordinary character. */
function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start]!;
  let value = "";
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === quote) {
      if (source[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i++;
  }
  throw new ElSyntaxError("unterminated string literal", start);
}
