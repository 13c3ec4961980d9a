/**
 * A result link made by the app's own codec, for tests whose subject is opening a link
 * rather than making one (making one is tested through the "Copy result link" button).
 * It uses the newest codebook, as the app does; that this codebook matches the current
 * questionnaire is a unit test's job (content/link-codebooks.test.ts).
 */
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { encodeLink, type Assessment } from "@/lib/engine";

export function resultLinkPayload(assessment: Assessment): string {
  return encodeLink(assessment, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX);
}

export const resultLink = (assessment: Assessment): string => `/shared#${resultLinkPayload(assessment)}`;
