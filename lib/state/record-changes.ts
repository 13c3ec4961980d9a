/** Small, pure changes the store makes to a record before saving it. */
import { NOTE_MAX_LENGTH, PERSON_MAX_LENGTH, type Assessment, type RiskDecision } from "@/lib/engine";
import { truncateText } from "./truncate";

/** The assessment with these citations, the field left out when there are none. */
export function withEvidence(assessment: Assessment, evidence: Record<string, string> | undefined): Assessment {
  const { evidence: _old, ...rest } = assessment;
  return evidence && Object.keys(evidence).length > 0 ? { ...rest, evidence } : rest;
}

/** Texts cut to their limits and blank ones left out, as the checks that read it back expect. */
export function cleanRiskDecision(decision: RiskDecision): RiskDecision {
  const reason = truncateText(decision.reason?.trim() ?? "", NOTE_MAX_LENGTH);
  const by = truncateText(decision.by?.trim() ?? "", PERSON_MAX_LENGTH);
  return {
    kind: decision.kind,
    ...(reason ? { reason } : {}),
    ...(by ? { by } : {}),
    ...(decision.reviewOn ? { reviewOn: decision.reviewOn } : {}),
    decidedOn: decision.decidedOn,
    basis: decision.basis,
  };
}
