/**
 * Scenario tests on the real content, at engine level: four teams (content/scenarios/teams.ts)
 * go through resolveVisibility and evaluateRisks, and each must raise the risks a reviewer
 * would expect, in the expected bands, and must not raise the ones that do not apply.
 */
import { describe, expect, it } from "vitest";
import { evaluateRisks, resolveVisibility, type Answers, type Band, type RaisedRisk } from "@/lib/engine";
import { questionnaire } from "./questionnaire";
import { legacyMonolith, regulatedPlatform, smallTeamToKubernetes, statelessService, teams } from "./scenarios/teams";

function assess(answers: Answers): Map<string, RaisedRisk> {
  const { effective } = resolveVisibility(questionnaire, answers);
  return new Map(evaluateRisks(questionnaire, effective).map((risk) => [risk.id, risk]));
}

function bandsOf(raised: Map<string, RaisedRisk>): Record<string, string> {
  return Object.fromEntries([...raised.values()].map((risk) => [risk.id, risk.band]));
}

function expectRaised(raised: Map<string, RaisedRisk>, expected: Record<string, Band>): void {
  const actual = bandsOf(raised);
  for (const [id, band] of Object.entries(expected)) expect(actual[id], `${id} in ${JSON.stringify(actual, null, 1)}`).toBe(band);
}

function expectNotRaised(raised: Map<string, RaisedRisk>, ids: string[]): void {
  const wrongly = ids.filter((id) => raised.has(id));
  expect(wrongly, `Raised but should not be: ${wrongly.join(", ")}`).toEqual([]);
}

function countBands(raised: Map<string, RaisedRisk>): Record<Band, number> {
  const counts: Record<Band, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const risk of raised.values()) counts[risk.band] += 1;
  return counts;
}

const riskIdsOfArea = (area: string) => questionnaire.risks.filter((risk) => risk.area === area).map((risk) => risk.id);

describe("the scenario teams are complete answer sets", () => {
  for (const [name, answers] of Object.entries(teams)) {
    it(`${name} answers every question it is shown, and nothing else`, () => {
      const { visible } = resolveVisibility(questionnaire, answers);
      expect(
        visible.filter((id) => answers[id] === undefined),
        "shown but unanswered",
      ).toEqual([]);
      expect(
        Object.keys(answers).filter((id) => !visible.includes(id)),
        "answered but hidden",
      ).toEqual([]);
    });
  }
});

describe("a stateless greenfield twelve-factor service", () => {
  const raised = assess(statelessService);

  it("raises nothing", () => {
    expect(bandsOf(raised)).toEqual({});
  });

  it("is not asked the stateful, log-file or multi-process follow-ups", () => {
    const { visible } = resolveVisibility(questionnaire, statelessService);
    for (const id of ["storage.state-location", "storage.backup", "logging.can-change", "processes.supervisor", "security.isolation"]) {
      expect(visible, id).not.toContain(id);
    }
  });
});

describe("a legacy stateful monolith that writes log files and ignores SIGTERM", () => {
  const raised = assess(legacyMonolith);

  it("raises the storage, logging, process and shutdown risks as critical", () => {
    expectRaised(raised, {
      "logging.lost-logs": "critical",
      "processes.supervisor-masks-failure": "critical",
      "storage.data-loss-on-reschedule": "critical",
      "app-knowledge.unclean-shutdown": "critical",
    });
  });

  it("raises the rest of its technical debt as high or medium", () => {
    expectRaised(raised, {
      "storage.unrecoverable-data": "high",
      "app-knowledge.signals-lost-as-pid1": "high",
      "shared-services.agent-overhead": "high",
      "processes.zombie-processes": "high",
      "processes.cron-duplication": "high",
      "app-knowledge.no-health-signal": "high",
      "logging.node-only-logs": "high",
      "security.excess-privilege": "high",
      "security.secrets-exposed": "high",
      "networking.brittle-addressing": "high",
      "networking.exposed-host-ports": "high",
      "scope.wrong-first-workload": "high",
      "scope.tooling-burden": "high",
      "logging.unparseable": "medium",
      "networking.cascading-failure": "medium",
      "app-knowledge.unknown-dependencies": "medium",
      "shared-services.unmanaged-hosts": "medium",
      "app-knowledge.daemonising-process": "low",
    });
  });

  it("shows a realistic spread: a few critical, several high, some medium", () => {
    const counts = countBands(raised);
    expect(counts.critical).toBeGreaterThanOrEqual(3);
    expect(counts.critical).toBeLessThanOrEqual(6);
    expect(counts.high).toBeGreaterThanOrEqual(8);
    expect(counts.medium).toBeGreaterThanOrEqual(5);
  });

  it("explains the combined storage risk by the answers that raised it", () => {
    const because = raised.get("storage.data-loss-on-reschedule")?.because.map((reason) => reason.question);
    expect(because).toEqual(expect.arrayContaining(["storage.state-location", "orchestration.platform", "storage.state-kind"]));
  });

  it("does not raise what does not apply to it", () => {
    expectNotRaised(raised, [
      "orchestration.platform-beyond-capacity",
      "orchestration.etcd-loss",
      "orchestration.overkill",
      "security.cross-tenant-escape",
      "networking.unencrypted-east-west",
      "scope.boil-the-ocean",
      "ownership.dev-ops-friction",
      "storage.shared-volume-corruption",
      "storage.self-run-database",
    ]);
  });

  it("turns critical data loss worse when there is no backup at all", () => {
    const worse = assess({ ...legacyMonolith, "storage.backup": "none" });
    expect(worse.get("storage.data-loss-on-reschedule")).toMatchObject({ likelihood: 4, impact: 5, band: "critical" });
    expect(worse.get("storage.unrecoverable-data")).toMatchObject({ band: "critical" });
  });
});

