import { AppLink } from "../ui/app-link";
import type { LinkErrorKind } from "@/lib/engine";

const ADVICE: Readonly<Record<LinkErrorKind, { title: string; todo: string }>> = {
  empty: {
    title: "This link has no assessment in it",
    todo: "Ask the person who shared it to copy the result link again: it ends with a long code after “#”.",
  },
  oversized: {
    title: "This link is far too long to be a result link",
    todo: "Check that only one link was pasted, or ask for the link again.",
  },
  malformed: {
    title: "This is not a result link",
    todo: "Check that you copied the whole link exactly as it was sent, or ask for it again.",
  },
  damaged: {
    title: "This result link is damaged",
    todo: "Part of it is missing or has been changed — often the end gets cut off when a link is pasted. Copy the whole link again, or ask for a new one.",
  },
  "newer-format": {
    title: "This result link was made by a newer version of this tool",
    todo: "Reload the page to get the newest version. If that does not help, ask the sender for a JSON export instead.",
  },
  "newer-content": {
    title: "This result link uses a newer questionnaire than this copy of the tool has",
    todo: "Reload the page to get the newest version. If that does not help, ask the sender for a JSON export instead.",
  },
  invalid: { title: "The assessment in this link is not valid", todo: "Ask the person who shared it for a new link or a JSON export." },
};

/** What is wrong with a result link and what to do about it, in plain words. */
export function LinkError({ kind, detail }: { kind: LinkErrorKind; detail: string }) {
  const advice = ADVICE[kind];
  return (
    <div className="notice notice--warning" role="alert" aria-labelledby="link-error-title">
      <h2 id="link-error-title">{advice.title}</h2>
      <p>{detail}</p>
      <p>{advice.todo}</p>
      <p>Your own assessments in this browser have not been touched.</p>
      <div className="button-group">
        <AppLink className="button button--secondary" href="/">
          Go to your own assessment
        </AppLink>
      </div>
    </div>
  );
}
