/** Narrow the plan to one owner role and/or one phase. */
import type { Phase, Role } from "@/lib/engine/questionnaire";

export interface PlanFilter {
  owner?: string | undefined;
  phase?: string | undefined;
}

interface PlanFiltersProps {
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
  roles: readonly Pick<Role, "id" | "title">[];
  phases: readonly Pick<Phase, "id" | "title">[];
}

export function PlanFilters({ filter, onChange, roles, phases }: PlanFiltersProps) {
  return (
    <div className="filters" role="group" aria-label="Filter the plan">
      <div className="filters__field">
        <label className="label" htmlFor="plan-filter-owner">
          Owner role
        </label>
        <select id="plan-filter-owner" className="input" value={filter.owner ?? ""} onChange={(e) => onChange({ ...filter, owner: e.target.value || undefined })}>
          <option value="">All owner roles</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.title}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label className="label" htmlFor="plan-filter-phase">
          Phase
        </label>
        <select id="plan-filter-phase" className="input" value={filter.phase ?? ""} onChange={(e) => onChange({ ...filter, phase: e.target.value || undefined })}>
          <option value="">All phases</option>
          {phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {phase.title}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
