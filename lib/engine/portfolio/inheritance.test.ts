/** Inherited answers and local overrides, as the portfolio promises: no answer ever changes unless the caller applies it. */
import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the levels are the real content's
import { questionnaire } from "@/content/questionnaire";
import type { Assessment } from "../assessment";
import { applyProgrammeAnswer, inheritanceOf, inheritedAnswers, joinProgramme, programmeChange, sameAnswer } from "./inheritance";
import type { Programme } from "./programme";

const NOW = "2026-12-02T00:00:00Z";

const programme: Programme = {
  id: "p",
  name: "Estate",
  createdAt: "2026-12-01T00:00:00Z",
  updatedAt: "2026-12-01T00:00:00Z",
  contentVersion: questionnaire.version,
  // Two programme answers and one the programme should never hold (an application's).
  answers: { "orchestration.platform": "kubernetes", "scope.goals": ["consistency", "faster-delivery"], "storage.stateful": "no" },
  members: [],
};

function application(id: string, name: string, answers: Assessment["answers"]): Assessment {
  return { id, name, createdAt: NOW, updatedAt: "2026-12-01T00:00:00Z", contentVersion: questionnaire.version, answers, decisions: {} };
}

/** Three applications started from the programme; "billing" then chose its own platform. */
function estate(): { programme: Programme; apps: Assessment[] } {
  let current = programme;
  const apps: Assessment[] = [];
  for (const [id, name] of [
    ["pricing", "Pricing API"],
    ["billing", "Billing"],
    ["portal", "Portal"],
  ] as const) {
    const joined = joinProgramme(questionnaire, current, id, NOW);
    current = joined.programme;
    apps.push(application(id, name, { ...joined.answers, "storage.stateful": "yes" }));
  }
  const billing = apps[1];
  if (billing) apps[1] = { ...billing, answers: { ...billing.answers, "orchestration.platform": "serverless" } };
  return { programme: current, apps };
}

describe("starting from the programme", () => {
  it("takes the programme's answers to programme-level questions only, as copies", () => {
    const answers = inheritedAnswers(questionnaire, programme);
    expect(answers).toEqual({ "orchestration.platform": "kubernetes", "scope.goals": ["consistency", "faster-delivery"] });
    expect(answers["scope.goals"]).not.toBe(programme.answers["scope.goals"]);
  });

  it("records what each member inherited", () => {
    const { programme: joined, apps } = estate();
    expect(joined.members.map((m) => m.assessmentId)).toEqual(["pricing", "billing", "portal"]);
    expect(joined.members[0]?.inherited).toEqual(inheritedAnswers(questionnaire, programme));
    expect(programme.members).toEqual([]);
    expect(apps[0]?.answers["storage.stateful"]).toBe("yes");
  });
});

describe("an inherited answer and a local override", () => {
  it("tells inherited, local and not inherited apart", () => {
    const { programme: joined, apps } = estate();
    const [pricing, billing] = apps;
    const [pricingMember, billingMember] = joined.members;
    if (!pricing || !billing || !pricingMember || !billingMember) throw new Error("the estate has three members");
    expect(inheritanceOf(questionnaire, joined, pricingMember, pricing.answers)).toEqual({
      "orchestration.platform": "inherited",
      "scope.goals": "inherited",
    });
    expect(inheritanceOf(questionnaire, joined, billingMember, billing.answers)["orchestration.platform"]).toBe("local");
    // Choices compare as sets: the order a team ticks them in is not a change.
    expect(
      inheritanceOf(questionnaire, joined, pricingMember, { ...pricing.answers, "scope.goals": ["faster-delivery", "consistency"] }),
    ).toMatchObject({
      "scope.goals": "inherited",
    });
  });

  it("offers a programme change to the applications that inherited it and lists those that keep their own", () => {
    const { programme: joined, apps } = estate();
    const change = programmeChange(questionnaire, joined, "orchestration.platform", "serverless", apps);
    expect(change?.follows.map((entry) => [entry.name, entry.state])).toEqual([
      ["Pricing API", "inherited"],
      ["Portal", "inherited"],
    ]);
    expect(change?.keeps).toEqual([{ assessmentId: "billing", name: "Billing", answer: "serverless", state: "local" }]);
    expect(programmeChange(questionnaire, joined, "storage.stateful", "yes", apps)).toBeUndefined();
  });

  it("applies it only to the followers chosen, keeps the local override, and changes nothing in what it was given", () => {
    const { programme: joined, apps } = estate();
    const before = JSON.stringify({ joined, apps });
    const applied = applyProgrammeAnswer(questionnaire, joined, "orchestration.platform", "other-scheduler", apps, {
      now: NOW,
      apply: ["pricing", "billing"],
    });
    expect(JSON.stringify({ joined, apps })).toBe(before);
    // Billing is local, so naming it changes nothing; Portal was not chosen.
    expect(applied?.applications.map((app) => [app.id, app.answers["orchestration.platform"], app.updatedAt])).toEqual([
      ["pricing", "other-scheduler", NOW],
    ]);
    expect(applied?.programme.answers["orchestration.platform"]).toBe("other-scheduler");
    const [pricingMember, , portalMember] = applied?.programme.members ?? [];
    expect(pricingMember?.inherited["orchestration.platform"]).toBe("other-scheduler");
    expect(portalMember?.inherited["orchestration.platform"]).toBe("kubernetes");
    // Portal still holds what it inherited, now behind the programme; the next change still reaches it.
    const portal = apps[2];
    if (!applied || !portal || !portalMember) throw new Error("applied");
    expect(inheritanceOf(questionnaire, applied.programme, portalMember, portal.answers)["orchestration.platform"]).toBe("behind");
    expect(programmeChange(questionnaire, applied.programme, "orchestration.platform", "kubernetes", [portal])?.follows).toEqual([
      { assessmentId: "portal", name: "Portal", answer: "kubernetes", state: "behind" },
    ]);
  });

  it("applies to every follower when none are named, and clears an answer with its evidence", () => {
    const { programme: joined, apps } = estate();
    const withEvidence = apps.map((app) => ({ ...app, evidence: { "orchestration.platform": "cited", "storage.stateful": "kept" } }));
    const applied = applyProgrammeAnswer(questionnaire, joined, "orchestration.platform", undefined, withEvidence, { now: NOW });
    expect(applied?.applications.map((app) => app.id)).toEqual(["pricing", "portal"]);
    for (const app of applied?.applications ?? []) {
      expect(Object.hasOwn(app.answers, "orchestration.platform")).toBe(false);
      expect(app.evidence).toEqual({ "storage.stateful": "kept" });
    }
    expect(Object.hasOwn(applied?.programme.answers ?? {}, "orchestration.platform")).toBe(false);
  });
});

describe("sameAnswer", () => {
  it.each<[Assessment["answers"][string] | undefined, Assessment["answers"][string] | undefined, boolean]>([
    ["a", "a", true],
    ["a", "b", false],
    [["a", "b"], ["b", "a"], true],
    [["a"], ["a", "b"], false],
    [["a", "a"], ["a", "b"], false],
    [[], undefined, true],
    ["", undefined, true],
    [3, 3, true],
    [3, "3", false],
  ])("%j and %j: %s", (a, b, same) => {
    expect(sameAnswer(a, b)).toBe(same);
  });
});
