/** Turning a choice on the compare form (a saved assessment or a pasted link) into answers to compare. */
import { admitLink, type Assessment, type Codebook, type IdHistory, type Questionnaire, type SharedAssessment } from "@/lib/engine";
import { linkDay } from "../ui/format-date";

export interface SourceChoice {
  saved: string;
  link: string;
}

export type ResolvedSource = { ok: true; assessment: SharedAssessment } | { ok: false; error: string };

export interface LinkContext {
  questionnaire: Questionnaire;
  codebooks: readonly Codebook[];
  history: IdHistory;
}

export function resolveSource(choice: SourceChoice, saved: Readonly<Record<string, Assessment>>, context: LinkContext): ResolvedSource {
  const link = choice.link.trim();
  if (link) {
    const fragment = link.includes("#") ? link.slice(link.indexOf("#") + 1) : link;
    const decoded = admitLink(fragment, context);
    if (!decoded.ok) return { ok: false, error: `That result link cannot be read: ${decoded.detail}` };
    // A link keeps only the day it was last changed: shown as that day, in any time zone.
    return { ok: true, assessment: { ...decoded.assessment, updatedAt: linkDay(decoded.assessment.updatedAt) } };
  }
  const assessment = Object.hasOwn(saved, choice.saved) ? saved[choice.saved] : undefined;
  return assessment ? { ok: true, assessment } : { ok: false, error: "Choose a saved assessment or paste a result link" };
}