describe("a regulated multi-tenant platform", () => {
  const raised = assess(regulatedPlatform);

  it("raises the isolation and network risks of tenants sharing nodes", () => {
    expectRaised(raised, {
      "networking.flat-network": "critical",
      "networking.unencrypted-east-west": "critical",
      "security.cross-tenant-escape": "high",
      "scope.boil-the-ocean": "high",
      "security.compliance-gap": "medium",
      "security.supply-chain-compromise": "medium",
    });
    expect(raised.get("security.cross-tenant-escape")).toMatchObject({ likelihood: 3, impact: 5 });
  });

  it("raises no application, storage, logging or process risks, which it has answered well", () => {
    expectNotRaised(raised, [
      ...riskIdsOfArea("storage"),
      ...riskIdsOfArea("logging"),
      ...riskIdsOfArea("processes"),
      ...riskIdsOfArea("app-knowledge"),
      "orchestration.platform-beyond-capacity",
      "ownership.no-traceability",
      "shared-services.unmanaged-hosts",
      "scope.tooling-burden",
    ]);
  });

  it("makes a sandboxed runtime and default-deny policy bring the critical risks down", () => {
    const better = assess({
      ...regulatedPlatform,
      "security.isolation": "sandbox",
      "networking.policy": "default-deny",
      "networking.east-west": "platform",
    });
    expectNotRaised(better, ["security.cross-tenant-escape", "networking.flat-network", "networking.unencrypted-east-west"]);
    expect(countBands(better).critical).toBe(0);
  });
});

describe("a small team with no operations staff heading for Kubernetes", () => {
  const raised = assess(smallTeamToKubernetes);

  it("raises running its own cluster without operators as the top risk", () => {
    const top = [...raised.values()][0];
    expect(top).toMatchObject({ id: "orchestration.platform-beyond-capacity", likelihood: 5, impact: 5, band: "critical" });
    expect(top?.because.map((reason) => reason.question)).toEqual(
      expect.arrayContaining(["orchestration.k8s-mode", "skills.ops-capacity"]),
    );
  });

  it("raises the skills, upgrade, tooling and visibility risks that follow", () => {
    expectRaised(raised, {
      "skills.orchestration-gap": "critical",
      "orchestration.version-drift": "critical",
      "scope.tooling-burden": "critical",
      "shared-services.blind-operations": "critical",
      "security.supply-chain-compromise": "critical",
      "orchestration.overkill": "high",
      "orchestration.etcd-loss": "high",
      "scope.no-success-measure": "high",
      "ownership.untested-artefact": "high",
      "app-knowledge.unclean-shutdown": "high",
    });
  });

  it("does not raise risks of state, log files, tenancy or static placement", () => {
    expectNotRaised(raised, [
      ...riskIdsOfArea("storage"),
      "logging.lost-logs",
      "processes.zombie-processes",
      "processes.supervisor-masks-failure",
      "security.cross-tenant-escape",
      "networking.unencrypted-east-west",
      "orchestration.unautomated-static",
    ]);
  });

  it("drops the platform risk to medium on a fully managed Kubernetes, and to nothing on serverless containers", () => {
    const autopilot = assess({ ...smallTeamToKubernetes, "orchestration.k8s-mode": "autopilot" });
    expect(autopilot.get("orchestration.platform-beyond-capacity")).toMatchObject({ band: "medium" });
    expect(autopilot.has("orchestration.etcd-loss")).toBe(false);

    const serverless = assess({ ...smallTeamToKubernetes, "orchestration.platform": "serverless" });
    expectNotRaised(serverless, [
      "orchestration.platform-beyond-capacity",
      "orchestration.overkill",
      "orchestration.version-drift",
      "skills.orchestration-gap",
    ]);
  });
});
