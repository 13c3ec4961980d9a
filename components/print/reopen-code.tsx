"use client";
/**
 * The printed plan reopens itself: its cover carries the result link and a QR code of it,
 * so a printed plan in a steering meeting opens on any laptop. The link is made as "Copy
 * result link" makes it; the QR library loads only here, when a plan is printed.
 */
import { useEffect, useState } from "react";
import { shareLink, type Assessment, type Questionnaire } from "@/lib/engine";

export interface ReopenLink {
  url: string;
  /** Dark modules by row, without the quiet zone. */
  modules: boolean[][];
}

/** The quiet zone scanners need around the code, in modules. */
const QUIET = 4;

export type ReopenState = { state: "making" } | { state: "ready"; link: ReopenLink } | { state: "failed" };

export function useReopenLink(questionnaire: Questionnaire, assessment: Assessment, codebookIndex: number): ReopenState {
  const [made, setMade] = useState<{ from: Assessment; state: ReopenState }>();
  useEffect(() => {
    let live = true;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    Promise.all([shareLink(questionnaire, assessment, { codebookIndex, timeZone }), import("uqr")])
      .then(([{ fragment }, { encode }]) => {
        const url = `${window.location.origin}/shared#${fragment}`;
        // Medium error correction: survives a smudge or a fold in a printed handout.
        const { data } = encode(url, { ecc: "M", border: 0 });
        if (live) setMade({ from: assessment, state: { state: "ready", link: { url, modules: data } } });
      })
      .catch(() => {
        if (live) setMade({ from: assessment, state: { state: "failed" } });
      });
    return () => {
      live = false;
    };
  }, [questionnaire, assessment, codebookIndex]);
  return made && made.from === assessment ? made.state : { state: "making" };
}

function pathOf(modules: readonly boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    }),
  );
  return parts.join("");
}

export function ReopenCode({ link }: { link: ReopenLink }) {
  const size = (link.modules.length || 21) + 2 * QUIET;
  return (
    <figure className="print-cover__reopen">
      <svg
        className="print-cover__qr"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label="QR code of the result link"
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={pathOf(link.modules)} fill="#000000" />
      </svg>
      <figcaption>
        <strong>Reopen this plan:</strong> scan the code, or open <span className="print-cover__url">{link.url}</span>
      </figcaption>
    </figure>
  );
}
