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
