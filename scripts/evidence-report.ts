/**
 * What `npm run evidence` prints: per file its facts and the answers they propose, then the
 * answers all the files propose together. Text for people, JSON (`--json`) for a CI job.
 */
import { evidenceRules } from "@/content/evidence";
import { answerText, proposeFromFacts, type Fact, type Proposal, type Questionnaire, type ReadArtefact } from "@/lib/engine";

export interface FileReport {
  file: string;
  kind: string;
  documents: number;
  facts: Fact[];
  proposals: Proposal[];
  notes: string[];
}

export interface EvidenceReport {
  files: FileReport[];
  unreadable: { file: string; reason: string }[];
  /** What all the readable files propose together (an image and its deployment decide more than either). */
  proposals: Proposal[];
}

export async function evidenceReport(questionnaire: Questionnaire, read: readonly ReadArtefact[]): Promise<EvidenceReport> {
  const files: FileReport[] = [];
  const unreadable: EvidenceReport["unreadable"] = [];
  for (const result of read) {
    if (!result.ok) {
      unreadable.push({ file: result.name, reason: result.reason });
      continue;
    }
    const proposals = await proposeFromFacts(questionnaire, evidenceRules, result.facts, {});
    files.push({ file: result.name, kind: result.kind, documents: result.documents, facts: result.facts, proposals, notes: result.notes });
  }
  const proposals = await proposeFromFacts(
    questionnaire,
    evidenceRules,
    files.flatMap((file) => file.facts),
    {},
  );
  return { files, unreadable, proposals };
}

function proposalJson(questionnaire: Questionnaire, proposal: Proposal) {
  const question = questionnaire.questions.find((q) => q.id === proposal.question);
  return {
    question: proposal.question,
    prompt: question?.prompt ?? proposal.question,
    options: Array.isArray(proposal.value) ? proposal.value : [proposal.value],
    answer: question ? answerText(question, proposal.value) : String(proposal.value),
    evidence: proposal.evidence,
    reasons: proposal.reasons,
  };
}

export function reportJson(questionnaire: Questionnaire, report: EvidenceReport): string {
  const json = {
    contentVersion: questionnaire.version,
    files: report.files.map((file) => ({
      file: file.file,
      kind: file.kind,
      documents: file.documents,
      facts: file.facts.map(({ id, value, subject, source, note }) => ({
        fact: id,
        value,
        subject,
        line: source.line,
        text: source.text,
        note,
      })),
      proposals: file.proposals.map((proposal) => proposalJson(questionnaire, proposal)),
      notes: file.notes,
    })),
    unreadable: report.unreadable,
    proposals: report.proposals.map((proposal) => proposalJson(questionnaire, proposal)),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function proposalLines(questionnaire: Questionnaire, proposals: readonly Proposal[]): string[] {
  if (proposals.length === 0) return ["  (nothing the files decide)"];
  return proposals.flatMap((proposal) => {
    const { prompt, answer } = proposalJson(questionnaire, proposal);
    return [
      `  ${proposal.question}: ${answer}`,
      `    ${prompt}`,
      ...proposal.evidence.map((source) => `    from ${source.file} line ${source.line}: ${source.text}`),
    ];
  });
}

export function reportText(questionnaire: Questionnaire, report: EvidenceReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const documents = file.kind === "dockerfile" ? "" : `, ${file.documents} document${file.documents === 1 ? "" : "s"}`;
    lines.push(`${file.file} (${file.kind}${documents}): ${file.facts.length} fact${file.facts.length === 1 ? "" : "s"}`);
    for (const fact of file.facts) lines.push(`  line ${fact.source.line}: ${fact.id} = ${fact.value} (${fact.subject}). ${fact.note}`);
    for (const note of file.notes) lines.push(`  note: ${note}`);
    lines.push("", `  Proposed answers from ${file.file}:`, ...proposalLines(questionnaire, file.proposals).map((line) => `  ${line}`), "");
  }
  if (report.files.length > 1)
    lines.push("Proposed answers from all the files together:", ...proposalLines(questionnaire, report.proposals), "");
  return `${lines.join("\n").trimEnd()}\n`;
}
