import { BAND_LABELS, IMPACT_LABELS, type AssessmentView } from "@/lib/engine";
import { MatrixHead } from "../ui/matrix-head";

/** The risk matrix for paper: no buttons, each cell naming its band, count and risks. */
export function PrintMatrix({ doc }: { doc: AssessmentView }) {
  return (
    <section className="print-section print-section--matrix">
      <h2>Risk matrix</h2>
      <div className="matrix-scroll" role="region" aria-label="Risk matrix, scrollable" tabIndex={0}>
        <table className="risk-matrix risk-matrix--print">
          <caption>Risk matrix: impact rows (5 at the top), likelihood columns</caption>
          <MatrixHead />
          <tbody>
            {doc.matrix.map((row) => (
              <tr key={row.impact}>
                <th scope="row">
                  {row.impact} {IMPACT_LABELS[row.impact]}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.likelihood} className={`matrix-cell matrix-cell--${cell.band}`}>
                    <strong>
                      {BAND_LABELS[cell.band]}: {cell.risks.length}
                    </strong>
                    {cell.risks.length > 0 ? (
                      <ul className="matrix-cell__risks">
                        {cell.risks.map((risk) => (
                          <li key={risk.id} className={risk.settled ? "matrix-cell__risk--settled" : undefined}>
                            {risk.title}
                            {risk.settledAs ? ` (${risk.settledAs.toLowerCase()})` : ""}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
