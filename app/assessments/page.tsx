import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { AssessmentsView } from "@/components/assessments/assessments-view";
import { idHistory } from "@/content/id-history";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Saved assessments" };

export default function AssessmentsPage() {
  return (
    <>
      <ContentPreload files={["questionnaire"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Saved assessments
      </h1>
      <p className="lead">
        Every assessment kept in this browser. Open one to work on it; the questions, results and plan always show the one that is open. To
        see how things changed between two of them, <AppLink href="/compare">compare them</AppLink>.
      </p>
      <AssessmentsView history={idHistory} />
    </>
  );
}
