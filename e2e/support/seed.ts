import type { Page } from "@playwright/test";
import { CONTENT_VERSION } from "@/content/questionnaire";
import type { Answers, Assessment, Decision } from "@/lib/engine";
import { MemoryStorage } from "@/lib/state/memory-storage";
import { writeLastOpened, writeStoredRecord } from "@/lib/state/record-storage";

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
 * The localStorage entries the app itself writes for these assessments and the open one,
 * made by its own writers (keys, record format, index), so no test restates the format.
 */
export function savedEntries(assessments: readonly Assessment[], openId: string | null): [string, string][] {
  const storage = new MemoryStorage();
  for (const assessment of assessments) writeStoredRecord(storage, assessment);
  writeLastOpened(storage, openId);
  return storage.keys().map((key): [string, string] => [key, storage.getItem(key) ?? ""]);
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
  await page.addInitScript(
    (items: [string, string][]) => {
      // Only on the first document of the test, so reloads keep what the app saved since.
      // The marker is the test's own, outside the app's "kbyd." keys.
      if (sessionStorage.getItem("e2e.seeded")) return;
      sessionStorage.setItem("e2e.seeded", "1");
      for (const [key, value] of items) localStorage.setItem(key, value);
    },
    savedEntries(assessments, openId),
  );
}
