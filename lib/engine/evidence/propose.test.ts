import { describe, expect, it } from "vitest";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import type { EvidenceRule } from "./evidence-rule";
import { facts as when } from "./evidence-rule";
import type { Fact } from "./facts";
import { MAX_CITATIONS, proposeAnswers } from "./propose";

const fact = (id: Fact["id"], value: string, line: number, file = "Dockerfile"): Fact =>
  ({ id, value, subject: "stage 2", source: { file, line, text: `line ${line}` }, note: "n" }) as Fact;

const questions = [
  {
    id: "q.single",
    area: "a",
    prompt: "Single?",
    help: "h",
    required: true,
    kind: "single" as const,
    options: [
      { id: "root", label: "Root" },
      { id: "non-root", label: "Non-root" },
      { id: "not-sure", label: "Not sure", unknown: true as const },
    ],
  },
  {
    id: "q.multi",
    area: "a",
    prompt: "Multi?",
    help: "h",
    required: false,
    kind: "multi" as const,
    options: [
      { id: "seccomp", label: "Seccomp" },
      { id: "read-only", label: "Read-only" },
      { id: "drop", label: "Drop" },
    ],
  },
  {
    id: "q.follow-up",
    area: "a",
    prompt: "Follow-up?",
    help: "h",
    required: false,
    kind: "single" as const,
    when: { op: "equals" as const, question: "q.single", value: "root" },
    options: [
      { id: "yes", label: "Yes" },
      { id: "no", label: "No" },
    ],
  },
];

const rules: EvidenceRule[] = [
  { id: "r.root", question: "q.single", when: when.some("image-user", "root"), propose: ["root"], reason: "Root." },
  { id: "r.non-root", question: "q.single", when: when.every("image-user", "non-root"), propose: ["non-root"], reason: "Non-root." },
  { id: "r.drop", question: "q.multi", when: when.some("dropped-capabilities", "all"), propose: ["drop"], reason: "Drop." },
  { id: "r.seccomp", question: "q.multi", when: when.some("seccomp", "runtime-default"), propose: ["seccomp"], reason: "Seccomp." },
  { id: "r.follow", question: "q.follow-up", when: when.some("gpu", "yes"), propose: ["yes"], reason: "GPU." },
];

describe("proposeAnswers", () => {
  it("takes the first rule that holds for a single choice, citing the facts that made it hold", () => {
    const [proposal] = proposeAnswers({ questions }, rules, [fact("image-user", "non-root", 3), fact("image-user", "root", 9)], {});
    expect(proposal).toMatchObject({ question: "q.single", value: "root", rules: ["r.root"], standing: "new" });
    expect(proposal?.evidence).toEqual([{ file: "Dockerfile", line: 9, text: "line 9" }]);
  });

  it("proposes nothing when the facts do not decide (an undetermined user is neither root nor non-root)", () => {
    expect(proposeAnswers({ questions }, rules, [fact("image-user", "undetermined", 4)], {})).toEqual([]);
    expect(proposeAnswers({ questions }, rules, [fact("image-user", "undetermined", 4), fact("image-user", "non-root", 5)], {})).toEqual(
      [],
    );
  });

  it("gathers every option of every holding rule for a multiple choice, in the question's order", () => {
    const [proposal] = proposeAnswers(
      { questions },
      rules,
      [fact("dropped-capabilities", "all", 30), fact("seccomp", "runtime-default", 20)],
      {},
    );
    expect(proposal).toMatchObject({ question: "q.multi", value: ["seccomp", "drop"], rules: ["r.drop", "r.seccomp"] });
  });

  it("sets each proposal beside the answer already given", () => {
    const facts = [fact("image-user", "root", 9), fact("seccomp", "runtime-default", 20)];
    const proposals = proposeAnswers({ questions }, rules, facts, { "q.single": "non-root", "q.multi": ["seccomp"] });
    expect(proposals.map(({ question, standing, current }) => ({ question, standing, current }))).toEqual([
      { question: "q.single", standing: "differs", current: "non-root" },
      { question: "q.multi", standing: "same", current: ["seccomp"] },
    ]);
  });

  it("leaves out a question the answers would hide, and keeps one the proposals reveal", () => {
    const gpu = fact("gpu", "yes", 2);
    expect(proposeAnswers({ questions }, rules, [gpu], {}).map((p) => p.question)).toEqual([]);
    expect(proposeAnswers({ questions }, rules, [gpu], { "q.single": "root" }).map((p) => p.question)).toEqual(["q.follow-up"]);
    expect(proposeAnswers({ questions }, rules, [gpu, fact("image-user", "root", 9)], {}).map((p) => p.question)).toEqual([
      "q.single",
      "q.follow-up",
    ]);
  });

  it("cites each line once and at most a handful of lines", () => {
    const many = Array.from({ length: 12 }, (_, index) => fact("image-user", "root", index + 1, index % 2 ? "a" : "b"));
    const [proposal] = proposeAnswers({ questions }, rules, [...many, ...many], {});
    expect(proposal?.evidence).toHaveLength(MAX_CITATIONS);
    expect(new Set(proposal?.evidence.map((s) => `${s.file}:${s.line}`)).size).toBe(MAX_CITATIONS);
  });

  it("works on the fixture questionnaire without rules for it", () => {
    expect(proposeAnswers(fixtureQuestionnaire, rules, [fact("image-user", "root", 1)], {})).toEqual([]);
  });
});
