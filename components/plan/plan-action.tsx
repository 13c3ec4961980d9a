/** One action of the plan: what to do, who owns it, how big, how urgent, why, and the team's decision. */
import { AppLink } from "../ui/app-link";
import { memo } from "react";
import { BAND_LABELS, PRIORITY_LABELS, type ActionView, type Decision } from "@/lib/engine";
import { DecisionControls } from "./decision-controls";
import { DecisionSummary } from "./decision-summary";

interface PlanActionProps {
  action: ActionView;
  /** Absent for a read-only plan (a shared link). Stable, so unchanged actions skip re-rendering. */
  onDecision?: ((actionId: string, decision: Decision) => void) | undefined;
  /** Where a risk's link goes: the results page, or the register further up a shared page. */
  riskHref?: (riskId: string) => string;
}

const resultsPageHref = (riskId: string): string => `/results#risk-${riskId}`;

function PlanActionItem({ action, onDecision, riskHref = resultsPageHref }: PlanActionProps) {
  const { title, decision } = action;
  const headingId = `action-${action.id}-title`;
  return (
    <li className={`plan-action plan-action--${decision.status}`} id={`action-${action.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="plan-action__title">
        <span className="plan-action__order">{action.order}.</span> {title}
        {decision.status !== "open" ? (
          <span className="tag plan-action__done"> {decision.status === "done" ? "Done" : "Not applicable"}</span>
        ) : null}
      </h3>
      <dl className="plan-action__facts">
        <div>
          <dt>Owner</dt>
          <dd>{action.ownerTitle}</dd>
        </div>
        <div>
          <dt>Effort</dt>
          <dd>
            {action.effortLabel} ({action.effortRange})
          </dd>
        </div>
        <div>
          <dt>Priority</dt>
          <dd>
            {/* Priority can be inherited from an action that needs this one; say so, or it looks wrong. */}
            <span className={`tag tag--band tag--${action.priority}`}>{action.priorityLabel}</span>
            {action.inheritedPriority ? (
              <span className="hint-inline"> (needed first by a {PRIORITY_LABELS[action.priority].toLowerCase()}-priority action)</span>
            ) : null}
            {action.setAside ? <span className="hint-inline"> (the team accepted its risks or mitigates them another way)</span> : null}
          </dd>
        </div>
      </dl>
      <p>{action.detail}</p>
      {action.mitigates.length > 0 ? (
        <p>
          <strong>Mitigates:</strong>{" "}
          {action.mitigates.map((risk, i) => (
            <span key={risk.id}>
              {i > 0 ? "; " : ""}
              <AppLink href={riskHref(risk.id)} prefetch={false}>
                {action.riskTitles[i] ?? risk.id}
              </AppLink>{" "}
              ({BAND_LABELS[risk.band]}
              {risk.settled ? ", accepted or mitigated another way" : ""})
            </span>
          ))}
        </p>
      ) : action.discovery ? (
        <p>
          <strong>Why it is here:</strong> the answer is not known yet, and{" "}
          {action.discovery.decides.length === 1 ? "one risk depends" : `${action.discovery.decides.length} risks depend`} on it.{" "}
          <AppLink href={`/assess/${action.discovery.area}`} prefetch={false}>
            Answer it in {action.discovery.areaTitle}
          </AppLink>{" "}
          once you know.
        </p>
      ) : (
        <p>
          <strong>Why it is here:</strong>{" "}
          {action.baseline ? "every container adoption needs it." : "other actions in the plan need it first."}
        </p>
      )}
      {action.dependsOn.length > 0 ? (
        <p>
          <strong>Depends on:</strong>{" "}
          {action.dependsOn.map((id, i) => (
            <span key={id}>
              {i > 0 ? "; " : ""}
              <a href={`#action-${id}`}>{action.dependsOnTitles[i] ?? id}</a>
            </span>
          ))}
        </p>
      ) : null}
      {action.references.length > 0 ? (
        <p className="plan-action__refs">
          <strong>Read more:</strong>{" "}
          {action.references.map((ref, i) => (
            <span key={ref.url}>
              {i > 0 ? "; " : ""}
              <a href={ref.url}>{ref.label}</a>
            </span>
          ))}
        </p>
      ) : null}
      {/* A find-out task is settled by answering its question, so it takes no decision. */}
      {action.discovery ? null : onDecision ? (
        <DecisionControls actionId={action.id} actionTitle={title} decision={decision} onChange={(next) => onDecision(action.id, next)} />
      ) : (
        <DecisionSummary decision={decision} />
      )}
    </li>
  );
}

/**
 * Memoised: typing a note re-renders that one action, not the whole plan. The view is
 * rebuilt on every change, but an unchanged action keeps its decision and its planned
 * lists (the evaluation is cached per answers), so comparing those is enough.
 */
export const PlanAction = memo(
  PlanActionItem,
  (before, after) =>
    before.onDecision === after.onDecision &&
    before.riskHref === after.riskHref &&
    before.action.id === after.action.id &&
    before.action.order === after.action.order &&
    before.action.decision === after.action.decision &&
    before.action.mitigates === after.action.mitigates &&
    before.action.dependsOn === after.action.dependsOn,
);
