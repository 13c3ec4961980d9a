/** localStorage entries that make a scenario team's complete assessment the open one. */
import { CONTENT_VERSION } from "../../content/questionnaire";
import { legacyMonolith } from "../../content/scenarios/teams";
import type { Answers, Assessment } from "@/lib/engine";
import { MemoryStorage } from "@/lib/state/memory-storage";
import { writeLastOpened, writeStoredRecord } from "@/lib/state/record-storage";

export function storageEntries(answers: Answers = legacyMonolith, name = "Claims platform (legacy)"): [string, string][] {
  const stamp = "2026-11-20T09:30:00.000Z";
  const assessment: Assessment = {
    id: "bench",
    name,
    createdAt: stamp,
    updatedAt: stamp,
    contentVersion: CONTENT_VERSION,
    answers,
    decisions: {},
  };
  // Written by the app's own writers, so the keys and formats are the ones it reads.
  const storage = new MemoryStorage();
  writeStoredRecord(storage, assessment);
  writeLastOpened(storage, assessment.id);
  return storage.keys().map((key): [string, string] => [key, storage.getItem(key) ?? ""]);
}
