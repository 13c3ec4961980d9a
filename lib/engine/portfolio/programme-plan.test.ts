/** The programme plan lists each programme action once, each application's own under it, and reads as one plan. */
import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the plan is built from the real content
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports -- the scenario teams are real, complete answer sets
import { legacyMonolith, regulatedPlatform, statelessService } from "@/content/scenarios/teams";
import { assess } from "../assess/assess";
import type { Answers } from "../answers";
import type { Assessment, Decision } from "../assessment";
import { actionLevel } from "./action-levels";
import { programmePlan } from "./programme-plan";

const app = (id: string, name: string, answers: Answers, decisions: Record<string, Decision> = {}): Assessment => ({
  id,
  name,
  createdAt: "2026-12-01T00:00:00Z",
  updatedAt: "2026-12-01T00:00:00Z",
  contentVersion: questionnaire.version,
  answers: { ...answers },
  decisions,
});

const three = [
  app("pricing", "Pricing API", statelessService),
  app("orders", "Orders", legacyMonolith),
  app("merchants", "Merchants", regulatedPlatform),
];

describe("the programme plan over three applications", () => {
  const plan = programmePlan(questionnaire, three, { name: "Estate" });
  const all = plan.plan.phases.flatMap((phase) => phase.actions);

  it("lists each programme action once, with every application whose plan has it", () => {
    const programmeIds = plan.programmeActions.map((entry) => entry.action.id);
    expect(new Set(programmeIds).size).toBe(programmeIds.length);
    for (const id of programmeIds)
      expect(
        all.filter((action) => action.id === id),
        id,
      ).toHaveLength(1);
    // Baseline work every one of them needs: once, naming all three.
    const pilot = plan.programmeActions.find((entry) => entry.action.id === "choose-pilot-service");
    expect(pilot?.applications.map((need) => need.name)).toEqual(["Merchants", "Orders", "Pricing API"]);
    expect(pilot?.action.detail).toMatch(/ Needed by three applications: Merchants, Orders, Pricing API\.$/);
    // Each application's own plan has it; the programme plan has it once.
    for (const assessment of three)
      expect(
        assess(questionnaire, assessment).plan.phases.some((phase) => phase.actions.some((a) => a.id === "choose-pilot-service")),
      ).toBe(true);
  });

  it("gives each application its own application-level actions, titled with its name in the single plan", () => {
    const orders = plan.applications.find((entry) => entry.assessmentId === "orders");
    expect(orders?.actions.map((action) => action.id)).toContain("graceful-shutdown");
    for (const action of orders?.actions ?? []) expect(actionLevel(questionnaire, action.id), action.id).toBe("application");
    const shutdown = all.find((action) => action.id === "graceful-shutdown@orders");
    expect(shutdown?.title).toBe("Orders: Handle SIGTERM and size the grace period");
    expect(shutdown?.dependsOn).toEqual(["containerise-pilot@orders"]);
    // Pricing API's only action of its own: every adoption logs to stdout, each in its own code.
    expect(plan.applications.find((entry) => entry.assessmentId === "pricing")?.actions.map((a) => a.id)).toEqual(["log-to-stdout"]);
  });

  it("is ordered so that nothing comes before what it waits on, across programme and applications", () => {
    const order = new Map(all.map((action) => [action.id, action.order]));
    expect(all.map((action) => action.order)).toEqual(all.map((_, i) => i + 1));
    for (const action of all)
      for (const dependency of action.dependsOn) expect(order.get(dependency), `${action.id} → ${dependency}`).toBeLessThan(action.order);
    // Programme work that needs an application's work waits on it in every application that has it.
    expect(all.find((action) => action.id === "admission-policies")?.dependsOn).toEqual([
      "harden-pod-security@merchants",
      "harden-pod-security@orders",
      "pin-images-by-digest",
    ]);
    expect(plan.plan.summary.total).toBe(all.length);
    expect(plan.plan.startHere.length).toBeGreaterThan(0);
  });

  it("carries the risks its actions mitigate, each once", () => {
    const ids = plan.risks.map((risk) => risk.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of all) for (const risk of action.mitigates) expect(ids, action.id).toContain(risk.id);
  });
});

describe("decisions on programme actions", () => {
  const done: Decision = { status: "done", note: "Agreed at the steering group" };
  const statusOf = (assessments: Assessment[]) =>
    programmePlan(questionnaire, assessments).programmeActions.find((entry) => entry.action.id === "agree-goals-and-measures")?.action
      .decision;

  it("are done only when every application that needs the action says so", () => {
    const decided = three.map((assessment) => ({ ...assessment, decisions: { "agree-goals-and-measures": done } }));
    expect(statusOf(decided)).toEqual(done);
    const partly = decided.map((assessment, i) => (i === 2 ? { ...assessment, decisions: {} } : assessment));
    expect(statusOf(partly)).toEqual({ status: "open" });
    const differentNotes = decided.map((assessment, i) => ({
      ...assessment,
      decisions: { "agree-goals-and-measures": { status: "done" as const, note: `n${i}` } },
    }));
    expect(statusOf(differentNotes)).toEqual({ status: "done" });
  });
});

describe("application names in the plan's words", () => {
  it("are written as the caller's format asks, so each export can keep them inert", () => {
    const plan = programmePlan(questionnaire, three, { nameOf: (name) => `«${name}»` });
    const all = plan.plan.phases.flatMap((phase) => phase.actions);
    expect(all.find((action) => action.id === "graceful-shutdown@orders")?.title).toBe(
      "«Orders»: Handle SIGTERM and size the grace period",
    );
    expect(all.find((action) => action.id === "choose-pilot-service")?.detail).toMatch(/«Merchants», «Orders», «Pricing API»\.$/);
    expect(plan.applications.map((entry) => entry.name)).toEqual(["Merchants", "Orders", "Pricing API"]);
  });
});
