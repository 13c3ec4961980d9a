/**
 * One risk in the register: what goes wrong and for whom, its numbers, WHY it was raised
 * (the answers, each with a link to change it), the actions that mitigate it, and what
 * the team decided instead, if it did.
 */
import { AppLink } from "../ui/app-link";
import { evidencePhrase, IMPACT_LABELS, LIKELIHOOD_LABELS, type RiskView } from "@/lib/engine";
import { questionDomId } from "../ui/field-names";
import { changeHref } from "../ui/return-target";
import { BandTag } from "../ui/band-tag";
import { riskElementId } from "./risk-element-id";
import { RiskDecisionPanel, type RiskDecisionActions } from "./risk-decision-panel";

interface RiskEntryProps {
  risk: RiskView;
  /** A shared assessment cannot be changed, so it has no Change links. */
  readOnly?: boolean;
  /** Where an action's link goes: the plan page, or the plan further down a shared page. */
  actionHref?: (actionId: string) => string;
  /** Deciding on the risk (the team's own results only); without it a decision is only shown. */
  decisionActions?: RiskDecisionActions | undefined;
}

const planPageHref = (actionId: string): string => `/plan#action-${actionId}`;

export function RiskEntry({ risk, readOnly = false, actionHref = planPageHref, decisionActions }: RiskEntryProps) {
  const headingId = `risk-${risk.id}-title`;
  return (
    <article className={`risk risk--${risk.band}`} id={riskElementId(risk.id)} aria-labelledby={headingId}>
      <h3 id={headingId} className="risk__title">
        {risk.title} <BandTag band={risk.band} />
        {risk.decision?.inForce ? <span className="tag tag--settled">{risk.decision.kindLabel}</span> : null}
        {risk.decision && !risk.decision.inForce ? <span className="tag tag--due">Review due</span> : null}
      </h3>
      <dl className="risk__facts">
        <div>
          <dt>Area</dt>
          <dd>{risk.areaTitle}</dd>
        </div>
        <div>
          <dt>Likelihood</dt>
          <dd>
            {risk.likelihood} {LIKELIHOOD_LABELS[risk.likelihood]}
          </dd>
        </div>
        <div>
          <dt>Impact</dt>
          <dd>
            {risk.impact} {IMPACT_LABELS[risk.impact]}
          </dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>{risk.severity} of 25</dd>
        </div>
      </dl>
      {risk.description ? (
        <>
          <p>{risk.description}</p>
          <p>
            <strong>Who feels it:</strong> {risk.affects}
          </p>
        </>
      ) : null}
      <h4>Why this was raised</h4>
      <p className="hint">{risk.reason}</p>
      {risk.why.length > 0 ? (
        <ul className="risk__why">
          {risk.why.map((entry) => (
            <li key={entry.question}>
              {entry.prompt} <strong>{entry.answer}</strong>{" "}
              {entry.evidence ? <span className="evidence-cite">{evidencePhrase(entry.evidence)}</span> : null}
              {readOnly ? null : (
                <AppLink href={changeHref(entry.area, questionDomId(entry.question), "results")} prefetch={false}>
                  Change<span className="visually-hidden"> your answer to “{entry.prompt}”</span>
                </AppLink>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <h4>What to do</h4>
      <ul className="risk__actions">
        {risk.actions.map((action) => (
          <li key={action.id}>
            <AppLink href={actionHref(action.id)} prefetch={false}>
              {action.title}
            </AppLink>{" "}
            <span className="hint-inline">({action.phaseTitle})</span>
          </li>
        ))}
      </ul>
      <RiskDecisionPanel risk={risk} actions={decisionActions} />
    </article>
  );
}
