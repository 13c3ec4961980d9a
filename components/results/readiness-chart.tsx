/**
 * Readiness per area as a bar chart (SVG), with a table that carries the same numbers for
 * anyone who cannot see the picture or wants the figures.
 */
import type { AreaView } from "@/lib/engine";

// Each area is a label with its bar underneath, so the chart stays legible on a phone.
const ROW = 46;
const BAR_WIDTH = 400;
const VALUE_WIDTH = 44;
const TOP = 4;

export function ReadinessChart({ areas }: { areas: readonly AreaView[] }) {
  const height = TOP + areas.length * ROW + 4;
  const known = areas.filter((area) => area.readiness.score !== null);
  const description =
    known.length === 0
      ? "No area has been answered yet."
      : areas
          .map(
            (area) =>
              `${area.title}: ${area.readiness.score === null ? "unknown" : `${area.readiness.score} out of 100, ${area.knownLabel}`}`,
          )
          .join("; ");
  return (
    <section aria-labelledby="readiness-title" className="results-section">
      <h2 id="readiness-title">Readiness by area</h2>
      <p className="hint">
        100 means no risks found in that area. Each risk takes away a share in proportion to its severity, so one critical risk weighs more
        than several low ones. Unanswered areas are unknown, and beside each area is how much of it is known: the share of its answers that
        are not “not sure”.
      </p>
      <figure className="readiness">
        <svg
          className="readiness__chart"
          viewBox={`0 0 ${BAR_WIDTH + VALUE_WIDTH} ${height}`}
          role="img"
          aria-labelledby="readiness-svg-title readiness-svg-desc"
        >
          <title id="readiness-svg-title">Readiness by area, out of 100</title>
          <desc id="readiness-svg-desc">{description}</desc>
          {areas.map((area, row) => {
            const y = TOP + row * ROW;
            const { score, level } = area.readiness;
            const width = score === null ? BAR_WIDTH : (BAR_WIDTH * score) / 100;
            return (
              <g key={area.id}>
                <text x={0} y={y + 14} className="readiness__label">
                  {area.shortTitle}
                </text>
                {/* Readiness from guesses is not readiness: say how much of it rests on answers. */}
                {area.knownShare === null ? null : (
                  <text x={BAR_WIDTH} y={y + 14} textAnchor="end" className="readiness__known">
                    {area.knownShare}% known
                  </text>
                )}
                <rect x={0} y={y + 20} width={BAR_WIDTH} height={18} className="readiness__track" />
                <rect x={0} y={y + 20} width={Math.max(width, 2)} height={18} className={`readiness__bar readiness__bar--${level}`} />
                <text x={BAR_WIDTH + 8} y={y + 34} className="readiness__value">
                  {score === null ? "?" : score}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="hint">Bars are coloured by level; the number at the end of each bar is the figure.</figcaption>
      </figure>
      <details className="readiness__table">
        <summary>Readiness as a table</summary>
        <table className="data-table">
          <caption className="visually-hidden">Readiness by area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Readiness (out of 100)</th>
              <th scope="col">Level</th>
              <th scope="col">Risks</th>
              <th scope="col">Known</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.title}</th>
                <td>{area.readiness.score === null ? "Unknown" : area.readiness.score}</td>
                <td>{area.readiness.levelLabel}</td>
                <td>{area.readiness.riskCount}</td>
                <td>{area.knownLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
