import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { questionnaire } from "@/content/questionnaire";
import { readEvidence } from "@/lib/engine";
import { evidenceReport, reportJson, reportText } from "./evidence-report";

const DOCKERFILE = 'FROM node:22\nUSER node\nCMD ["node", "server.js"]\n';

function cli(...args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/evidence.ts", ...args], { encoding: "utf8", timeout: 60_000 });
}

describe("npm run evidence", () => {
  it("reports each file's facts and proposals, and the proposals of all files together", async () => {
    const read = await readEvidence([
      { name: "Dockerfile", text: DOCKERFILE },
      { name: "compose.yaml", text: "services:\n  web:\n    build: .\n    image: web:latest\n" },
    ]);
    const report = await evidenceReport(questionnaire, read);
    const json = JSON.parse(reportJson(questionnaire, report)) as {
      files: {
        file: string;
        kind: string;
        proposals: { question: string; options: string[]; evidence: { file: string; line: number }[] }[];
      }[];
      proposals: { question: string }[];
    };
    expect(json.files.map((file) => [file.file, file.kind])).toEqual([
      ["Dockerfile", "dockerfile"],
      ["compose.yaml", "compose"],
    ]);
    const runAs = json.files[0]?.proposals.find((proposal) => proposal.question === "security.run-as");
    expect(runAs).toMatchObject({ options: ["non-root"], evidence: [{ file: "Dockerfile", line: 2 }] });
    expect(json.proposals.map((proposal) => proposal.question)).toEqual(expect.arrayContaining(["security.run-as", "ownership.tagging"]));
    const text = reportText(questionnaire, report);
    expect(text).toContain("line 2: image-user = non-root");
    expect(text).toContain("security.run-as: A non-root user");
    expect(text).toContain("from Dockerfile line 2: USER node");
    expect(text).toContain("Proposed answers from all the files together:");
  });

  it("exits 1 with a one-line reason per file it cannot read, and never a stack trace", () => {
    const result = cli("--json", "e2e/fixtures/evidence/Dockerfile", "no/such/file", "e2e/fixtures/evidence/bomb.yaml");
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "no/such/file: not read. There is no such file.",
      "bomb.yaml: not read. The file uses too many aliases (a YAML bomb?).",
    ]);
    const json = JSON.parse(result.stdout) as { files: unknown[]; unreadable: { file: string }[] };
    expect(json.files).toHaveLength(1);
    expect(json.unreadable.map((entry) => entry.file)).toEqual(["no/such/file", "bomb.yaml"]);
  }, 60_000);

  it("exits 0 when every file is read, and 2 on a usage mistake", () => {
    const ok = execFileSync("npx", ["tsx", "scripts/evidence.ts", "e2e/fixtures/evidence/deployment.yaml"], { encoding: "utf8" });
    expect(ok).toContain("deployment.yaml (kubernetes, 1 document)");
    const usage = cli("--yaml");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Unknown option --yaml.");
  }, 60_000);
});
