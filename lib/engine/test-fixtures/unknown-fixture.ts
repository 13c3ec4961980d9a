/**
 * The fixture with a few "don't know" options marked unknown, a role to ask per area and
 * per question, and one question no risk reads: enough to test the plan's "find out"
 * tasks, "Start here" and how much of each area is known. The fixture itself is untouched.
 */
import type { Assessment } from "../assessment";
import type { Questionnaire } from "../questionnaire";
import { brokenFixture, questionById } from "./fixture-questionnaire";

export const unknownFixture: Questionnaire = brokenFixture((draft) => {
  for (const area of draft.areas) if (area.id === "storage") area.ask = "operations";
  const stateful = questionById("storage.stateful", draft);
  if (stateful.kind === "single") stateful.options = stateful.options.map((o) => (o.id === "unsure" ? { ...o, unknown: true } : o));
  const tenancy = questionById("security.tenancy", draft);
  if (tenancy.kind === "single") tenancy.options.push({ id: "not-sure", label: "Not sure", unknown: true });
  tenancy.ask = "security";
  const kinds = questionById("storage.kinds", draft);
  if (kinds.kind === "multi") kinds.options.push({ id: "not-sure", label: "Not sure", unknown: true });
  // A question no risk reads: not knowing its answer blocks nothing.
  draft.questions.splice(3, 0, {
    id: "scope.sponsor",
    area: "scope",
    prompt: "Who sponsors the adoption?",
    required: false,
    kind: "single",
    options: [
      { id: "named", label: "Someone named" },
      { id: "nobody-yet", label: "Nobody named yet", unknown: true },
    ],
  });
});

export function assessmentOf(answers: Assessment["answers"], decisions: Assessment["decisions"] = {}): Assessment {
  const stamp = "2026-11-20T09:30:00.000Z";
  return { id: "u", name: "Unknowns", createdAt: stamp, updatedAt: stamp, contentVersion: unknownFixture.version, answers, decisions };
}
