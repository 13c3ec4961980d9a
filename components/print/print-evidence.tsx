/** On paper as in the Markdown export: the answers accepted from the team's files, each with its line. */
import type { AssessmentView } from "@/lib/engine";

export function PrintEvidence({ doc }: { doc: AssessmentView }) {
  if (doc.evidenced.length === 0) return null;
  return (
    <section className="print-section">
      <h2>Answers from the team’s files</h2>
      <p>Accepted from the Dockerfiles, Compose files and manifests the team gave, each with the line it came from.</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {doc.evidenced.map((entry) => (
            <tr key={entry.question}>
              <th scope="row">
                {entry.prompt} <span className="hint-inline">({entry.areaTitle})</span>
              </th>
              <td>{entry.answer}</td>
              <td className="evidence-cite-cell">{entry.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
