import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function imports(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
}

describe("the house rules of the layout", () => {
  it("the engine never imports the embedded tenant; only the CLI shell's emulator and demo commands do", () => {
    const offenders = files(SRC)
      .filter((f) => !f.includes(`${join("src", "emulator")}`))
      .filter((f) => imports(f).some((i) => i.includes("emulator/")))
      .map((f) => relative(ROOT, f));
    expect(offenders.sort()).toEqual([join("src", "cli", "demo.ts"), join("src", "cli", "emulator.ts")]);
  });

  it("the pure core (spec, el, diff, report) does no I/O and reads no environment", () => {
    const pure = ["spec", "el", "diff", "report"].flatMap((d) => files(join(SRC, d)));
    for (const file of pure) {
      const text = readFileSync(file, "utf8");
      const io = imports(file).filter(
        (i) =>
          /^(node:)?(fs|fs\/promises|http|https|net|child_process)$/.test(i) ||
          i === "got" ||
          i.includes("/okta/client") ||
          i.includes("/state/read"),
      );
      expect(io, relative(ROOT, file)).toEqual([]);
      expect(text.includes("process.env"), `${relative(ROOT, file)} reads process.env`).toBe(false);
    }
  });

  it("the Action bundle does not carry the emulator", () => {
    expect(readFileSync(join(ROOT, "dist", "index.js"), "utf8")).not.toContain("startEmulator");
  });
});
