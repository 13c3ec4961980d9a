import type { Metadata } from "next";
import { SharedView } from "@/components/shared/shared-view";
import { idHistory } from "@/content/id-history";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Shared results", referrer: "no-referrer" };

export default function SharedPage() {
  return (
    <>
      <ContentPreload files={["questionnaire", "codebooks"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Shared results
      </h1>
      <p className="lead">
        The risks and adoption plan of an assessment someone shared with you, read-only. Everything shown here came in the link itself:
        nothing was sent to a server, and nothing is saved in this browser unless you choose to.
      </p>
      <SharedView history={idHistory} />
    </>
  );
}
