"use client";
/**
 * Where the team differs, and settling it: the sharpest Dev-vs-Ops differences, every
 * question the team split on (the ones that change the risks most first), what nobody
 * knows, what everyone agrees on, and each risk by who raises it. Saving writes the
 * agreed answers into the assessment, each remembering how it was agreed.
 */
import { AppLink } from "../ui/app-link";
import { useMemo, useRef, useState } from "react";
import { agreedAnswers, exportTeamSummary, type AnswerValue, type Assessment, type Questionnaire, type TeamComparison } from "@/lib/engine";
import { downloadText } from "@/lib/browser/download";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import type { TeamRecord } from "@/lib/state/team-storage";
import { BandTag } from "../ui/band-tag";
import { SettleQuestion } from "./settle-question";

interface ComparisonSectionProps {
  assessment: Assessment;
  questionnaire: Questionnaire;
  comparison: TeamComparison;
  record: TeamRecord;
  onSettle: (question: string, value: AnswerValue | null) => void;
  onNote: (question: string, note: string) => void;
}

export function ComparisonSection({ assessment, questionnaire, comparison, record, onSettle, onNote }: ComparisonSectionProps) {
  const acceptEvidence = useAssessmentStore((state) => state.acceptEvidence);
  const [saved, setSaved] = useState<number | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const split = comparison.questions.filter((question) => question.agreement === "split");
  const unknown = comparison.questions.filter((question) => question.agreement === "unknown-only");
  const agreed = comparison.questions.filter((question) => question.agreement === "unanimous");
  const noneCount = questionnaire.risks.length - comparison.risks.length;
  const result = useMemo(
    () => agreedAnswers(questionnaire, comparison, record.settled, record.notes),
    [questionnaire, comparison, record.settled, record.notes],
  );

  const save = () => {
    const entries = Object.entries(result.answers).map(([question, value]) => ({
      question,
      value,
      evidence: result.evidence[question] ?? "",
    }));
    acceptEvidence(entries);
    setSaved(entries.length);
    requestAnimationFrame(() => notice.current?.focus());
  };

  const exportMarkdown = async () => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const file = await exportTeamSummary(questionnaire, assessment.name, comparison, record.settled, record.notes, new Date(), timeZone);
    downloadText(file.fileName, file.text, "text/markdown");
  };

  return (
    <section aria-labelledby="differs-title" className="results-section team-comparison">
      <h2 id="differs-title">Where the team differs</h2>
      <p>
        {comparison.voices.length} response{comparison.voices.length === 1 ? "" : "s"} (
        {comparison.voices.map((voice) => voice.label).join(", ")}). They differ on {split.length} question{split.length === 1 ? "" : "s"},
        agree on {agreed.length}, and {unknown.length} {unknown.length === 1 ? "is" : "are"} unknown to everyone who answered.
      </p>
      {comparison.sharpest.length > 0 ? (
        <>
          <h3>The sharpest differences between development and operations</h3>
          <ul>
            {comparison.sharpest.map((difference) => (
              <li key={difference.question}>
                <strong>{difference.prompt}</strong> Development: {difference.development}. Operations: {difference.operations}.
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>Settle where the team differs</h3>
      {split.length === 0 ? <p>Nothing to settle: no two answers differ.</p> : null}
      {split.map((question) => (
        <SettleQuestion
          key={question.question}
          comparison={question}
          settled={Object.hasOwn(record.settled, question.question) ? record.settled[question.question] : undefined}
          note={record.notes[question.question] ?? ""}
          onSettle={(value) => onSettle(question.question, value)}
          onNote={(note) => onNote(question.question, note)}
        />
      ))}

      {unknown.length > 0 ? (
        <>
          <h3>What nobody knows yet</h3>
          <p>These stay unknown in the agreed assessment, so the plan gets a task to find out.</p>
          <ul>
            {unknown.map((question) => (
              <li key={question.question}>
                {question.prompt} <span className="hint-inline">({question.unknown.map((voice) => voice.label).join(", ")})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {agreed.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Where the team agrees</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer</th>
              </tr>
            </thead>
            <tbody>
              {agreed.map((question) => (
                <tr key={question.question}>
                  <th scope="row">{question.prompt}</th>
                  <td>
                    {question.groups[0]?.text}
                    {question.unknown.length > 0 ? (
                      <span className="hint-inline"> (not sure: {question.unknown.map((voice) => voice.label).join(", ")})</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <div className="table-scroll">
        <table className="data-table">
          <caption>Risks, by who raises them</caption>
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col">Worst band</th>
              <th scope="col">Raised by</th>
            </tr>
          </thead>
          <tbody>
            {comparison.risks.map((risk) => (
              <tr key={risk.risk}>
                <th scope="row">{risk.title}</th>
                <td>
                  <BandTag band={risk.band} />
                </td>
                <td>{risk.reach === "all" ? "Everyone" : `Some: ${risk.raisedBy.map((voice) => voice.label).join(", ")}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p>
        {noneCount === 0
          ? "Every risk the questionnaire knows is raised by someone’s answers."
          : `The other ${noneCount} risk${noneCount === 1 ? "" : "s"} the questionnaire knows ${noneCount === 1 ? "is" : "are"} raised by no one’s answers.`}
      </p>

      <h3>Save the agreed assessment</h3>
      <p>
        Saves {Object.keys(result.answers).length} agreed answers into “{assessment.name}”, each remembering it was agreed from{" "}
        {comparison.voices.length} responses. Your other answers stay as they are; this team view stays here to revisit.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={save}>
          Save the agreed answers
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportMarkdown()}>
          Download the team summary (Markdown)
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print the team summary
        </button>
      </div>
      <div role="status" tabIndex={-1} ref={notice}>
        {saved !== null ? (
          <div className="notice">
            <p>
              Saved {saved} agreed answer{saved === 1 ? "" : "s"} into “{assessment.name}”.{" "}
              <AppLink href="/results">See the results</AppLink> or <AppLink href="/assess/review">check the answers</AppLink>.
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
