/**
 * What a benchmark finds saved in the browser: localStorage entries written by the app's
 * own writers (so the keys and formats are the ones it reads). The open assessment is the
 * heaviest scenario team, the one that raises the most risks and plans the most actions.
 */
import { questionnaire } from "../../content/questionnaire";
import { teams, type TeamName } from "../../content/scenarios/teams";
import { evaluate, type Answers, type Assessment, type Decision } from "@/lib/engine";
import { MemoryStorage } from "@/lib/state/memory-storage";
import { writeLastOpened, writeStoredRecord } from "@/lib/state/record-storage";

const STAMP = "2026-11-20T09:30:00.000Z";

function weight(answers: Answers): number {
  const { results, plan } = evaluate(questionnaire, answers);
  return results.risks.length * 1000 + plan.summary.total;
}

/** The scenario team with the most raised risks (then the most actions). */
export const HEAVIEST_TEAM: TeamName = (Object.keys(teams) as TeamName[]).reduce((heaviest, name) =>
  weight(teams[name]) > weight(teams[heaviest]) ? name : heaviest,
);

function assessmentOf(id: string, name: string, answers: Answers, decisions: Record<string, Decision> = {}): Assessment {
  return { id, name, createdAt: STAMP, updatedAt: STAMP, contentVersion: questionnaire.version, answers, decisions };
}

/** A person and a note on every planned action, so the plan renders all their fields. */
function decisionsOnEveryAction(answers: Answers): Record<string, Decision> {
  const { plan } = evaluate(questionnaire, answers);
  const actions = plan.phases.flatMap((phase) => phase.actions);
  return Object.fromEntries(
    actions.map((action, index): [string, Decision] => [
      action.id,
      { status: "open", person: `Person ${index + 1}`, note: "Agreed at the kick-off; to be reviewed at the next steering meeting." },
    ]),
  );
}

export type Seed = "one" | "one-with-decisions" | "ten";

function seededAssessments(seed: Seed): Assessment[] {
  const heaviest = teams[HEAVIEST_TEAM];
  if (seed === "one") return [assessmentOf("bench", "Claims platform (legacy)", heaviest)];
  if (seed === "one-with-decisions") return [assessmentOf("bench", "Claims platform (legacy)", heaviest, decisionsOnEveryAction(heaviest))];
  const names = Object.keys(teams) as TeamName[];
  return Array.from({ length: 10 }, (_, index) => {
    const team = index === 0 ? HEAVIEST_TEAM : (names[index % names.length] ?? HEAVIEST_TEAM);
    return assessmentOf(index === 0 ? "bench" : `bench-${index}`, `Application ${index + 1} (${team})`, teams[team]);
  });
}

export function storageEntries(seed: Seed = "one"): [string, string][] {
  const storage = new MemoryStorage();
  const assessments = seededAssessments(seed);
  for (const assessment of assessments) writeStoredRecord(storage, assessment);
  writeLastOpened(storage, "bench");
  return storage.keys().map((key): [string, string] => [key, storage.getItem(key) ?? ""]);
}
