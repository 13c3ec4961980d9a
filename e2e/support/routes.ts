/**
 * Every page of the app, for sweeps that must visit them all, with a complete assessment
 * open and a valid result link for the shared page.
 */
import { legacyMonolith } from "@/content/scenarios/teams";
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { CONTENT_VERSION, questionnaire } from "@/content/questionnaire";
import { encodeLink, type SharedAssessment } from "@/lib/engine";

export function sharedLinkPath(assessment: SharedAssessment): string {
  return `/shared#${encodeLink(assessment, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX)}`;
}

export const LEGACY_SHARED: SharedAssessment = {
  name: "Claims platform (legacy)",
  updatedAt: "2026-11-20T00:00:00.000Z",
  contentVersion: CONTENT_VERSION,
  answers: legacyMonolith,
  decisions: {},
};

/** Static routes of the app; the shared page is added by callers that need a link. */
export const PAGES = [
  "/",
  ...questionnaire.areas.map((area) => `/assess/${area.id}`),
  "/assess/evidence",
  "/assess/review",
  "/results",
  "/plan",
  "/print",
  "/assessments",
  "/compare",
  "/team",
  "/respond",
  "/portfolio",
  "/portfolio/programme",
  "/guide",
  ...questionnaire.areas.map((area) => `/guide/${area.id}`),
] as const;
