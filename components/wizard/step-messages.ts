/** The words of a step's problems (the engine says which questions have one). */
import type { AreaProblem } from "@/lib/engine";

export function problemMessage(problem: AreaProblem): string {
  const { question } = problem;
  if (problem.kind === "too-long") return `Your answer to “${question.prompt}” must be ${problem.maxLength} characters or fewer`;
  switch (question.kind) {
    case "multi":
      return `Select at least one answer to “${question.prompt}”`;
    case "text":
      return `Answer “${question.prompt}”`;
    default:
      return `Select an answer to “${question.prompt}”`;
  }
}
