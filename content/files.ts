/**
 * The content pages fetch rather than carry: the questionnaire as the browser needs it and
 * the result-link codebooks, each a static JSON file named for the content version (so a
 * browser may keep it for good, and every page that needs it shares one copy). Here only
 * the names, so the browser can ask for them without loading the content itself.
 */
import { CONTENT_VERSION } from "./version";

export const CONTENT_FILES = {
  questionnaire: `questionnaire-${CONTENT_VERSION}.json`,
  codebooks: `codebooks-${CONTENT_VERSION}.json`,
} as const;

export type ContentFile = keyof typeof CONTENT_FILES;

export function contentFileUrl(file: ContentFile): string {
  return `/content/${CONTENT_FILES[file]}`;
}
