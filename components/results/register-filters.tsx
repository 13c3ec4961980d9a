/** The register's filters: area, band, and the matrix cell chosen above, each clearable. */
import type { RiskFilter } from "@/lib/engine/risk-filter";
import { BAND_LABELS, BANDS, IMPACT_LABELS, isBand, LIKELIHOOD_LABELS } from "@/lib/engine/scoring";

interface RegisterFiltersProps {
  filter: RiskFilter;
  onChange: (filter: RiskFilter) => void;
  areas: readonly { id: string; title: string }[];
}

export function RegisterFilters({ filter, onChange, areas }: RegisterFiltersProps) {
  return (
    <div className="filters" role="group" aria-labelledby="filters-title">
      <h3 id="filters-title" className="visually-hidden">
        Filter the register
      </h3>
      <div className="filters__field">
        <label className="label" htmlFor="filter-area">
          Area
        </label>
        <select
          id="filter-area"
          className="input"
          value={filter.area ?? ""}
          onChange={(event) => onChange({ ...filter, area: event.target.value || undefined })}
        >
          <option value="">All areas</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.title}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label className="label" htmlFor="filter-band">
          Band
        </label>
        <select
          id="filter-band"
          className="input"
          value={filter.band ?? ""}
          onChange={(event) => onChange({ ...filter, band: isBand(event.target.value) ? event.target.value : undefined })}
        >
          <option value="">All bands</option>
          {BANDS.map((band) => (
            <option key={band} value={band}>
              {BAND_LABELS[band]}
            </option>
          ))}
        </select>
      </div>
      {filter.cell ? (
        <p className="filters__cell">
          Matrix cell: likelihood {filter.cell.likelihood} ({LIKELIHOOD_LABELS[filter.cell.likelihood]}), impact{" "}
          {filter.cell.impact} ({IMPACT_LABELS[filter.cell.impact]}){" "}
          <button type="button" className="link-button" onClick={() => onChange({ ...filter, cell: undefined })}>
            Clear cell filter
          </button>
        </p>
      ) : null}
    </div>
  );
}
