/**
 * "Find out" tasks: every shown question whose answer says the team does not know becomes
 * a task to find out, addressed to the role best placed to answer it (the question's `ask`,
 * else its area's, else the first role). An unknown is work to do, not a gap to hide.
 */
import { answerOf, isUnknownAnswer } from "./answers";
import { referencedQuestions } from "./condition";
import type { MitigatedRisk } from "./plan";
import type { Area, Question, Risk, Role } from "./questionnaire";
import type { RaisedRisk } from "./risks";
import type { Visibility } from "./visibility";

export interface DiscoveryTask {
  /** `find-out.<question id>`: its own namespace, so it never collides with an action. */
  id: string;
  question: string;
  area: string;
  /** The role to ask (a role id). */
  ask: string;
  /** Raised risks that rest on this unknown answer, most severe first. */
  risks: MitigatedRisk[];
  /** Risks whose rules read the question: what cannot be judged until it is known. */
  decides: string[];
}

export const DISCOVERY_PREFIX = "find-out.";

interface DiscoveryContent {
  areas: readonly Pick<Area, "id" | "ask">[];
  questions: readonly Question[];
  risks: readonly Pick<Risk, "id" | "rules">[];
  roles: readonly Pick<Role, "id">[];
}

export function discoveryTasks(content: DiscoveryContent, visibility: Visibility, raised: readonly RaisedRisk[]): DiscoveryTask[] {
  const shown = new Set(visibility.visible);
  const areaAsk = new Map(content.areas.map((area) => [area.id, area.ask]));
  const fallback = content.roles[0]?.id ?? "";
  // One pass over the risks and the raised ones, not one per unknown answer: a team unsure of
  // many things must not cost the square of the content.
  const decidedBy = new Map<string, string[]>();
  for (const risk of content.risks) {
    const questions = new Set(risk.rules.flatMap((rule) => referencedQuestions(rule.when)));
    for (const id of questions) decidedBy.set(id, [...(decidedBy.get(id) ?? []), risk.id]);
  }
  const raisedBy = new Map<string, RaisedRisk[]>();
  for (const risk of raised) {
    for (const id of new Set(risk.because.map((entry) => entry.question))) raisedBy.set(id, [...(raisedBy.get(id) ?? []), risk]);
  }
  return content.questions.flatMap((question): DiscoveryTask[] => {
    if (!shown.has(question.id) || !isUnknownAnswer(question, answerOf(visibility.effective, question.id))) return [];
    return [
      {
        id: `${DISCOVERY_PREFIX}${question.id}`,
        question: question.id,
        area: question.area,
        ask: question.ask ?? areaAsk.get(question.area) ?? fallback,
        // Raised risks are already most severe first.
        risks: (raisedBy.get(question.id) ?? []).map((risk) => ({ id: risk.id, band: risk.band, severity: risk.severity })),
        decides: decidedBy.get(question.id) ?? [],
      },
    ];
  });
}
