/**
 * Every codebook a result link may have been made with, oldest first; a link names its
 * codebook by position in this list. Append a snapshot (npm run content:codebook) when a
 * new content version changes questions, options or actions; never edit an old one.
 */
import { codebookSchema, type Codebook } from "@/lib/engine/share/codebook";
import v2026_11_1 from "./link-codebooks/2026.11.1.json" with { type: "json" };
import v2026_12_1 from "./link-codebooks/2026.12.1.json" with { type: "json" };

export const codebooks: readonly Codebook[] = [v2026_11_1, v2026_12_1].map((snapshot) => codebookSchema.parse(snapshot));

/** The codebook new links are made with. */
export const CURRENT_CODEBOOK_INDEX = codebooks.length - 1;
