/**
 * The basis of a risk decision: a short fingerprint of why the risk is raised (the rule that
 * won, its numbers, and the answers it rests on). A decision remembers the basis it was
 * taken on; when the answers behind the risk change, the fingerprint does, and the decision
 * is due for review rather than quietly applying to a different situation.
 */
import type { RaisedRisk } from "./risks";

/** FNV-1a, 32 bits: stable, tiny and good enough to notice a change (not a security measure). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function riskBasis(risk: Pick<RaisedRisk, "rule" | "likelihood" | "impact" | "because">): string {
  const because = [...risk.because]
    .sort((a, b) => (a.question < b.question ? -1 : a.question > b.question ? 1 : 0))
    .map((reason) => `${reason.question}=${JSON.stringify(reason.answer ?? null)}`);
  return fnv1a([risk.rule, risk.likelihood, risk.impact, ...because].join("|"))
    .toString(16)
    .padStart(8, "0");
}
