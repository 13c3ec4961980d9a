import type { Page } from "@playwright/test";
import type { Answers } from "@/lib/engine/answers";
import type { Assessment, Decision } from "@/lib/engine/assessment";
import { CONTENT_VERSION } from "@/content/questionnaire";

export interface SeedOptions {
  id?: string;
  name?: string;
  assessor?: string;
  answers?: Answers;
  decisions?: Record<string, Decision>;
  open?: boolean;
}

export function makeAssessment(options: SeedOptions = {}): Assessment {
  const stamp = "2026-11-20T09:30:00.000Z";
  return {
    id: options.id ?? "seeded",
    name: options.name ?? "Seeded assessment",
    ...(options.assessor ? { assessor: options.assessor } : {}),
    createdAt: stamp,
    updatedAt: stamp,
    contentVersion: CONTENT_VERSION,
    answers: options.answers ?? {},
    decisions: options.decisions ?? {},
  };
}

/**
 * Writes assessments into localStorage exactly as the app saves them, before any page
 * script runs, so a test can start from a known state without clicking through the wizard.
 */
export async function seedAssessments(page: Page, seeds: readonly SeedOptions[]): Promise<Assessment[]> {
  const assessments = seeds.map((seed, index) => makeAssessment({ id: `seed-${index}`, ...seed }));
  const open = seeds.findIndex((seed) => seed.open !== false);
  await seedRecords(page, assessments, open >= 0 ? (assessments[open]?.id ?? null) : null);
  return assessments;
}

/** Writes whole records and the open one, before the first document of the test runs. */
export async function seedRecords(page: Page, assessments: readonly Assessment[], openId: string | null): Promise<void> {
  const entries: [string, string][] = [
    ...assessments.map((a): [string, string] => [`kbyd.assessment.${a.id}`, JSON.stringify({ version: 1, assessment: a })]),
    ["kbyd.index", JSON.stringify({ version: 1, openId })],
  ];
  await page.addInitScript((items: [string, string][]) => {
    // Only on the first document of the test, so reloads keep what the app saved since.
    if (sessionStorage.getItem("kbyd.seeded")) return;
    sessionStorage.setItem("kbyd.seeded", "1");
    for (const [key, value] of items) localStorage.setItem(key, value);
  }, entries);
}
