import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Page not found
      </h1>
      <p className="lead">If you typed the web address, check it is correct. If you pasted it, check you copied all of it.</p>
      <ul>
        <li>
          <AppLink href="/">Start or continue an assessment</AppLink>
        </li>
        <li>
          <AppLink href="/assessments">Assessments saved in this browser</AppLink>
        </li>
        <li>
          <AppLink href="/guide">The guides to each area</AppLink>
        </li>
      </ul>
    </>
  );
}
