/** The register's filters: area, band, and the matrix cell chosen above, each clearable. */
import { BAND_LABELS, BANDS, IMPACT_LABELS, isBand, LIKELIHOOD_LABELS, type RiskFilter } from "@/lib/engine";
import { FilterSelect } from "../ui/filter-select";

const BAND_OPTIONS = BANDS.map((band) => ({ id: band, title: BAND_LABELS[band] }));

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
      <FilterSelect
        id="filter-area"
        label="Area"
        allLabel="All areas"
        value={filter.area}
        options={areas}
        onChange={(area) => onChange({ ...filter, area })}
      />
      <FilterSelect
        id="filter-band"
        label="Band"
        allLabel="All bands"
        value={filter.band}
        options={BAND_OPTIONS}
        onChange={(band) => onChange({ ...filter, band: band !== undefined && isBand(band) ? band : undefined })}
      />
      {filter.cell ? (
        <p className="filters__cell">
          Matrix cell: likelihood {filter.cell.likelihood} ({LIKELIHOOD_LABELS[filter.cell.likelihood]}), impact {filter.cell.impact} (
          {IMPACT_LABELS[filter.cell.impact]}){" "}
          <button type="button" className="link-button" onClick={() => onChange({ ...filter, cell: undefined })}>
            Clear cell filter
          </button>
        </p>
      ) : null}
    </div>
  );
}
