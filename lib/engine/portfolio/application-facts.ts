/**
 * What the portfolio and the pilot ranking read from one application's answers, beyond its
 * readiness: how much the business depends on it, whether it keeps state, and what ties it
 * to other systems. Read from the answers that count (questions shown), by option id, so the
 * content's wording can change freely; the labels shown for them live here.
 */
import { answerOf, type Answers } from "../answers";

export const CRITICALITY_QUESTION = "scope.business-criticality";

/** 1 (least) to 4 (most): the order the ranking prefers, least critical first. */
export const CRITICALITY_RANKS: Readonly<Record<string, number>> = {
  "internal-tool": 1,
  "business-supporting": 2,
  "customer-facing": 3,
  "business-critical": 4,
};

export const CRITICALITY_LABELS: Readonly<Record<string, string>> = {
  "internal-tool": "Internal tool",
  "business-supporting": "Business-supporting",
  "customer-facing": "Customer-facing",
  "business-critical": "Business-critical",
  "not-sure": "Not sure",
};

export const CRITICALITY_NOT_GIVEN = "Not given";

export interface Criticality {
  value: string;
  label: string;
  /** 1–4, or null when the team is not sure (the ranking then takes the most critical). */
  rank: number | null;
}

export function criticalityOf(answers: Answers): Criticality | null {
  const value = answerOf(answers, CRITICALITY_QUESTION);
  if (typeof value !== "string" || value === "") return null;
  return { value, label: CRITICALITY_LABELS[value] ?? value, rank: CRITICALITY_RANKS[value] ?? null };
}

export type Statefulness = "stateless" | "stateful" | "unknown";

export const STATEFULNESS_LABELS: Readonly<Record<Statefulness, string>> = {
  stateless: "Stateless",
  stateful: "Stateful",
  unknown: "State not known",
};

/** From storage.stateful: "not sure" and no answer are unknown, never stateless. */
export function statefulnessOf(answers: Answers): Statefulness {
  const value = answerOf(answers, "storage.stateful");
  if (value === "no") return "stateless";
  if (value === "yes") return "stateful";
  return "unknown";
}

/**
 * A dependency: something outside the application that moving it means moving, rewiring or
 * asking about. The content has no count of dependencies (app-knowledge.dependencies asks
 * whether they are mapped), so these are the ties its answers reveal, one each; state is
 * not among them, as statefulness is reported on its own.
 */
interface Tie {
  question: string;
  options: readonly string[];
  phrase: string;
}

export const DEPENDENCY_TIES: readonly Tie[] = [
  { question: "networking.discovery", options: ["config", "hardcoded"], phrase: "services it reaches by fixed address" },
  { question: "networking.egress-ips", options: ["stable", "server-ips"], phrase: "partners that allow-list its addresses" },
  { question: "processes.scheduled", options: ["host-cron"], phrase: "cron on its host" },
  { question: "resilience.workload-traits", options: ["clustered"], phrase: "peers it must find or start in order" },
  { question: "resilience.workload-traits", options: ["vendor"], phrase: "a vendor's support and licence terms" },
  { question: "resilience.workload-traits", options: ["windows", "arm64", "gpu", "kernel"], phrase: "special nodes" },
];

export type DependencyMap = "mapped" | "partial" | "unmapped" | "not-given";

export interface Dependencies {
  count: number;
  /** One phrase per tie, in the order above. */
  items: string[];
  /** app-knowledge.dependencies: whether anyone knows the rest; "not-given" when not asked (a new service) or not answered. */
  map: DependencyMap;
}

function matches(answers: Answers, tie: Tie): boolean {
  const value = answerOf(answers, tie.question);
  if (typeof value === "string") return tie.options.includes(value);
  return Array.isArray(value) && value.some((choice) => tie.options.includes(choice));
}

export function dependenciesOf(answers: Answers): Dependencies {
  const items = DEPENDENCY_TIES.filter((tie) => matches(answers, tie)).map((tie) => tie.phrase);
  const map = answerOf(answers, "app-knowledge.dependencies");
  return {
    count: items.length,
    items,
    map: map === "mapped" || map === "partial" || map === "unmapped" ? map : "not-given",
  };
}
