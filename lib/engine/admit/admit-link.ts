/**
 * The one way an assessment enters from outside: a result link, an imported file or a
 * record read back from storage. Each is parsed and validated, its ids carried through
 * the id history, and it is labelled with the current content version, saying which
 * version it was brought up from. Nothing outside the engine parses these itself.
 */
import type { Questionnaire } from "../questionnaire";
import type { Codebook } from "../share/codebook";
import { decodeLink, type LinkErrorKind } from "../share/decode-link";
import type { IdHistory } from "../share/id-history";
import type { SharedAssessment } from "../share/shared-assessment";
import { upgradedFrom, type Upgraded } from "./upgraded";

type Content = Pick<Questionnaire, "version" | "questions" | "actions" | "risks">;

export type AdmittedLink =
  ({ ok: true; assessment: SharedAssessment; unmapped: string[] } & Upgraded) | { ok: false; error: LinkErrorKind; detail: string };

export function admitLink(
  text: string,
  context: { questionnaire: Content; history: IdHistory; codebooks: readonly Codebook[] },
): AdmittedLink {
  const decoded = decodeLink(text, context.codebooks, context.history, context.questionnaire);
  if (!decoded.ok) return decoded;
  const current = context.questionnaire.version;
  return {
    ...decoded,
    assessment: { ...decoded.assessment, contentVersion: current },
    ...upgradedFrom(decoded.assessment.contentVersion, current),
  };
}
