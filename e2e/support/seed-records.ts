/**
 * Seeding full assessment records (with their own dates) and reading back what the app
 * keeps in localStorage, for tests that compare before and after.
 */
import type { Page } from "@playwright/test";
import type { Answers } from "@/lib/engine/answers";
import type { Assessment } from "@/lib/engine/assessment";
import { makeAssessment, type SeedOptions } from "./seed";

export { seedRecords } from "./seed";

export function record(options: SeedOptions & { updatedAt?: string }): Assessment {
  const base = makeAssessment(options);
  return options.updatedAt ? { ...base, createdAt: options.updatedAt, updatedAt: options.updatedAt } : base;
}

/** Every key of the app in localStorage, sorted, with its text. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const keys = Object.keys(localStorage).filter((key) => key.startsWith("kbyd.")).sort();
    for (const key of keys) out[key] = localStorage.getItem(key) ?? "";
    return out;
  });
}

/** The saved assessments, parsed. */
export async function readAssessments(page: Page): Promise<Assessment[]> {
  const storage = await readStorage(page);
  return Object.entries(storage)
    .filter(([key]) => key.startsWith("kbyd.assessment."))
    .map(([, text]) => (JSON.parse(text) as { assessment: Assessment }).assessment);
}

export async function readOpenId(page: Page): Promise<string | null> {
  const storage = await readStorage(page);
  const index = storage["kbyd.index"];
  return index ? (JSON.parse(index) as { openId: string | null }).openId : null;
}

/** Answers with multiple choices in a fixed order (the app keeps them in the options' order). */
export const sortedAnswers = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? [...value].sort() : value]));
