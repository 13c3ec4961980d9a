import { AppLink } from "./app-link";

/**
 * Names the assessment a page is about, so a user with several (or several tabs) always
 * knows where their answers go.
 */
export function AssessmentContext({ name }: { name: string }) {
  return (
    <p className="assessment-context">
      Answering for <strong>{name}</strong> · <AppLink href="/assessments">Switch assessment</AppLink>
    </p>
  );
}
