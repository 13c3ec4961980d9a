import type { Metadata } from "next";
import Link from "next/link";

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
          <Link href="/">Start or continue an assessment</Link>
        </li>
        <li>
          <Link href="/assessments">Assessments saved in this browser</Link>
        </li>
        <li>
          <Link href="/guide">The guides to each area</Link>
        </li>
      </ul>
    </>
  );
}
