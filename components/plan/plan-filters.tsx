/** Narrow the plan to one owner role and/or one phase. */
import type { Phase, PlanFilter, Role } from "@/lib/engine";
import { FilterSelect } from "../ui/filter-select";

interface PlanFiltersProps {
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
  roles: readonly Pick<Role, "id" | "title">[];
  phases: readonly Pick<Phase, "id" | "title">[];
}

export function PlanFilters({ filter, onChange, roles, phases }: PlanFiltersProps) {
  return (
    <div className="filters" role="group" aria-label="Filter the plan">
      <FilterSelect
        id="plan-filter-owner"
        label="Owner role"
        allLabel="All owner roles"
        value={filter.owner}
        options={roles}
        onChange={(owner) => onChange({ ...filter, owner })}
      />
      <FilterSelect
        id="plan-filter-phase"
        label="Phase"
        allLabel="All phases"
        value={filter.phase}
        options={phases}
        onChange={(phase) => onChange({ ...filter, phase })}
      />
    </div>
  );
}
