/**
 * The GitHub script, run for real: under sh -n for syntax, then by dash and bash with a
 * fake `gh` (and decoy rm, reboot, calc… that record any call) as the only commands on
 * PATH. Every title and body must reach gh exactly as written, and nothing else may run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExportDocument } from "../export-document";
import { flag, runWithFakeGh as run } from "./fake-gh";
import { codeSpan, gitHubIssueBody } from "./github-body";
import { toGitHubScript } from "./github-script";
import { shellQuote } from "./shell-quote";
import { actionLabels } from "./tracker-plan";
import { actionsOf, HOSTILE, hostileDocument, withReferences } from "./test-support";

/** Content text can hold quotes too ("Don't run as root"): titles get the hostile treatment here. */
function withHostileTitles(doc: ExportDocument): ExportDocument {
  const copy = structuredClone(doc);
  const phase = copy.plan.phases[1];
  if (phase) {
    phase.title = "Found'ations $(reboot)";
    for (const action of phase.actions) action.phaseTitle = phase.title;
  }
  const database = actionsOf(copy).find((action) => action.id === "managed-database");
  if (database) database.title = `Don't \`rm -rf ~\`; $(reboot) "x" ${HOSTILE.formula}`;
  const scanning = actionsOf(copy).find((action) => action.id === "image-scanning");
  if (scanning) scanning.title = "-2 --web";
  return copy;
}

const doc = withHostileTitles(hostileDocument());
const SHELLS = [["/bin/sh"], ["/bin/bash", "--posix"]].filter(([shell]) => shell !== undefined && existsSync(shell));

describe("shellQuote", () => {
  it.each([[HOSTILE.shell], [HOSTILE.substitution], ["it's"], ["'"], ["''"], ["a\nb"], ["$HOME ${x} `id` \\ * ?"]])(
    "keeps %j literal",
    (text) => {
      const result = spawnSync("/bin/sh", ["-c", `printf '%s' ${shellQuote(text)}`], { encoding: "utf8", env: { NODE_ENV: "test" } });
      expect(result.stdout).toBe(text);
    },
  );
});

describe("codeSpan", () => {
  it.each<[string, string]>([
    ["@SUM(1+1)", "` @SUM(1+1) `"],
    ["a `tick` b", "`` a `tick` b ``"],
    ["``", "``` `` ```"],
    ["two\nlines", "` two lines `"],
  ])("%j → %j", (text, expected) => {
    expect(codeSpan(text)).toBe(expected);
  });
});

describe("gitHubIssueBody", () => {
  it("links web references, the label's brackets escaped, and drops any other scheme", () => {
    const action = actionsOf(withReferences(doc)).find((candidate) => candidate.id === "managed-database");
    const body = action ? gitHubIssueBody(action) : "";
    expect(body).toContain("**References**\n\n- [Guide \\[part|1\\] *bold* <b>](<https://example.com/a_b?x=1&y=2>)");
    expect(body).not.toContain("javascript:");
  });
});

