/**
 * One risk in the register: what goes wrong and for whom, its numbers, WHY it was raised
 * (the answers, each with a link to change it), and the actions that mitigate it.
 */
import Link from "next/link";
import { answerText } from "@/lib/engine/answer-text";
import { titleOf, type ContentIndex } from "@/lib/engine/content-index";
import type { RaisedRisk } from "@/lib/engine/risks";
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from "@/lib/engine/scoring";
import { questionDomId } from "../wizard/field-names";
import { changeHref } from "../wizard/return-target";
import { BandTag } from "./band-tag";
import { riskElementId } from "./risk-element-id";

interface RiskEntryProps {
  raised: RaisedRisk;
  index: ContentIndex;
  visible: ReadonlySet<string>;
  /** Actions that mitigate this risk, in plan order. */
  actionIds: readonly string[];
  /** A shared assessment cannot be changed, so it has no Change links. */
  readOnly?: boolean;
  /** Where an action's link goes: the plan page, or the plan further down a shared page. */
  actionHref?: (actionId: string) => string;
}

const planPageHref = (actionId: string): string => `/plan#action-${actionId}`;

export function RiskEntry({ raised, index, visible, actionIds, readOnly = false, actionHref = planPageHref }: RiskEntryProps) {
  const risk = index.risk.get(raised.id);
  const headingId = `risk-${raised.id}-title`;
  const reasons = raised.because.filter((entry) => visible.has(entry.question));
  return (
    <article className={`risk risk--${raised.band}`} id={riskElementId(raised.id)} aria-labelledby={headingId}>
      <h3 id={headingId} className="risk__title">
        {risk?.title ?? raised.id} <BandTag band={raised.band} />
      </h3>
      <dl className="risk__facts">
        <div>
          <dt>Area</dt>
          <dd>{titleOf(index.area, raised.area)}</dd>
        </div>
        <div>
          <dt>Likelihood</dt>
          <dd>
            {raised.likelihood} {LIKELIHOOD_LABELS[raised.likelihood]}
          </dd>
        </div>
        <div>
          <dt>Impact</dt>
          <dd>
            {raised.impact} {IMPACT_LABELS[raised.impact]}
          </dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>{raised.severity} of 25</dd>
        </div>
      </dl>
      {risk ? (
        <>
          <p>{risk.description}</p>
          <p>
            <strong>Who feels it:</strong> {risk.affects}
          </p>
        </>
      ) : null}
      <h4>Why this was raised</h4>
      <p className="hint">{raised.reason}</p>
      {reasons.length > 0 ? (
        <ul className="risk__why">
          {reasons.map((entry) => {
            const question = index.question.get(entry.question);
            if (!question) return null;
            return (
              <li key={entry.question}>
                {question.prompt} <strong>{answerText(question, entry.answer)}</strong>{" "}
                {readOnly ? null : (
                  <Link href={changeHref(question.area, questionDomId(question.id), "results")}>
                    Change<span className="visually-hidden"> your answer to “{question.prompt}”</span>
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <h4>What to do</h4>
      <ul className="risk__actions">
        {actionIds.map((id) => (
          <li key={id}>
            <Link href={actionHref(id)}>{titleOf(index.action, id)}</Link>{" "}
            <span className="hint-inline">({titleOf(index.phase, index.action.get(id)?.phase ?? "")})</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
