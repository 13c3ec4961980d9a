/**
 * The real id history, through all three ways an assessment comes back: a saved record,
 * a result link made with the older codebook, and an imported JSON file.
 */
import { describe, expect, it } from "vitest";
import { admitFile, admitLink, admitRecord, encodeLink, idHistorySchema, renameThroughHistory, writeRecord } from "@/lib/engine";
import { idHistory } from "./id-history";
import { codebooks } from "./link-codebooks";
import { questionnaire } from "./questionnaire";

const OLD = { "app-knowledge.dependencies": "unknown" } as const;
const NEW = { "app-knowledge.dependencies": "unmapped" };

// A typed value, not parsed as pages load it (that would bring zod along): checked here instead.
it("is a valid id history, exactly as written", () => {
  expect(idHistorySchema.parse(idHistory)).toStrictEqual(idHistory);
  expect(idHistorySchema.safeParse({ ...idHistory, extra: {} }).success).toBe(false);
});

describe("the option renamed in 2026.12.1 (unknown → unmapped) is carried over", () => {
  it("from a saved record", () => {
    expect(renameThroughHistory(idHistory, OLD, {}).answers).toEqual(NEW);
    const stamp = "2026-11-20T00:00:00.000Z";
    const raw = writeRecord({
      id: "r1",
      name: "Saved",
      createdAt: stamp,
      updatedAt: stamp,
      contentVersion: "2026.11.1",
      answers: OLD,
      decisions: {},
    });
    const admitted = admitRecord(raw, "r1", { history: idHistory, contentVersion: questionnaire.version });
    expect(admitted).toMatchObject({
      kind: "ok",
      upgradedFrom: "2026.11.1",
      rewrite: true,
      assessment: { answers: NEW, contentVersion: questionnaire.version },
    });
  });

  it("from a result link made with the 2026.11.1 codebook", () => {
    const older = codebooks.findIndex((codebook) => codebook.contentVersion === "2026.11.1");
    const oldCodebook = codebooks[older];
    if (!oldCodebook) throw new Error("the 2026.11.1 codebook is missing");
    const link = encodeLink(
      { name: "Old link", updatedAt: "2026-11-20T00:00:00.000Z", contentVersion: "2026.11.1", answers: OLD, decisions: {} },
      oldCodebook,
      older,
    );
    const decoded = admitLink(link, { codebooks, history: idHistory, questionnaire });
    expect(decoded.ok && decoded.assessment.answers).toEqual(NEW);
    expect(decoded).toMatchObject({ upgradedFrom: "2026.11.1", assessment: { contentVersion: questionnaire.version } });
  });

  it("from an imported JSON file", async () => {
    const file = {
      format: "know-before-you-deploy/assessment",
      formatVersion: 1,
      exportedAt: "2026-11-20T00:00:00.000Z",
      contentVersion: "2026.11.1",
      assessment: {
        name: "Old file",
        createdAt: "2026-11-20T00:00:00.000Z",
        updatedAt: "2026-11-20T00:00:00.000Z",
        answers: OLD,
        decisions: {},
      },
    };
    const result = await admitFile(JSON.stringify(file), { questionnaire, history: idHistory });
    expect(result.ok && result.assessment.answers).toEqual(NEW);
    expect(result).toMatchObject({ upgradedFrom: "2026.11.1", assessment: { contentVersion: questionnaire.version } });
  });

  it("and the rename is real: the current questionnaire offers the new id, not the old", () => {
    const question = questionnaire.questions.find((q) => q.id === "app-knowledge.dependencies");
    const ids = question && "options" in question ? question.options.map((o) => o.id) : [];
    expect(ids).toContain("unmapped");
    expect(ids).not.toContain("unknown");
  });
});
