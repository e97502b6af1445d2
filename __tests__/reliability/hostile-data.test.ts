import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { printable } from "../../src/printable.js";
import { harness, PR_EVENT, runAction, useActionHarness } from "../helpers/action-harness.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, addGroup } from "../helpers/tenant.js";
import { reliabilitySection } from "./table.js";

/**
 * Hostile tenant data: groups, a claim and the app's label named to break reports (HTML,
 * markdown, @mentions, pipes, backticks, newlines, ANSI escapes, bidi controls, a look-alike,
 * 10 KB). Each must come out inert (no control or bidi character raw, no markup, no mention,
 * no workflow command) and unambiguous (look-alikes told apart by their IDs) in text,
 * markdown, SARIF, JSON, annotations and the pull request comment.
 */
vi.mock("@actions/core", () => import("../helpers/fake-core.js"));
useActionHarness();

const HOSTILE = {
  html: '<img src=x onerror=alert(1)><script>alert("x")</script>',
  markdown: "**bold** [link](https://evil.example.com) ![i](https://evil.example.com/i.png)",
  mention: "@octocat @acme/admins",
  pipe: "a | b | c",
  backticks: "```\n::add-mask::x\n```",
  newline: "first\nsecond\r\n::error::injected",
  ansi: "\u001b[31mred\u001b[0m\u001b]8;;https://evil.example.com\u0007link",
  bidi: "admin\u202egpj.exe\u2066x\u2069",
  lookalike: "Ѕales", // Cyrillic S
  big: `big-${"x".repeat(10_240)}`,
};
const IDS = Object.keys(HOSTILE).map((_, i) => `00ghostile00000000${String(i).padStart(2, "0")}`);
/** No control, separator or bidi character raw: printable() would leave it as it is. */
function expectInert(text: string, what = ""): void {
  // Tabs and line ends are the report's own layout; every other control is a leak.
  text = text.replace(/[\t\r\n]/g, " ");
  const escaped = printable(text);
  if (escaped === text) return;
  const at = [...text].findIndex((c, i) => c !== [...escaped][i]);
  expect.fail(
    `${what} holds a raw U+${text.codePointAt(Math.max(at, 0))?.toString(16)} near ${JSON.stringify(text.slice(at - 40, at + 10))}`,
  );
}

function hostileTenant() {
  const store = harness.emulator.store;
  Object.values(HOSTILE).forEach((name, i) => {
    addGroup(store, IDS[i]!, name);
  });
  // Okta holds the look-alike's twin too, so both names show, told apart by ID.
  const app = store.apps.get("0oabskvc6442nkvQO0h7")!;
  (app.body as { label: string }).label = `${HOSTILE.html}${HOSTILE.newline}`;
  const server = store.servers.get("ausain6z9zIedDCxB0h7")!;
  const claim = [...server.claims.values()].find((c) => c.name === "department")!;
  claim.name = `${HOSTILE.mention}${HOSTILE.ansi}${HOSTILE.pipe}`;
}

const SPEC = `version: 1
apps:
  - id: 0oabskvc6442nkvQO0h7
    profile:
      groupwhitelist: [${IDS.join(", ")}, 00gbso71miOMjxHRW0ha]
`;

const table = reliabilitySection("hostile-data", "Hostile tenant data: inert and unambiguous everywhere", 2);

describe("hostile names from the tenant", () => {
  it("the CLI's text, markdown, JSON and SARIF", async () => {
    hostileTenant();
    const dir = mkdtempSync(join(tmpdir(), "okta-drift-hostile-"));
    const spec = join(dir, "okta-drift.yml");
    writeFileSync(spec, SPEC);
    const out: Record<string, string> = {};
    for (const format of ["text", "markdown", "json", "sarif"]) {
      const run = await cli(["plan", "--spec", spec, "--org-url", harness.emulator.url, "--format", format], {
        OKTA_API_TOKEN: API_TOKEN,
      });
      expect(run.code, run.stderr).toBe(2);
      expectInert(run.stderr);
      out[format] = run.stdout;
    }
    // Text: no control or bidi character raw; each name on no line of its own.
    expectInert(out.text!);
    expect(out.text!.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
    // Markdown: no tag, link, image, mention, stray pipe or fence survives as markup.
    const md = out.markdown!;
    expectInert(md);
    expect(md).not.toMatch(/<img|<script|\]\(https:\/\/evil|@octocat|```/);
    // Each table's rows have its header's columns: no pipe from a name splits a cell.
    let columns = 0;
    for (const line of md.split("\n")) {
      if (!line.startsWith("|")) columns = 0;
      else if (columns === 0) columns = line.split("|").length;
      else expect(line.split("|").length, line.slice(0, 300)).toBe(columns);
    }
    // JSON and SARIF: the strings they carry are inert once decoded.
    const json = JSON.stringify(JSON.parse(out.json!));
    const sarif = JSON.parse(out.sarif!) as { runs: { results: { message: { text: string } }[] }[] };
    for (const r of sarif.runs[0]!.results) expectInert(r.message.text);
    expect(JSON.parse(json).changes.length).toBeGreaterThan(0);
    // Unambiguous: the look-alike and the real Sales are both shown with their IDs.
    expect(out.text).toContain(IDS[8]);
    expect(out.text).toContain("00gbso71miOMjxHRW0ha");
    table.held({
      tried: `${Object.keys(HOSTILE).length} hostile group names (HTML, markdown links and images, @mentions, pipes, a backtick fence with a workflow command, CR/LF, ANSI and OSC escapes, bidi overrides, a Cyrillic look-alike, 10 KB), an app label and a claim name like them: plan as text, markdown, JSON and SARIF`,
      held: "no control or bidi character raw, no line starting ::, no markup, mention or fence in markdown, every table row with its columns, the look-alike told apart by its ID",
      figures: `${Object.keys(HOSTILE).length + 2} names, 4 formats`,
    });
  });

  it("the Action's annotations, job summary and pull request comment", async () => {
    hostileTenant();
    writeFileSync(join(harness.workspace, "okta-drift.yml"), SPEC);
    const run = await runAction({ comment: "always" }, PR_EVENT);
    expect(run.code).toBe(0);
    const commands = run.stdout.split("\n").filter((l) => l.startsWith("::"));
    // Only the Action's own commands, each on one line, with their properties escaped.
    for (const c of commands)
      expect(c, c).toMatch(/^::(add-mask|warning|error|notice|debug|set-output|group|endgroup)[ :]/);
    expect(commands.some((c) => c.startsWith("::error::injected"))).toBe(false);
    expectInert(run.stdout);
    const comment = harness.github.issues.get(7)!.comments[0]!.body;
    for (const place of [comment, run.summary]) {
      expectInert(place);
      expect(place).not.toMatch(/<img|<script|\]\(https:\/\/evil|@octocat/);
    }
    expect(comment.length).toBeLessThan(65_536);
    table.held({
      tried: "the same names through the Action: annotations, job summary, the pull request comment",
      held: "only the Action's own workflow commands, escaped; the comment and summary inert and under GitHub's 65,536 characters",
      figures: `${commands.length} workflow commands checked`,
    });
  });
});
