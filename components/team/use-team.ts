"use client";
/**
 * The facilitator's team record for the open assessment: the invitation, the responses
 * (each re-admitted from the link it came as, so stored data enters the same checked way),
 * and how each question was settled. Kept in this browser beside the assessment.
 */
import { useCallback, useMemo, useState } from "react";
import {
  admitResponse,
  admitResponseFile,
  TEAM_ID_LENGTH,
  type AnswerValue,
  type Assessment,
  type Codebook,
  type IdHistory,
  type Questionnaire,
  type TeamResponse,
} from "@/lib/engine";
import { localStore, readTeam, writeTeam, type TeamRecord } from "@/lib/state/team-storage";

export interface TeamContext {
  questionnaire: Questionnaire;
  codebooks: readonly Codebook[];
  history: IdHistory;
}

export interface AdmittedResponse {
  fragment: string;
  response: TeamResponse;
  upgradedFrom?: string | undefined;
}

/** What became of one link or file the facilitator gave. */
export interface AddOutcome {
  source: string;
  kind: "added" | "duplicate" | "other-invitation" | "refused";
  detail: string;
}

function newTeamId(): string {
  const digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = new Uint8Array(TEAM_ID_LENGTH);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => digits[byte % digits.length]).join("");
}

const EMPTY = (team: string): TeamRecord => ({ team, areas: "all", note: "", responses: [], settled: {}, notes: {} });

export function useTeam(assessment: Assessment, context: TeamContext) {
  const [record, setRecord] = useState<TeamRecord | undefined>(() => {
    const store = localStore();
    return store ? readTeam(store, assessment.id) : undefined;
  });
  const [saveFailed, setSaveFailed] = useState(false);

  const save = useCallback(
    (next: TeamRecord) => {
      setRecord(next);
      const store = localStore();
      setSaveFailed(!store || !writeTeam(store, assessment.id, next).ok);
    },
    [assessment.id],
  );

  const responses: AdmittedResponse[] = useMemo(
    () =>
      (record?.responses ?? []).flatMap((fragment) => {
        const admitted = admitResponse(fragment, context);
        return admitted.ok ? [{ fragment, response: admitted.response, upgradedFrom: admitted.upgradedFrom }] : [];
      }),
    [record?.responses, context],
  );

  const invite = (areas: "all" | string[], note: string): TeamRecord => {
    const next = { ...(record ?? EMPTY(newTeamId())), areas, note };
    save(next);
    return next;
  };

  /** Adds response links (one per line) and files; says what became of each. */
  const add = async (texts: readonly string[], files: readonly File[]): Promise<AddOutcome[]> => {
    const current = record ?? EMPTY(newTeamId());
    const fragments = [...current.responses];
    const outcomes: AddOutcome[] = [];
    // admitResponse takes a whole URL, "#…" or the bare fragment, and gives the fragment as this app writes it.
    const take = (source: string, admitted: ReturnType<typeof admitResponse>) => {
      if (!admitted.ok) outcomes.push({ source, kind: "refused", detail: admitted.detail });
      else if (admitted.response.team !== current.team)
        outcomes.push({
          source,
          kind: "other-invitation",
          detail: `It answers another invitation (for “${admitted.response.name}”), not this one.`,
        });
      else if (fragments.includes(admitted.fragment)) outcomes.push({ source, kind: "duplicate", detail: "It was added already." });
      else {
        fragments.push(admitted.fragment);
        const upgraded = admitted.upgradedFrom
          ? ` It was answered with questionnaire version ${admitted.upgradedFrom} and brought up to date.`
          : "";
        outcomes.push({ source, kind: "added", detail: `Added.${upgraded}` });
      }
    };
    for (const [index, text] of texts.entries()) take(`Link ${index + 1}`, admitResponse(text, context));
    for (const file of files) {
      if (file.size > 100_000) {
        outcomes.push({ source: file.name, kind: "refused", detail: "It is larger than any response file this tool makes." });
        continue;
      }
      take(file.name, admitResponseFile(await file.text(), context));
    }
    if (fragments.length !== current.responses.length || !record) save({ ...current, responses: fragments });
    return outcomes;
  };

  const remove = (fragment: string) => {
    if (record) save({ ...record, responses: record.responses.filter((entry) => entry !== fragment) });
  };

  /** Settles a question (null: leave it unanswered; undefined: back to the default). */
  const settle = (question: string, value: AnswerValue | null | undefined) => {
    if (!record) return;
    const { [question]: _old, ...settled } = record.settled;
    save({ ...record, settled: value === undefined ? settled : { ...settled, [question]: value } });
  };

  const noteOn = (question: string, note: string) => {
    if (!record) return;
    const { [question]: _old, ...notes } = record.notes;
    save({ ...record, notes: note.trim() ? { ...notes, [question]: note.slice(0, 300) } : notes });
  };

  return { record, responses, invite, add, remove, settle, noteOn, saveFailed };
}
