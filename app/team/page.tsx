import type { Metadata } from "next";
import { TeamView } from "@/components/team/team-view";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "The team’s view" };

export default function TeamPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        The team’s view
      </h1>
      <p className="lead">
        One person’s answers are one person’s view. Ask development, operations and security to answer too, see where they differ — the
        questions where one answer raises a critical risk and another raises nothing come first — and settle on the team’s answer.
      </p>
      <ContentPreload files={["questionnaire", "codebooks"]} />
      <TeamView />
    </>
  );
}
