import type { Locator, Page } from "@playwright/test";
import type { Band } from "@/lib/engine";

const BAND_WORDS: Record<string, Band> = { Critical: "critical", High: "high", Medium: "medium", Low: "low" };

/** The summary's risks per band, read from the words on the page ("4 Critical"). */
export async function readBandCounts(page: Page): Promise<Record<Band, number>> {
  const items = await page.getByRole("list", { name: "Risks by band" }).getByRole("listitem").allInnerTexts();
  const counts: Record<Band, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const item of items) {
    const match = /^(\d+)\s+(\w+)$/.exec(item.trim());
    const band = match?.[2] ? BAND_WORDS[match[2]] : undefined;
    if (!match || !band) throw new Error(`Unreadable band count: ${item}`);
    counts[band] = Number(match[1]);
  }
  return counts;
}

/** The risk register's section, and the entries it currently shows. */
export const register = (page: Page): Locator => page.getByRole("region", { name: "Risk register" });
export const registerEntries = (page: Page): Locator => register(page).locator("article.risk");

/** One risk's entry in the register, by risk id (ids contain dots). */
export const riskEntry = (page: Page, riskId: string): Locator => page.locator(`article[id="risk-${riskId}"]`);

/** "Showing 3 of 32 risks" */
export const showing = (page: Page, shown: number, total: number): Locator =>
  register(page).getByText(`Showing ${shown} of ${total} ${total === 1 ? "risk" : "risks"}`);
