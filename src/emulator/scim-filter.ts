import { OktaHttpError } from "./http.js";

/**
 * The SCIM-style filters of Okta's `search` and `filter` parameters:
 * `profile.name eq "A" or (type eq "OKTA_GROUP" and created gt "2021-01-01T00:00:00.000Z")`.
 * Operators: eq, ne, sw, co, gt, ge, lt, le, pr; `and` binds tighter than `or`.
 */
export type Predicate = (get: (attribute: string) => unknown) => boolean;

/**
 * For the fast path: the values of a filter that is only `<attribute> eq "..."` terms joined by
 * `or` (an index answers it without scanning a large tenant); undefined for any other filter.
 */
export function exactValues(filter: string, attribute: string): string[] | undefined {
  const values: string[] = [];
  const escaped = attribute.replace(/\./g, "\\.");
  const term = new RegExp(`^\\s*${escaped}\\s+eq\\s+"((?:[^"\\\\]|\\\\.)*)"\\s*(?:or\\s+|$)`, "i");
  let rest = filter;
  while (rest.trim() !== "") {
    const m = term.exec(rest);
    if (!m) return undefined;
    values.push(m[1]!.replace(/\\(.)/g, "$1"));
    rest = rest.slice(m[0].length);
  }
  return values.length > 0 ? values : undefined;
}

export function parseFilter(source: string, allowed: (attribute: string) => boolean): Predicate {
  const tokens = source.match(/"(?:[^"\\]|\\.)*"|\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const invalid = (why: string) =>
    new OktaHttpError(400, "E0000031", `Invalid search criteria.`, [`${why} in: ${source}`]);

  const or = (): Predicate => {
    let left = and();
    while (tokens[i]?.toLowerCase() === "or") {
      i++;
      const right = and();
      const l = left;
      left = (get) => l(get) || right(get);
    }
    return left;
  };
  const and = (): Predicate => {
    let left = term();
    while (tokens[i]?.toLowerCase() === "and") {
      i++;
      const right = term();
      const l = left;
      left = (get) => l(get) && right(get);
    }
    return left;
  };
  const term = (): Predicate => {
    if (tokens[i] === "(") {
      i++;
      const inner = or();
      if (tokens[i++] !== ")") throw invalid("missing )");
      return inner;
    }
    const attribute = tokens[i++];
    const op = tokens[i++]?.toLowerCase();
    if (!attribute || !op) throw invalid("incomplete expression");
    if (!allowed(attribute)) throw invalid(`unsupported attribute ${attribute}`);
    if (op === "pr") return (get) => get(attribute) !== undefined && get(attribute) !== null;
    const raw = tokens[i++];
    if (!raw) throw invalid("missing value");
    const value = raw.startsWith('"')
      ? raw.slice(1, -1).replace(/\\(.)/g, "$1")
      : raw === "true"
        ? true
        : raw === "false"
          ? false
          : Number(raw);
    const compare = (get: (a: string) => unknown) => {
      const actual = get(attribute);
      return typeof actual === "string" && typeof value === "string"
        ? [actual.toLowerCase(), value.toLowerCase()]
        : [actual, value];
    };
    switch (op) {
      case "eq":
        return (get) => get(attribute) === value;
      case "ne":
        return (get) => get(attribute) !== value;
      case "sw":
        return (get) => {
          const [a, v] = compare(get);
          return typeof a === "string" && a.startsWith(String(v));
        };
      case "co":
        return (get) => {
          const [a, v] = compare(get);
          return typeof a === "string" && a.includes(String(v));
        };
      case "gt":
        return (get) => String(get(attribute)) > String(value);
      case "ge":
        return (get) => String(get(attribute)) >= String(value);
      case "lt":
        return (get) => String(get(attribute)) < String(value);
      case "le":
        return (get) => String(get(attribute)) <= String(value);
      default:
        throw invalid(`unsupported operator ${op}`);
    }
  };

  const predicate = or();
  if (i !== tokens.length) throw invalid(`unexpected ${tokens[i]}`);
  return predicate;
}

/** Reads a dotted attribute (`profile.name`) from a record. */
export function attributeOf(record: object, attribute: string): unknown {
  return attribute
    .split(".")
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], record);
}
