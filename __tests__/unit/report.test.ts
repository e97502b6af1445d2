import { describe, expect, it } from "vitest";
import { parse } from "../../src/el/parse.js";
import type { Plan } from "../../src/model/plan.js";
import {
  escapeMarkdown,
  fitComment,
  GITHUB_COMMENT_LIMIT,
  markdownReport,
} from "../../src/report/markdown.js";
import { textReport } from "../../src/report/text.js";

const EVIL = "a | b <img src=x onerror=alert(1)> `x` [link](http://e) @team";

const plan: Plan = {
  findings: [],
  impact: [],
  hash: "f".repeat(64),
  groupNames: { "00gbso71miOMjxHRW0hb": EVIL, "00gbso71miOMjxHRW0h7": "WestCoastDivision" },
  unmanaged: [
    {
      resource: "claim",
      serverId: "ausain6z9zIedDCxB0h7",
      serverName: undefined,
      claimId: "oclx",
      claimName: "<b>bold</b>",
      claimType: "RESOURCE",
    },
  ],
  changes: [
    {
      resource: "app-profile",
      action: "update",
      appId: "0oabskvc6442nkvQO0h7",
      appLabel: "App | <script>",
      key: "groupwhitelist",
      allowlist: ["00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0hb"],
      ordered: false,
      fields: [
        {
          field: "profile.groupwhitelist",
          before: ["00gbso71miOMjxHRW0h7"],
          after: ["00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0hb"],
        },
      ],
      spec: { file: "okta-drift.yml", line: 7, col: 7 },
    },
    {
      resource: "claim",
      action: "update",
      serverId: "ausain6z9zIedDCxB0h7",
      serverName: undefined,
      claimId: "ocl1",
      claimName: "groups",
      claimType: "RESOURCE",
      desired: undefined,
      fields: [
        {
          field: "value",
          before: 'getFilteredGroups({"00gbso71miOMjxHRW0hb"}, "group.name", 5)',
          after: 'getFilteredGroups({"00gbso71miOMjxHRW0h7"}, "group.name", 5)',
          trees: {
            before: parse('getFilteredGroups({"00gbso71miOMjxHRW0hb"}, "group.name", 5)'),
            after: parse('getFilteredGroups({"00gbso71miOMjxHRW0h7"}, "group.name", 5)'),
          },
        },
      ],
      spec: { file: "okta-drift.yml", line: 12, col: 9 },
    },
  ],
};

describe("markdown report", () => {
  it("escapes every value from Okta so it cannot break the table or inject HTML", () => {
    const md = markdownReport(plan, { specFile: "okta-drift.yml" });
    expect(md).not.toContain("<img");
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>bold</b>");
    expect(md).not.toContain("a | b");
    expect(md).not.toContain("@team");
    // Every table row still has its six cells.
    for (const line of md.split("\n").filter((l) => l.startsWith("| ✏️")))
      expect(line.split(" | ").length).toBeGreaterThanOrEqual(5);
    expect(md).toContain(escapeMarkdown(EVIL));
  });

  it("shows group IDs with their names, in allowlists and in expressions", () => {
    const md = markdownReport(plan, { specFile: "okta-drift.yml" });
    expect(md).toContain("+a &#124; b &lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("getFilteredGroups({&quot;WestCoastDivision&quot;}, &quot;group.name&quot;, 5)");
    expect(md).toContain(`Plan hash: <code>${"f".repeat(64)}</code>`);
  });

  it("escapes the characters that matter", () => {
    expect(escapeMarkdown("<a>|`[x]`@y\nz")).toBe("&lt;a&gt;&#124;&#96;&#91;x&#93;&#96;&#64;y z");
  });
});

describe("text report", () => {
  it("colors only when asked", () => {
    expect(textReport(plan)).not.toContain("\u001b[");
    expect(textReport(plan, { color: true })).toContain("\u001b[33m~ update");
    expect(textReport(plan)).toContain("+ WestCoastDivision (00gbso71miOMjxHRW0h7), ");
  });
});

describe("fitting a comment", () => {
  it("leaves a short report alone", () => {
    expect(fitComment("short\n", "note")).toBe("short\n");
  });

  it("cuts a long report at a line under GitHub's limit, closes open details and says where the rest is", () => {
    const long = `### title\n<details><summary>x</summary>\n\n${"| a | b |\n".repeat(20_000)}</details>\n`;
    const fitted = fitComment(long, "The whole report is in the job summary.");
    expect(fitted.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(fitted).toMatch(/\| a \| b \|\n<\/details>\n\n> The whole report is in the job summary.\n$/);
  });
});
