/**
 * Every codebook a result link may have been made with, oldest first; a link names its
 * codebook by position in this list. `npm run content:codebook` appends a snapshot to
 * link-codebooks.json when a new content version changes questions, options or actions,
 * so adding a version needs no code here; never edit or reorder an old snapshot.
 */
import { codebookSchema, type Codebook } from "@/lib/engine/content-schema";
import snapshots from "./link-codebooks.json" with { type: "json" };

export const codebooks: readonly Codebook[] = snapshots.map((snapshot) => codebookSchema.parse(snapshot));

/** The codebook new links are made with. */
export const CURRENT_CODEBOOK_INDEX = codebooks.length - 1;

function newest(list: readonly Codebook[]): Codebook {
  const last = list[list.length - 1];
  // Only if the file is emptied by hand: say where to look rather than fail further on.
  if (last === undefined) throw new Error("content/link-codebooks.json holds no codebook");
  return last;
}

/** The codebook at CURRENT_CODEBOOK_INDEX, for tools and tests that make links. */
export const CURRENT_CODEBOOK: Codebook = newest(codebooks);
