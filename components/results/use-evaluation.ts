"use client";
import { useMemo } from "react";
import type { Assessment } from "@/lib/engine/assessment";
import { evaluate, type Evaluation } from "@/lib/engine/evaluation";
import type { Questionnaire } from "@/lib/engine/questionnaire";

/** The open assessment's evaluation, recomputed only when its answers change. */
export function useEvaluation(questionnaire: Questionnaire, assessment: Assessment | undefined): Evaluation | undefined {
  const answers = assessment?.answers;
  return useMemo(() => (answers ? evaluate(questionnaire, answers) : undefined), [questionnaire, answers]);
}