describe("toGitHubScript", () => {
  const all = toGitHubScript(doc, { include: "all" });
  const open = toGitHubScript(doc, { include: "open" });

  it("is valid POSIX shell, and says at the top how to run it and what it creates", () => {
    for (const script of [all, open]) {
      const check = spawnSync("/bin/sh", ["-n"], { input: script, encoding: "utf8" });
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    }
    expect(all.startsWith("#!/bin/sh\n")).toBe(true);
    expect(all).toContain("#   sh plan-issues.sh owner/repo\n");
    expect(all).toContain("# It creates 6 issues (one per action, in plan order), 3 milestones");
    expect(open).toContain("# It creates 4 issues");
    expect(all).toMatch(/^set -eu$/m);
  });

  it.each(SHELLS)(
    "under %s, creates labels, milestones and issues with every text exactly as written, and runs nothing else",
    (...shell) => {
      const result = run(all, shell, ["owner/repo"]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.calls.every((call) => call.cmd === "gh")).toBe(true);
      expect(result.stdout).toBe(`Creating 6 issues for the plan of “${HOSTILE.name}” in:\nowner/repo\nDone: 6 issues created.\n`);
      for (const call of result.calls)
        expect(flag(call.args, "repo").concat(call.args.filter((arg) => arg.includes("repos/")))).not.toEqual([]);

      const actions = actionsOf(doc);
      const labels = result.calls.filter((call) => call.args[0] === "label").map((call) => call.args[2]);
      expect(new Set(labels)).toEqual(new Set(actions.flatMap((action) => actionLabels(action, doc).map((label) => label.name))));

      const milestones = result.calls.filter((call) => call.args.includes("repos/owner/repo/milestones"));
      expect(milestones.map((call) => call.args.find((arg) => arg.startsWith("title=")))).toEqual(
        doc.plan.phases.map((phase) => `title=${phase.title}`),
      );
      expect(milestones[0]?.args).toContain(
        `description=Agree what to do. Phase 1 of 3 of the container adoption plan for ${codeSpan(HOSTILE.name)}, from Know Before You Deploy.`,
      );

      const created = result.calls.filter((call) => call.args[0] === "issue" && call.args[1] === "create");
      const numberOf = new Map(actions.map((action, i) => [action.id, 101 + i]));
      expect(created.map((call) => flag(call.args, "title"))).toEqual(actions.map((action) => [action.title]));
      expect(created.map((call) => flag(call.args, "milestone"))).toEqual(actions.map((action) => [action.phaseTitle]));
      created.forEach((call, i) => {
        const action = actions[i];
        if (!action) throw new Error("more issues than actions");
        const blockers = action.dependsOn.map((id) => `\n- Blocked by #${numberOf.get(id)}`).join("");
        expect(flag(call.args, "body")).toEqual([
          blockers ? `${gitHubIssueBody(action)}\n\n**Dependencies**\n${blockers}` : gitHubIssueBody(action),
        ]);
        expect(flag(call.args, "label")).toEqual(actionLabels(action, doc).map((label) => label.name));
      });
      const database = created[1];
      expect(flag(database?.args ?? [], "body")[0]).toContain(
        `- Person: ${codeSpan(HOSTILE.shell)}\n- Note: ${codeSpan(HOSTILE.substitution)}`,
      );
      expect(flag(created[0]?.args ?? [], "body")[0]).toContain(
        `- Not applicable because: ${codeSpan(HOSTILE.formula)}\n- Person: ${codeSpan(HOSTILE.sum)}\n- Note: ${codeSpan(HOSTILE.plus)}`,
      );

      const closed = result.calls.filter((call) => call.args[0] === "issue" && call.args[1] === "close");
      expect(closed.map((call) => [call.args[2], ...flag(call.args, "reason")])).toEqual([
        ["101", "not planned"],
        ["103", "completed"],
      ]);

      const dependencies = result.calls.filter((call) => call.args.some((arg) => arg.endsWith("/dependencies/blocked_by")));
      expect(
        dependencies.map((call) => [call.args.find((arg) => arg.startsWith("repos/")), call.args[call.args.indexOf("-F") + 1]]),
      ).toEqual(
        actions.flatMap((action) =>
          action.dependsOn.map((id) => [
            `repos/owner/repo/issues/${numberOf.get(action.id)}/dependencies/blocked_by`,
            `issue_id=${(numberOf.get(id) ?? 0) + 5000}`,
          ]),
        ),
      );
    },
  );

  it("with the default, makes issues only for open actions and links none to those left out", () => {
    const result = run(open, ["/bin/sh"], ["owner/repo"]);
    expect(result.status).toBe(0);
    const created = result.calls.filter((call) => call.args[0] === "issue" && call.args[1] === "create");
    expect(created.map((call) => flag(call.args, "title")[0])).toEqual(
      actionsOf(doc)
        .filter((action) => action.decision.status === "open")
        .map((action) => action.title),
    );
    expect(created.map((call) => (flag(call.args, "body")[0] ?? "").includes("Blocked by"))).toEqual([false, false, false, true]);
    expect(result.calls.filter((call) => call.args[1] === "close")).toEqual([]);
    expect(result.calls.filter((call) => call.args.some((arg) => arg.includes("/dependencies/")))).toHaveLength(1);
  });

  it("uses gh's current repository without an argument, and refuses anything but owner/repo", () => {
    const current = run(open, ["/bin/sh"], []);
    expect(current.status).toBe(0);
    expect(current.calls[0]?.args).toEqual(["repo", "view", "--json", "nameWithOwner", "--jq", ".nameWithOwner"]);
    expect(current.calls.filter((call) => call.args[1] === "create").every((call) => flag(call.args, "repo")[0] === "current/repo")).toBe(
      true,
    );

    const refused = run(open, ["/bin/sh"], ["not-a-repo"]);
    expect(refused.status).toBe(2);
    expect(refused.calls).toEqual([]);
  });

  it("passes even a hostile repository argument to gh as one word, running nothing", () => {
    const repo = "o/r; rm -rf ~ $(reboot) `id`";
    const result = run(open, ["/bin/sh"], [repo]);
    expect(result.status).toBe(0);
    expect(result.calls.every((call) => call.cmd === "gh")).toBe(true);
    expect(result.calls.filter((call) => call.args[1] === "create").every((call) => flag(call.args, "repo")[0] === repo)).toBe(true);
  });

  it("stops when gh answers with something that is not an issue URL", () => {
    const result = run(open, ["/bin/sh"], ["owner/repo"], { FAKE_GH_ANSWER: "https://github.com/o/r/issues/1;reboot" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("gh did not answer with an issue URL");
    expect(result.calls.every((call) => call.cmd === "gh")).toBe(true);
  });

  it("with nothing left to do, is still a valid script that creates nothing", () => {
    const settled = structuredClone(doc);
    for (const action of actionsOf(settled)) action.decision = { status: "done" };
    const script = toGitHubScript(settled, { include: "open" });
    expect(script).toContain("# It creates 0 issues (one per action, in plan order), 0 milestones");
    const result = run(script, ["/bin/sh"], ["owner/repo"]);
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([]);
  });
});
