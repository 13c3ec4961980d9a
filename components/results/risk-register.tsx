/**
 * The risk register: every raised risk still to deal with, most severe first, narrowed by the
 * filters. Risks the team accepted or mitigated another way have their own list (DecidedRisks).
 */
import { filterRisks, isFiltered, type RiskFilter, type RiskView } from "@/lib/engine";
import { RegisterFilters } from "./register-filters";
import { RISK_ELEMENT_PREFIX } from "./risk-element-id";
import { RiskEntry } from "./risk-entry";
import type { RiskDecisionActions } from "./risk-decision-panel";
import { useProgressiveCount } from "../ui/use-progressive-count";

interface RiskRegisterProps {
  risks: readonly RiskView[];
  filter: RiskFilter;
  onFilterChange: (filter: RiskFilter) => void;
  /** Said when something other than the filters changed them (a link to a hidden risk). */
  notice?: string | undefined;
  areas: readonly { id: string; title: string }[];
  readOnly?: boolean;
  actionHref?: (actionId: string) => string;
  decisionActions?: RiskDecisionActions | undefined;
}

export function RiskRegister({
  risks,
  filter,
  onFilterChange,
  notice,
  areas,
  readOnly = false,
  actionHref,
  decisionActions,
}: RiskRegisterProps) {
  const shown = filterRisks(risks, filter);
  // A link to a risk further down (the notice says it was revealed) needs it on screen now.
  const rendered = useProgressiveCount(shown.length, { all: notice !== undefined, fragmentPrefix: RISK_ELEMENT_PREFIX });
  return (
    <section aria-labelledby="register-title" className="results-section">
      <h2 id="register-title">Risk register</h2>
      <RegisterFilters filter={filter} onChange={onFilterChange} areas={areas} />
      <p className="register-count" aria-live="polite">
        Showing {shown.length} of {risks.length} {risks.length === 1 ? "risk" : "risks"}
        {isFiltered(filter) ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => onFilterChange({})}>
              Clear all filters
            </button>
          </>
        ) : null}
      </p>
      <div role="status">{notice ? <p>{notice}</p> : null}</div>
      {shown.slice(0, rendered).map((risk) => (
        <RiskEntry
          key={risk.id}
          risk={risk}
          readOnly={readOnly}
          decisionActions={decisionActions}
          {...(actionHref ? { actionHref } : {})}
        />
      ))}
    </section>
  );
}
