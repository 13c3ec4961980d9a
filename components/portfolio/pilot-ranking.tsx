/**
 * "Pick the pilot": the applications in the order the ranking suggests starting, each with
 * the reason for its place, and a warning where the team's own first-wave choice says otherwise.
 */
import { PILOT_WEIGHTS, type PilotRanking } from "@/lib/engine";

export function PilotRankingSection({ ranking }: { ranking: PilotRanking }) {
  return (
    <section aria-labelledby="pilot-title" className="results-section">
      <h2 id="pilot-title">Pick the pilot</h2>
      <p className="hint">
        First the applications most ready, least critical to the business, with the fewest dependencies and unknowns: the safest place to
        learn. The score starts from overall readiness and takes off {PILOT_WEIGHTS.criticalRisk} per critical risk,{" "}
        {PILOT_WEIGHTS.criticalityStep} per step of business criticality, {PILOT_WEIGHTS.dependency} per dependency, {PILOT_WEIGHTS.unknown}{" "}
        per unknown, and {PILOT_WEIGHTS.state} for state it keeps.
      </p>
      {ranking.warnings.map((warning) => (
        <div className="notice notice--warning" role="note" key={`${warning.question}-${warning.contradicts.assessmentId}`}>
          <p>
            <strong>Your first-wave choice says otherwise.</strong> {warning.text}
          </p>
        </div>
      ))}
      <ol className="pilot-ranking">
        {ranking.places.map((place) => (
          <li key={place.assessmentId}>
            <strong>{place.name}</strong> <span className="hint-inline">(score {place.score})</span>
            <br />
            {place.reason}
          </li>
        ))}
      </ol>
    </section>
  );
}
