/**
 * The coverage map: every point of the talk's challenge slides (and the overview and
 * misconception slides where they matter), in the talk's words, with the questions, risks
 * and actions that answer it and one line on what is true in 2026.
 */
import { entries as beyond } from "./coverage/beyond";
import { entries as framing } from "./coverage/framing";
import { entries as nonTechnical } from "./coverage/non-technical";
import { entries as technical } from "./coverage/technical";
import type { CoverageEntry } from "./coverage/entry";

export { MISCONCEPTIONS_SLIDE, OVERVIEW_SLIDE, type CoverageEntry } from "./coverage/entry";

/** In the talk's slide order. */
export const coverage: CoverageEntry[] = [...framing, ...nonTechnical, ...technical, ...beyond];
