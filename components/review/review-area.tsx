import { AppLink } from "../ui/app-link";
import { evidencePhrase, type Area, type AreaStatus } from "@/lib/engine";
import { AreaStatusTag } from "../ui/area-status-tag";

export interface ReviewRow {
  id: string;
  prompt: string;
  answer: string[];
  answered: boolean;
  changeHref: string;
  /** Where the answer came from, when it was accepted from the team's files. */
  evidence?: string | undefined;
}

/** One area's answers as a GOV.UK summary list. */
export function ReviewArea({
  number,
  area,
  status,
  rows,
}: {
  number: number;
  area: Pick<Area, "id" | "title">;
  status: AreaStatus;
  rows: readonly ReviewRow[];
}) {
  const headingId = `review-${area.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="review-heading">
        {number}. {area.title} <AreaStatusTag status={status} />
      </h2>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.id}>
            <dt>{row.prompt}</dt>
            <dd className={row.answered ? undefined : "summary-list__unanswered"}>
              {row.answer.length > 1 ? (
                <ul className="plain-list">
                  {row.answer.map((label) => (
                    <li key={label}>{label}</li>
                  ))}
                </ul>
              ) : (
                row.answer[0]
              )}
              {row.evidence ? <span className="evidence-cite">{evidencePhrase(row.evidence)}</span> : null}
            </dd>
            <dd>
              {/* Dozens of these per page: not prefetched, so they cost nothing until one is followed. */}
              <AppLink href={row.changeHref} prefetch={false}>
                Change<span className="visually-hidden"> your answer to “{row.prompt}”</span>
              </AppLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
