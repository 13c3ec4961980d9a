/** Risk decisions in result links (format 2), and links of format 1 still read. */
import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- a real link needs the real content and its codebooks
import { codebooks, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
// eslint-disable-next-line no-restricted-imports -- as above
import { idHistory } from "@/content/id-history";
// eslint-disable-next-line no-restricted-imports -- as above
import { questionnaire } from "@/content/questionnaire";
import { decodeLink } from "./decode-link";
import { encodeLink } from "./encode-link";
import { makeShareLink } from "./share-link";
import type { SharedAssessment } from "./shared-assessment";

const [firstRisk, secondRisk] = questionnaire.risks.map((risk) => risk.id);
if (!firstRisk || !secondRisk) throw new Error("Test setup: the content has fewer than two risks");

const SHARED: SharedAssessment = {
  name: "Claims platform",
  updatedAt: "2026-12-01T00:00:00.000Z",
  contentVersion: questionnaire.version,
  answers: { "scope.breadth": "one-service" },
  decisions: {},
  riskDecisions: {
    [firstRisk]: {
      kind: "accepted",
      reason: "Only internal users; a day's outage is tolerable",
      by: "Ana Silva",
      reviewOn: "2027-03-01",
      decidedOn: "2026-12-01",
      basis: "0a1b2c3d",
    },
    [secondRisk]: { kind: "mitigated", reason: "The platform team's managed backups", decidedOn: "2026-11-02", basis: "not hex" },
  },
};

const decode = (fragment: string) => decodeLink(fragment, codebooks, idHistory, questionnaire);

describe("risk decisions in a result link", () => {
  it("come back exactly: kind, reason, who, days and basis", () => {
    const decoded = decode(encodeLink(SHARED, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX));
    expect(decoded).toMatchObject({ ok: true, assessment: { riskDecisions: SHARED.riskDecisions } });
  });

  it("keep their kind, days and basis but leave their texts behind when the link would be too long", () => {
    const long = { ...SHARED, decisions: { [CURRENT_CODEBOOK.actions[0] ?? ""]: { status: "open" as const, note: "é".repeat(1000) } } };
    const assessment = { ...long, id: "a", createdAt: "2026-12-01T00:00:00.000Z" };
    const link = makeShareLink(questionnaire, assessment, { codebookIndex: CURRENT_CODEBOOK_INDEX, timeZone: "UTC" });
    expect(link.trimmed).toBe(true);
    const decoded = decode(link.fragment);
    expect(decoded.ok && decoded.assessment.riskDecisions).toEqual({
      [firstRisk]: { kind: "accepted", reviewOn: "2027-03-01", decidedOn: "2026-12-01", basis: "0a1b2c3d" },
      [secondRisk]: { kind: "mitigated", decidedOn: "2026-11-02", basis: "not hex" },
    });
  });

  it("add nothing to a link without them but the count", () => {
    const { riskDecisions: _none, ...plain } = SHARED;
    const decoded = decode(encodeLink(plain, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX));
    expect(decoded.ok && "riskDecisions" in decoded.assessment).toBe(false);
  });

  it("reads a link of format 1, made before risk decisions travelled", () => {
    // Made by the app at content 2026.12.4 (codebook 4): one answer and a done decision with a note.
    const decoded = decode("EnepUjN7k2sLoQN7cygEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAKI1srg6BnRg");
    expect(decoded).toMatchObject({
      ok: true,
      assessment: {
        name: "Format one",
        answers: { "scope.breadth": "one-service" },
        decisions: { "agree-goals-and-measures": { status: "done", note: "kept" } },
      },
    });
    expect(decoded.ok && "riskDecisions" in decoded.assessment).toBe(false);
  });

  it("refuses a risk section that claims more decisions than the codebook has risks", () => {
    const fragment = encodeLink(SHARED, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX);
    const oneRisk = decodeLink(
      fragment,
      [...codebooks.slice(0, -1), { ...CURRENT_CODEBOOK, risks: [firstRisk] }],
      idHistory,
      questionnaire,
    );
    expect(oneRisk).toMatchObject({ ok: false, error: "damaged" });
  });
});
