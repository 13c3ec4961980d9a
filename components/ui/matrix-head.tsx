import { LEVELS, LIKELIHOOD_LABELS } from "@/lib/engine";

/** The matrix's column headers: likelihood 1 to 5 in numbers and words, after the corner cell. */
export function MatrixHead() {
  return (
    <thead>
      <tr>
        <th scope="col" className="risk-matrix__corner">
          Impact <span aria-hidden="true">↓</span> / Likelihood <span aria-hidden="true">→</span>
        </th>
        {LEVELS.map((level) => (
          <th scope="col" key={level}>
            {level} {LIKELIHOOD_LABELS[level]}
          </th>
        ))}
      </tr>
    </thead>
  );
}
