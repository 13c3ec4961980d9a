/**
 * Seeding full assessment records (with their own dates) and reading back what the app
 * keeps in localStorage, for tests that compare before and after.
 */
import type { Page } from "@playwright/test";
import type { Answers, Assessment } from "@/lib/engine";
import { INDEX_KEY, KEY_PREFIX, RECORD_PREFIX } from "@/lib/state/storage-keys";
import { makeAssessment, type SeedOptions } from "./seed";

export { seedRecords } from "./seed";

export function record(options: SeedOptions & { updatedAt?: string }): Assessment {
  const base = makeAssessment(options);
  return options.updatedAt ? { ...base, createdAt: options.updatedAt, updatedAt: options.updatedAt } : base;
}

/** Every key of the app in localStorage, sorted, with its text. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  // The callback runs in the page, so the app's key prefix comes in as an argument.
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    const keys = Object.keys(localStorage)
      .filter((key) => key.startsWith(prefix))
      .sort();
    for (const key of keys) out[key] = localStorage.getItem(key) ?? "";
    return out;
  }, KEY_PREFIX);
}

/** The saved assessments, parsed. */
export async function readAssessments(page: Page): Promise<Assessment[]> {
  const storage = await readStorage(page);
  return Object.entries(storage)
    .filter(([key]) => key.startsWith(RECORD_PREFIX))
    .map(([, text]) => (JSON.parse(text) as { assessment: Assessment }).assessment);
}

export async function readOpenId(page: Page): Promise<string | null> {
  const storage = await readStorage(page);
  const index = storage[INDEX_KEY];
  return index ? (JSON.parse(index) as { openId: string | null }).openId : null;
}

/** Answers with multiple choices in a fixed order (the app keeps them in the options' order). */
export const sortedAnswers = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? [...value].sort() : value]));
