"use client";
/**
 * The evidence page's working state: the files read so far (each with its facts or its
 * reason), and the answers they propose beside the assessment's own. Files stay in this
 * tab's memory only: nothing is saved or sent until the user accepts an answer, and then
 * only the answer and its citation are saved.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import {
  EVIDENCE_LIMITS,
  oversizedReason,
  loadProposer,
  readEvidence,
  type Answers,
  type ArtefactInput,
  type EvidenceRule,
  type Proposal,
  type Question,
  type ReadArtefact,
} from "@/lib/engine";

type Proposer = Awaited<ReturnType<typeof loadProposer>>;

export interface ReadFile {
  /** Stable across re-renders, so the list keeps focus and state per file. */
  key: string;
  result: ReadArtefact;
}

/** A picked or dropped file as text, refused by size before it is read. */
export async function inputFromFile(file: File): Promise<ArtefactInput | ReadArtefact> {
  if (file.size > EVIDENCE_LIMITS.fileBytes) {
    return {
      ok: false,
      name: file.name,
      reason: oversizedReason(file.size),
    };
  }
  try {
    return { name: file.name, text: await file.text() };
  } catch {
    return { ok: false, name: file.name, reason: "The browser could not read it (was it moved or deleted?)." };
  }
}

const isRead = (entry: ArtefactInput | ReadArtefact): entry is ReadArtefact => "ok" in entry;

export function useEvidence(questions: readonly Question[], answers: Answers) {
  const [files, setFiles] = useState<ReadFile[]>([]);
  const [reading, setReading] = useState(false);
  // The rules and the proposer arrive with the first file (neither is needed before).
  const [proposer, setProposer] = useState<{ rules: readonly EvidenceRule[]; propose: Proposer } | null>(null);
  const counter = useRef(0);

  const add = useCallback(async (entries: readonly (ArtefactInput | ReadArtefact)[]) => {
    if (entries.length === 0) return;
    setReading(true);
    try {
      const [read, content, propose] = await Promise.all([
        readEvidence(entries.filter((entry): entry is ArtefactInput => !isRead(entry))),
        import("@/content/evidence"),
        loadProposer(),
      ]);
      setProposer({ rules: content.evidenceRules, propose });
      const refused = entries.filter(isRead);
      const results = [...read, ...refused];
      setFiles((previous) => {
        // The same file given again replaces its earlier reading rather than counting twice.
        const names = new Set(results.map((result) => result.name));
        const kept = previous.filter((file) => !names.has(file.result.name));
        const added = results.map((result) => ({ key: `file-${(counter.current += 1)}`, result }));
        return [...kept, ...added].slice(0, EVIDENCE_LIMITS.files);
      });
    } finally {
      setReading(false);
    }
  }, []);

  const remove = useCallback((key: string) => setFiles((previous) => previous.filter((file) => file.key !== key)), []);
  const clear = useCallback(() => setFiles([]), []);

  const facts = useMemo(() => files.flatMap((file) => (file.result.ok ? file.result.facts : [])), [files]);

  // Proposed again whenever the answers change, so each stays beside the team's latest answer.
  const proposals: Proposal[] = useMemo(
    () => (proposer && facts.length > 0 ? proposer.propose({ questions }, proposer.rules, facts, answers) : []),
    [proposer, facts, questions, answers],
  );

  return { files, reading, proposals, add, remove, clear };
}
