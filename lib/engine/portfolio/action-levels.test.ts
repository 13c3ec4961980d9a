import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the levels are the real content's
import { questionnaire } from "@/content/questionnaire";
import { actionLevel, actionLevels, riskLevel } from "./action-levels";

describe("action levels", () => {
  it("derives programme work from baseline actions and risks raised by programme answers only", () => {
    expect(riskLevel(questionnaire, "orchestration.etcd-loss")).toBe("programme");
    expect(riskLevel(questionnaire, "storage.data-loss-on-reschedule")).toBe("application");
    expect(riskLevel(questionnaire, "no.such-risk")).toBe("application");
    expect(actionLevel(questionnaire, "etcd-backups")).toBe("programme");
    expect(actionLevel(questionnaire, "agree-goals-and-measures")).toBe("programme");
    expect(actionLevel(questionnaire, "graceful-shutdown")).toBe("application");
  });

  it("follows the content where it names a level against the rule", () => {
    // Mitigates only application risks, but a gateway is shared platform work.
    expect(actionLevel(questionnaire, "gateway-ingress")).toBe("programme");
    // Baseline, but each application changes its own code.
    expect(actionLevel(questionnaire, "log-to-stdout")).toBe("application");
  });

  it("gives every action a level", () => {
    expect(actionLevels(questionnaire).size).toBe(questionnaire.actions.length);
  });
});
