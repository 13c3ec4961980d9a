/** localStorage entries that make a scenario team's complete assessment the open one. */
import { CONTENT_VERSION } from "../../content/questionnaire";
import { legacyMonolith } from "../../content/scenarios/teams";
import type { Answers } from "../../lib/engine/answers";

export function storageEntries(answers: Answers = legacyMonolith, name = "Claims platform (legacy)"): [string, string][] {
  const stamp = "2026-11-20T09:30:00.000Z";
  const assessment = { id: "bench", name, createdAt: stamp, updatedAt: stamp, contentVersion: CONTENT_VERSION, answers, decisions: {} };
  return [
    ["kbyd.assessment.bench", JSON.stringify({ version: 1, assessment })],
    ["kbyd.index", JSON.stringify({ version: 1, openId: "bench" })],
  ];
}
