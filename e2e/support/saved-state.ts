import type { Page } from "@playwright/test";
import type { Answers } from "@/lib/engine";
import { INDEX_KEY, KEY_PREFIX, recordKey } from "@/lib/state/storage-keys";

/** Every key and value the app keeps in localStorage, read from the page. */
export async function savedItems(page: Page): Promise<Record<string, string>> {
  // The callback runs in the page, so the app's key prefix comes in as an argument.
  return page.evaluate((prefix) => {
    const items: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(prefix)) items[key] = localStorage.getItem(key) ?? "";
    }
    return items;
  }, KEY_PREFIX);
}

/** The answers of the assessment the saved index marks as open, as the app saved them. */
export async function savedOpenAnswers(page: Page): Promise<Answers | undefined> {
  const items = await savedItems(page);
  const index = JSON.parse(items[INDEX_KEY] ?? "null") as { openId?: string | null } | null;
  if (!index?.openId) return undefined;
  const record = JSON.parse(items[recordKey(index.openId)] ?? "null") as { assessment?: { answers?: Answers } } | null;
  return record?.assessment?.answers;
}

/** The answers of a team restricted to some areas, in the shape the app stores them. */
export function answersOfAreas(answers: Answers, areaIds: readonly string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => areaIds.includes(id.split(".")[0] ?? "")));
}

/** Answers with multiple-choice lists sorted, since the order a user ticks boxes in carries no meaning. */
export function normalised(answers: Answers | undefined): Answers | undefined {
  if (!answers) return answers;
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? [...value].sort() : value]));
}

/** A CSS selector for an element whose id contains dots (question and risk ids do). */
export const byId = (id: string): string => `[id="${id}"]`;
