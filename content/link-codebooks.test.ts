/**
 * Result links name their codebook by position in content/link-codebooks.json, so the
 * newest snapshot must be the shape of today's content, and older ones must stay as
 * they were appended (one per content version, oldest first).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { codebookOf } from "@/lib/engine";
import { codebooks, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "./link-codebooks";
import { questionnaire } from "./questionnaire";

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** "2026.12.1" → [2026, 12, 1], compared part by part (as text "2026.9.1" would sort after "2026.12.1"). */
const parts = (version: string): number[] => version.split(".").map(Number);
const isLater = (later: string, earlier: string): boolean => {
  const [a, b] = [parts(later), parts(earlier)];
  const at = a.findIndex((part, index) => part !== b[index]);
  return at >= 0 && (a[at] ?? 0) > (b[at] ?? 0);
};

describe("the link codebooks", () => {
  it("end with the codebook of the current content, which new links are made with", () => {
    expect(
      CURRENT_CODEBOOK,
      `The questions, options or actions no longer match the newest codebook in content/link-codebooks.json (${CURRENT_CODEBOOK.contentVersion}). ` +
        `Raise CONTENT_VERSION in content/version.ts (now ${questionnaire.version}) and run \`npm run content:codebook\`; never edit an old snapshot.`,
    ).toEqual(codebookOf(questionnaire));
    expect(codebooks[CURRENT_CODEBOOK_INDEX]).toBe(CURRENT_CODEBOOK);
  });

  it("hold one snapshot per content version, oldest first, so no old one was edited in place of a new one", () => {
    const versions = codebooks.map((codebook) => codebook.contentVersion);
    expect(new Set(versions).size, `a content version appears twice: ${versions.join(", ")}`).toBe(versions.length);
    versions.slice(1).forEach((version, index) => {
      const before = versions[index] ?? "";
      expect(isLater(version, before), `${version} comes after ${before}`).toBe(true);
    });
  });

  it("keep, unchanged, the snapshots released before this file existed", () => {
    // Links in the wild were made with these. Later snapshots are held by the order above;
    // these two are pinned outright, as an edit to either would misread old links.
    const released = codebooks.slice(0, 2).map((codebook) => [codebook.contentVersion, sha256(JSON.stringify(codebook))]);
    expect(released).toEqual([
      ["2026.11.1", "6612983002273060ef6812f714379fd69179c999c469ebaacb724a1bae1b4434"],
      ["2026.12.1", "c3fb86e79644c909ae11ed309b87d49bf789c4677311b0c03c4d581058604bf7"],
    ]);
  });
});

describe("isLater", () => {
  it.each<[string, string, boolean]>([
    ["2026.12.1", "2026.11.1", true],
    ["2026.12.1", "2026.9.1", true],
    ["2027.1.1", "2026.12.3", true],
    ["2026.11.2", "2026.11.1", true],
    ["2026.11.1", "2026.11.1", false],
    ["2026.9.1", "2026.12.1", false],
  ])("%s after %s: %s", (later, earlier, expected) => {
    expect(isLater(later, earlier)).toBe(expected);
  });
});
