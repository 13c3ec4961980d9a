/** Every route of the app, as a benchmark visits it (app routes with a complete assessment open). */
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "../../content/link-codebooks";
import { legacyMonolith } from "../../content/scenarios/teams";
import { CONTENT_VERSION } from "../../content/questionnaire";
import { encodeLink } from "@/lib/engine";

const shared = encodeLink(
  {
    name: "Claims platform (legacy)",
    updatedAt: "2026-11-20T09:30:00.000Z",
    contentVersion: CONTENT_VERSION,
    answers: legacyMonolith,
    decisions: {},
  },
  CURRENT_CODEBOOK,
  CURRENT_CODEBOOK_INDEX,
);

export const ROUTES = [
  "/",
  "/assess/storage",
  "/assess/review",
  "/results",
  "/plan",
  "/print",
  `/shared#${shared}`,
  "/assessments",
  "/compare",
  "/guide",
  "/guide/storage",
] as const;
