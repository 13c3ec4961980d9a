"use client";
/**
 * For an application in a programme, what to say beside each programme-level answer of
 * this step (inherited, behind the programme, or its own). Programmes are read once per step.
 */
import { useMemo, useState } from "react";
import {
  inheritanceNotes,
  programmeOf,
  type Area,
  type Assessment,
  type InheritanceNote,
  type Programme,
  type Question,
} from "@/lib/engine";
import { localStore } from "@/lib/state/team-storage";
import { readProgrammes } from "@/lib/state/programme-storage";

export function useInheritanceNotes(
  area: Pick<Area, "id" | "title" | "level">,
  questions: readonly Question[],
  assessment: Pick<Assessment, "id" | "answers">,
): Readonly<Record<string, InheritanceNote>> {
  const [programme] = useState<Programme | undefined>(() => {
    const store = localStore();
    return store ? programmeOf(readProgrammes(store).programmes, assessment.id) : undefined;
  });
  return useMemo(
    () => (programme ? inheritanceNotes({ areas: [area], questions }, programme, assessment.id, assessment.answers) : {}),
    [programme, area, questions, assessment.id, assessment.answers],
  );
}
