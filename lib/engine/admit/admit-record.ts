/**
 * The one way an assessment enters from outside: a result link, an imported file or a
 * record read back from storage. Each is parsed and validated, its ids carried through
 * the id history, and it is labelled with the current content version, saying which
 * version it was brought up from. Nothing outside the engine parses these itself.
 */
import type { Assessment } from "../assessment";
import type { IdHistory } from "../share/id-history";
import { keptEvidence } from "../evidence/kept-evidence";
import { renameThroughHistory } from "../upgrade";
import { readRecord } from "./stored-record";
import { upgradedFrom, type Upgraded } from "./upgraded";

export type AdmittedRecord =
  | ({ kind: "ok"; assessment: Assessment; rewrite: boolean; lost: string[] } & Upgraded)
  | { kind: "newer"; name: string | undefined }
  | { kind: "unreadable"; reason: string };

/**
 * A record as storage keeps it (see stored-record). `id` is the id it is stored under; a
 * record claiming another is not trusted. `rewrite` says the stored text should be
 * replaced by the admitted form; `lost` lists, in words, what could not be kept.
 */
export function admitRecord(raw: string, id: string, context: { history: IdHistory; contentVersion: string }): AdmittedRecord {
  const result = readRecord(raw);
  if (!result.ok) {
    return result.newer
      ? { kind: "newer", name: result.name }
      : { kind: "unreadable", reason: `A saved assessment could not be read: ${result.reason}.` };
  }
  if (result.assessment.id !== id) {
    return { kind: "unreadable", reason: "A saved assessment could not be read: its name in storage does not match its id." };
  }
  const renamed = renameThroughHistory(context.history, result.assessment.answers, result.assessment.decisions);
  const from = result.assessment.contentVersion;
  const assessment: Assessment = {
    ...result.assessment,
    ...(renamed.changed
      ? {
          answers: renamed.answers,
          decisions: renamed.decisions,
          evidence: keptEvidence(result.assessment.evidence, renamed.answers, context.history),
        }
      : {}),
    contentVersion: context.contentVersion,
  };
  return {
    kind: "ok",
    assessment,
    rewrite: result.migrated || renamed.changed || result.repairs.length > 0 || from !== context.contentVersion,
    lost: [...result.repairs, ...renamed.notes],
    ...upgradedFrom(from, context.contentVersion),
  };
}
