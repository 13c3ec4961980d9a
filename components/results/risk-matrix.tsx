/**
 * The 5 × 5 risk matrix as a real table: impact rows (5 at the top), likelihood columns,
 * level words in the headers. Each cell says its band and count in words as well as
 * colour; a cell with risks is a toggle button that filters the register to it. Risks the
 * team accepted or mitigated another way stay in their cell, marked so in words.
 */
import { BAND_LABELS, IMPACT_LABELS, type Level, type MatrixCellView, type MatrixRowView } from "@/lib/engine";
import { MatrixHead } from "../ui/matrix-head";

export interface CellRef {
  likelihood: Level;
  impact: Level;
}

interface RiskMatrixProps {
  matrix: readonly MatrixRowView[];
  selected: CellRef | undefined;
  onSelect: (cell: CellRef | undefined) => void;
}

const countText = (count: number): string => (count === 1 ? "1 risk" : `${count} risks`);

function Cell({ cell, pressed, onSelect }: { cell: MatrixCellView; pressed: boolean; onSelect: RiskMatrixProps["onSelect"] }) {
  const count = cell.risks.length;
  const settled = cell.settledCount > 0 ? `, ${cell.settledCount} settled` : "";
  const label = `${BAND_LABELS[cell.band]}: ${countText(count)}${settled}`;
  return (
    <td className={`matrix-cell matrix-cell--${cell.band}${pressed ? " matrix-cell--selected" : ""}`}>
      {count > 0 ? (
        <button
          type="button"
          className="matrix-cell__button"
          aria-pressed={pressed}
          onClick={() => onSelect(pressed ? undefined : { likelihood: cell.likelihood, impact: cell.impact })}
        >
          {label}
          <span className="visually-hidden">
            {" "}
            (likelihood {cell.likelihood}, impact {cell.impact});{" "}
            {pressed ? "showing only these in the register" : "show only these in the register"}
          </span>
        </button>
      ) : (
        <span className="matrix-cell__empty">{label}</span>
      )}
      {count > 0 ? (
        <ul className="matrix-cell__risks">
          {cell.risks.map((risk) => (
            <li key={risk.id} className={risk.settled ? "matrix-cell__risk--settled" : undefined}>
              {risk.title}
              {risk.settledAs ? <span className="matrix-cell__settled"> ({risk.settledAs.toLowerCase()})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

export function RiskMatrix({ matrix, selected, onSelect }: RiskMatrixProps) {
  return (
    <section aria-labelledby="matrix-title" className="results-section">
      <h2 id="matrix-title">Where the risks sit</h2>
      <p className="hint">
        Rows are impact, from severe at the top; columns are likelihood, from rare on the left. Choose a cell to show only its risks in the
        register below.
      </p>
      <div className="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="risk-matrix">
          <caption id="matrix-caption">Risk matrix</caption>
          <MatrixHead />
          <tbody>
            {matrix.map((row) => (
              <tr key={row.impact}>
                <th scope="row">
                  {row.impact} {IMPACT_LABELS[row.impact]}
                </th>
                {row.cells.map((cell) => (
                  <Cell
                    key={cell.likelihood}
                    cell={cell}
                    pressed={selected?.likelihood === cell.likelihood && selected.impact === cell.impact}
                    onSelect={onSelect}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
