/**
 * What the user decides about one proposed answer: accept it (with its evidence), reject it
 * (nothing changes), or change it to another answer of their own (saved without evidence,
 * since the files did not say that).
 */
import type { AnswerValue, Proposal } from "@/lib/engine";

export type ProposalChoice = { kind: "accept" } | { kind: "reject" } | { kind: "change"; value: AnswerValue | undefined };

/** New proposals start accepted; one that differs from the team's answer starts rejected, so nothing is replaced unseen. */
export function defaultChoice(proposal: Proposal): ProposalChoice {
  return proposal.standing === "differs" ? { kind: "reject" } : { kind: "accept" };
}
