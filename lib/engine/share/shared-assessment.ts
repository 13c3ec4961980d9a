/** What a result link carries: an assessment without its local bookkeeping (ids, creation time). */
import { NOTE_MAX_LENGTH, type Assessment } from "../assessment";

export type SharedAssessment = Pick<
  Assessment,
  "name" | "assessor" | "updatedAt" | "contentVersion" | "answers" | "decisions" | "riskDecisions"
>;

/** Format 2 added the risk decisions; links of format 1 are still read. */
export const LINK_FORMAT_VERSION = 2;
/** Far beyond any real link (a complete one is about 100 characters); refuse before decoding. */
export const MAX_LINK_LENGTH = 12_000;
/** The longest text an assessment holds (a note), in UTF-8: at most three bytes per UTF-16 unit. */
export const MAX_TEXT_BYTES = 3 * NOTE_MAX_LENGTH;
/** Dates travel as whole days since this day, to stay short. */
export const DAY_ZERO = Date.UTC(2020, 0, 1);
export const DAY_MS = 86_400_000;
