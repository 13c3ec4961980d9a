import type { Metadata } from "next";
import { RespondView } from "@/components/team/respond-view";
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { CONTENT_VERSION, questionnaire } from "@/content/questionnaire";
import { questionLogic } from "@/lib/engine";

export const metadata: Metadata = { title: "Answer for your team" };

export default function RespondPage() {
  // The questions travel with the page (help text included): a respondent answers without the app's other content.
  const content = {
    areas: questionnaire.areas.map(({ id, title }) => ({ id, title })),
    questions: questionnaire.questions,
    logic: questionLogic(questionnaire.questions),
    codebook: CURRENT_CODEBOOK,
    codebookIndex: CURRENT_CODEBOOK_INDEX,
    contentVersion: CONTENT_VERSION,
  };
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Answer for your team
      </h1>
      <p className="lead">
        Someone assessing how ready your team is for containers has asked for your view. Developers, operations and security often answer
        these questions differently, and that difference is what the team needs to see.
      </p>
      <RespondView content={content} />
    </>
  );
}
