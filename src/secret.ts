import { inspect } from "node:util";

/**
 * A value that must never be printed: API tokens, client secrets, passwords, private keys.
 * Every way of turning it into text gives `***`; only `reveal()` gives the value, at the
 * single place that sends it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return "***";
  }

  toJSON(): string {
    return "***";
  }

  [inspect.custom](): string {
    return "Secret(***)";
  }
}

/**
 * The secrets a run knows, scrubbed from everything it prints (an Okta error that echoes the
 * API token, say). A PEM key counts line by line, a JWK by its private members.
 */
export class Redactor {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (!value || value.length < 6) return;
    this.values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 16) this.values.add(line.trim());
    try {
      const jwk = JSON.parse(value) as Record<string, unknown>;
      for (const member of ["d", "p", "q", "dp", "dq", "qi", "k"])
        if (typeof jwk[member] === "string" && jwk[member].length >= 8) this.values.add(jwk[member]);
    } catch {
      // Not a JWK.
    }
  }

  redact(text: string): string {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length))
      out = out.replaceAll(value, "***");
    return out;
  }
}
