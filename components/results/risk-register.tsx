/** The risk register: every raised risk, most severe first, narrowed by the filters. */
import type { ContentIndex } from "@/lib/engine/content-index";
import type { Plan } from "@/lib/engine/plan";
import { filterRisks, isFiltered, type RiskFilter } from "@/lib/engine/risk-filter";
import type { RaisedRisk } from "@/lib/engine/risks";
import { RegisterFilters } from "./register-filters";
import { RiskEntry } from "./risk-entry";

interface RiskRegisterProps {
  risks: readonly RaisedRisk[];
  plan: Plan;
  index: ContentIndex;
  visible: ReadonlySet<string>;
  filter: RiskFilter;
  onFilterChange: (filter: RiskFilter) => void;
  /** Said when something other than the filters changed them (a link to a hidden risk). */
  notice?: string | undefined;
  areas: readonly { id: string; title: string }[];
  readOnly?: boolean;
  actionHref?: (actionId: string) => string;
}

export function RiskRegister({ risks, plan, index, visible, filter, onFilterChange, notice, areas, readOnly = false, actionHref }: RiskRegisterProps) {
  const shown = filterRisks(risks, filter);
  const planOrder = plan.phases.flatMap((phase) => phase.actions);
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
      {shown.map((raised) => (
        <RiskEntry
          key={raised.id}
          raised={raised}
          index={index}
          visible={visible}
          readOnly={readOnly}
          {...(actionHref ? { actionHref } : {})}
          actionIds={planOrder.filter((action) => action.mitigates.some((m) => m.id === raised.id)).map((a) => a.id)}
        />
      ))}
    </section>
  );
}
