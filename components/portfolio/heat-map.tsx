"use client";
/**
 * Every saved assessment as a row, every area as a column: readiness as a number and its
 * words in each cell (the colour repeats them, never replaces them), then each
 * application's critical and high risks, unknowns, business criticality and dependencies.
 */
import type { PortfolioView } from "@/lib/engine";
import { useProgressiveCount } from "../ui/use-progressive-count";

export function HeatMap({ portfolio, onOpen }: { portfolio: PortfolioView; onOpen: (id: string) => void }) {
  // Ten rows of eighteen cells per task: fifty applications never render in one go.
  const rendered = useProgressiveCount(portfolio.rows.length, { step: 10 });
  return (
    <section aria-labelledby="heat-map-title" className="results-section">
      <h2 id="heat-map-title">Readiness across the portfolio</h2>
      <p className="hint">
        Each cell is the area’s readiness from 0 to 100 and its level; an empty area is unknown, not ready. Open and high risks count those
        still to deal with (accepted or mitigated ones are not counted).
      </p>
      <div className="matrix-scroll" role="region" aria-labelledby="heat-map-caption" tabIndex={0}>
        <table className="data-table heat-map">
          <caption id="heat-map-caption">Readiness per application and area</caption>
          <thead>
            <tr>
              <th scope="col">Application</th>
              <th scope="col">Overall</th>
              {portfolio.columns.map((column) => (
                <th scope="col" key={column.id} title={column.title}>
                  {column.shortTitle}
                </th>
              ))}
              <th scope="col">Critical risks</th>
              <th scope="col">High risks</th>
              <th scope="col">Unknowns</th>
              <th scope="col">Business criticality</th>
              <th scope="col">Dependencies</th>
            </tr>
          </thead>
          <tbody>
            {portfolio.rows.slice(0, rendered).map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                    {row.name}
                    <span className="visually-hidden"> (open its results)</span>
                  </button>
                </th>
                <td className={`heat-cell heat-cell--${row.readiness.level}`}>{row.readiness.text}</td>
                {row.cells.map((cell) => (
                  <td key={cell.area} className={`heat-cell heat-cell--${cell.level}`}>
                    {cell.text}
                  </td>
                ))}
                <td>{row.critical}</td>
                <td>{row.high}</td>
                <td>{row.unknowns.total}</td>
                <td>{row.criticalityLabel}</td>
                <td>{row.dependencies.count === 0 ? "None known" : row.dependencies.items.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
