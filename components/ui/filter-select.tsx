/** One labelled filter: a native select whose first choice, "All …", means no filter. */
interface FilterSelectProps {
  id: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { id: string; title: string }[];
  onChange: (value: string | undefined) => void;
}

export function FilterSelect({ id, label, allLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <div className="filters__field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.title}
          </option>
        ))}
      </select>
    </div>
  );
}
