import type { SmokeResult } from "../model/smoke.js";
import { printable } from "../printable.js";

const LABEL = { pass: "PASS ", fail: "FAIL ", error: "ERROR" } as const;

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  return printable(Array.isArray(value) ? `[${value.join(", ")}]` : String(value));
}

/** Smoke-test results for a terminal: the decoded claims that matter, never a token. */
export function smokeTextReport(results: SmokeResult[], claimOf: (name: string) => string): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${LABEL[r.status]} ${printable(r.name)}`);
    if (r.claims) {
      const c = r.claims;
      lines.push(
        `      sub=${show(c.sub)} aud=${show(c.aud)} scp=${show(c.scp)} ${printable(claimOf(r.name))}=${show(c.value)} jti=${show(c.jti)}`,
      );
    }
    for (const p of r.problems) lines.push(`      ${printable(p)}`);
  }
  const count = (s: SmokeResult["status"]) => results.filter((r) => r.status === s).length;
  lines.push("", `${count("pass")} passed, ${count("fail")} failed, ${count("error")} errored`);
  return `${lines.join("\n")}\n`;
}
