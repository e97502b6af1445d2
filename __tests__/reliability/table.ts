import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect } from "vitest";

/**
 * The reliability suite writes its own table: each case of a suite file records what was
 * tried and what held (with its figures) as it passes, and when every case of the file has
 * passed, the file's section of docs/reliability.md must say exactly that. With
 * UPDATE_RELIABILITY=1 (npm run reliability:update) the section is rewritten instead.
 */
export const DOC = join(import.meta.dirname, "..", "..", "docs", "reliability.md");

export interface Row {
  tried: string;
  held: string;
  /** What was counted: faults injected and survived, requests, ... */
  figures?: string;
}

export function reliabilitySection(id: string, title: string, cases: number) {
  const rows: Row[] = [];
  afterAll(() => {
    // A filtered or failed run has fewer rows: the failure is reported by the case itself.
    if (rows.length !== cases) return;
    const rendered = render(id, title, rows);
    const doc = readFileSync(DOC, "utf8");
    const begin = `<!-- suite:${id} -->`;
    const end = `<!-- /suite:${id} -->`;
    const at = doc.indexOf(begin);
    const current = at < 0 ? undefined : doc.slice(at, doc.indexOf(end, at) + end.length);
    if (process.env.UPDATE_RELIABILITY === "1") {
      writeFileSync(
        DOC,
        current === undefined ? `${doc.trimEnd()}\n\n${rendered}\n` : doc.replace(current, rendered),
      );
      return;
    }
    expect(
      current,
      `docs/reliability.md's ${id} section is not what the suite found: run npm run reliability:update`,
    ).toBe(rendered);
  });
  return {
    /** Records a case that held; call it after the case's assertions. */
    held(row: Row): void {
      rows.push(row);
    },
  };
}

function render(id: string, title: string, rows: Row[]): string {
  const cell = (text: string) => text.replaceAll("|", "\\|").replace(/\n/g, " ");
  const withFigures = rows.some((r) => r.figures !== undefined);
  return [
    `<!-- suite:${id} -->`,
    `### ${title}`,
    "",
    withFigures ? "| tried | held | figures |" : "| tried | held |",
    withFigures ? "| --- | --- | --- |" : "| --- | --- |",
    ...rows.map(
      (r) => `| ${cell(r.tried)} | ${cell(r.held)}${withFigures ? ` | ${cell(r.figures ?? "")}` : ""} |`,
    ),
    `<!-- /suite:${id} -->`,
  ].join("\n");
}
