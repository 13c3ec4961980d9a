/**
 * "Start here": the few actions to begin with, each with why now, ahead of the full plan,
 * so a long plan still says what to do on Monday. Each links to the action further down.
 */
import type { StartHereView } from "@/lib/engine";

export function StartHere({ items }: { items: readonly StartHereView[] }) {
  return (
    <section aria-labelledby="start-here-title" className="results-section start-here">
      <h2 id="start-here-title">Start here</h2>
      {items.length === 0 ? (
        <p>Nothing is waiting to be started: every open action still needs another one first, or the plan is done.</p>
      ) : (
        <>
          <p className="hint">
            The {items.length === 1 ? "action" : `${items.length} actions`} to begin with: open, needing nothing else first, the most urgent
            and earliest first. The full plan by phase follows.
          </p>
          <ol className="start-here__list">
            {items.map((item) => (
              <li key={item.id} className="start-here__item">
                <a href={`#action-${item.id}`} className="start-here__title">
                  {item.title}
                </a>{" "}
                <span className="hint-inline">
                  (#{item.order} · {item.discovery ? "Find out" : item.phaseTitle} · {item.ownerTitle} · {item.effortRange} · Priority:{" "}
                  {item.priorityLabel})
                </span>
                <p className="start-here__why">
                  <strong>Why now:</strong> {item.whyNow}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
