import { describe, expect, it } from "vitest";
import { checkEvidenceRules, type EvidenceRule } from "@/lib/engine";
import { questionnaire } from "../questionnaire";
import { evidenceRules } from "./index";

describe("evidence rules", () => {
  it("are sound: real questions and options, facts a reader states, unique ids", () => {
    expect(checkEvidenceRules(questionnaire, evidenceRules)).toEqual([]);
  });

  it("cover the questions a file can settle", () => {
    const questions = new Set(evidenceRules.map((rule) => rule.question));
    for (const id of ["security.run-as", "app-knowledge.pid1", "app-knowledge.health", "ownership.tagging", "app-knowledge.secrets"]) {
      expect(questions.has(id)).toBe(true);
    }
  });

  it("names what is wrong with an unsound rule", () => {
    const broken: EvidenceRule[] = [
      { id: "a", question: "no.such", when: { op: "some", fact: "gpu", values: ["yes"] }, propose: ["x"], reason: "r" },
      {
        id: "a",
        question: "security.run-as",
        when: { op: "some", fact: "gpu", values: ["maybe"] },
        propose: ["root", "non-root"],
        reason: "r",
      },
      { id: "Bad id", question: "security.run-as", when: { op: "any", conditions: [] }, propose: ["not-sure"], reason: " " },
      { id: "c", question: "scope.pilot-name", when: { op: "some", fact: "gpu", values: ["yes"] }, propose: ["x"], reason: "r" },
    ];
    const problems = checkEvidenceRules(questionnaire, broken);
    expect(problems).toEqual([
      "Evidence rule “a”: there is no question “no.such”.",
      "Evidence rule “a”: the id is used twice.",
      "Evidence rule “a”: the fact “gpu” is never “maybe” (it is one of yes).",
      "Evidence rule “a”: a single-choice question takes exactly one option.",
      "Evidence rule “Bad id”: ids are lower-case words joined by '.' or '-'.",
      "Evidence rule “Bad id”: it gives no reason.",
      "Evidence rule “Bad id”: an empty “any”.",
      "Evidence rule “Bad id”: files never prove “Not sure”; propose nothing instead.",
      "Evidence rule “c”: “scope.pilot-name” is a text question; evidence proposes only choices.",
    ]);
  });
});
