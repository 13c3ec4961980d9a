/** The applications the portfolio benchmarks use: the scenario teams, varied deterministically. */
import { questionnaire } from "../../content/questionnaire";
import { teams } from "../../content/scenarios/teams";
import type { Answers, Assessment } from "@/lib/engine";

const CRITICALITY = ["internal-tool", "business-supporting", "customer-facing", "business-critical", "not-sure"];
const TEAMS = Object.entries(teams);

/** Application `i`: a scenario team, its criticality and name varied, every fifth unsure of its hardening, every third with the first plan action done. */
export function application(i: number): Assessment {
  const [team, base] = TEAMS[i % TEAMS.length] ?? ["statelessService", teams.statelessService];
  const answers: Record<string, Answers[string]> = {
    ...base,
    "scope.business-criticality": CRITICALITY[i % CRITICALITY.length] ?? "not-sure",
  };
  if (i % 5 === 0) answers["security.hardening"] = ["not-sure"];
  return {
    id: `app-${String(i).padStart(3, "0")}`,
    name: `${String(base["scope.pilot-name"] ?? team)} ${i + 1}`,
    createdAt: "2026-12-01T00:00:00Z",
    updatedAt: "2026-12-01T00:00:00Z",
    contentVersion: questionnaire.version,
    answers,
    decisions: i % 3 === 0 ? { "agree-goals-and-measures": { status: "done" } } : {},
  };
}
