/**
 * The server-rendered frame of an area step: back link, where this area sits in the
 * journey, heading, summary and guide link. Only this area's question text is sent to the
 * browser; other areas travel as logic (ids and conditions) for visibility.
 */
import { AppLink } from "../ui/app-link";
import { evidenceRules } from "@/content/evidence";
import { questionnaire } from "@/content/questionnaire";
import { questionLogic } from "@/lib/engine";
import { AreaStep } from "./area-step";

const HEADING_ID = "page-heading";

/** Areas with a question the team's files can settle (worked out on the server; only the link is sent). */
const AREAS_WITH_EVIDENCE = new Set(
  evidenceRules.flatMap((rule) =>
    questionnaire.questions.filter((question) => question.id === rule.question).map((question) => question.area),
  ),
);

export function AreaStepPage({ areaId }: { areaId: string }) {
  const { areas, questions } = questionnaire;
  const index = areas.findIndex((area) => area.id === areaId);
  const area = areas[index];
  if (!area) return null;
  const previous = areas[index - 1];
  const next = areas[index + 1];
  return (
    <>
      <AppLink className="back-link" href={previous ? `/assess/${previous.id}` : "/"}>
        Back
      </AppLink>
      <p className="step-meta">
        Area {index + 1} of {areas.length} · {area.kind === "technical" ? "Technical" : "Non-technical"}
      </p>
      <h1 id={HEADING_ID} tabIndex={-1}>
        {area.title}
      </h1>
      {/* One introduction, summary and guide together: the step's largest text, painted with the first frame. */}
      <p className="lead">
        {area.summary} <AppLink href={`/guide/${area.id}`}>Read the guide to {area.title.toLowerCase()}</AppLink>: why these questions
        matter and what good looks like today.
      </p>
      {AREAS_WITH_EVIDENCE.has(area.id) ? (
        <p className="evidence-offer">
          Have the Dockerfile, Compose file or Kubernetes manifests? <AppLink href="/assess/evidence">Answer from your files</AppLink>: the
          answers they prove are proposed for you to check, and the files are read in your browser, never uploaded.
        </p>
      ) : null}
      <AreaStep
        area={area}
        headingId={HEADING_ID}
        questions={questions.filter((question) => question.area === area.id)}
        logic={questionLogic(questions)}
        nextHref={next ? `/assess/${next.id}` : "/assess/review"}
      />
    </>
  );
}
