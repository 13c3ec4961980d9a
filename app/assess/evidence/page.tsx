import type { Metadata } from "next";
import { EvidenceView } from "@/components/evidence/evidence-view";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Answer from your files" };

export default function EvidencePage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Answer from your files
      </h1>
      <p className="lead">
        Give the Dockerfiles, Compose files and Kubernetes manifests the team already has. Questions they settle — who the container runs
        as, what runs as PID 1, whether there are probes, how images are referenced — get a proposed answer with the line that shows it. You
        accept, change or reject each one; the rest you answer by hand.
      </p>
      <ContentPreload files={["questionnaire"]} />
      <EvidenceView />
    </>
  );
}
