/** What a result link carries: an assessment without its local bookkeeping (ids, creation time). */
import type { Assessment } from "../assessment";

export type SharedAssessment = Pick<Assessment, "name" | "assessor" | "updatedAt" | "contentVersion" | "answers" | "decisions">;

export const LINK_FORMAT_VERSION = 1;
/** Far beyond any real link (a complete one is about 100 characters); refuse before decoding. */
export const MAX_LINK_LENGTH = 12_000;
export const MAX_TEXT_BYTES = 2_000;
/** Dates travel as whole days since this day, to stay short. */
export const DAY_ZERO = Date.UTC(2020, 0, 1);
export const DAY_MS = 86_400_000;
