/**
 * A small but realistic questionnaire for the engine's tests: three areas, eleven
 * questions (every kind, follow-ups three levels deep), five risks (one with several
 * rules, two with combined conditions) and six actions over three phases.
 *
 * It is independent of content/ on purpose: the engine's tests must not change meaning
 * when the real content is edited.
 */
import { when } from "../condition";
import type { Action, Question, Questionnaire, Risk } from "../questionnaire";
import { must } from "./must";

const options = (...ids: string[]) => ids.map((id) => ({ id, label: `Label for ${id}` }));

export const fixtureQuestionnaire: Questionnaire = {
  version: "2026.1.1",
  areas: [
    { id: "scope", title: "Scope", kind: "non-technical", challenge: "Managing project scope", summary: "What you are after." },
    { id: "storage", title: "Storage", kind: "technical", challenge: "Persistent storage", summary: "Where state lives." },
    { id: "security", title: "Security", kind: "technical", challenge: "Security", summary: "How workloads are kept apart." },
  ],
  questions: [
    {
      id: "scope.goal",
      area: "scope",
      prompt: "What is the main reason to adopt containers?",
      help: "The goal decides which trade-offs are worth it.",
      required: true,
      kind: "single",
      options: options("speed", "cost", "portability"),
    },
    {
      id: "scope.pilot",
      area: "scope",
      prompt: "Which service will you containerise first?",
      help: "A named pilot keeps the first step small.",
      required: false,
      kind: "text",
      maxLength: 120,
    },
    {
      id: "scope.ops-capacity",
      area: "scope",
      prompt: "How much operations capacity can you spare?",
      help: "Orchestration needs people to run it.",
      required: true,
      kind: "scale",
      scale: ["None", "A little", "Some", "A team", "Several teams"],
    },
    {
      id: "storage.stateful",
      area: "storage",
      prompt: "Does the first workload keep state?",
      help: "A container's filesystem disappears when it exits.",
      required: true,
      kind: "single",
      options: options("yes", "no", "unsure"),
    },
    {
      id: "storage.kinds",
      area: "storage",
      prompt: "What kinds of state does it keep?",
      help: "Each kind needs its own home outside the container.",
      required: true,
      kind: "multi",
      options: options("database", "files", "cache", "queue"),
      when: when.equals("storage.stateful", "yes"),
    },
    {
      id: "storage.backup",
      area: "storage",
      prompt: "How is the database backed up?",
      help: "A backup nobody has restored is a hope, not a backup.",
      required: true,
      kind: "single",
      options: options("tested", "untested", "none"),
      when: when.includes("storage.kinds", "database"),
    },
    {
      id: "storage.restore-drill",
      area: "storage",
      prompt: "Have you rehearsed a restore in the last quarter?",
      help: "Restores fail in ways backups do not show.",
      required: false,
      kind: "single",
      options: options("yes", "no"),
      when: when.not(when.equals("storage.backup", "none")),
    },
    {
      id: "security.tenancy",
      area: "security",
      prompt: "Who shares the hosts the containers run on?",
      help: "Containers are not a full isolation boundary.",
      required: true,
      kind: "single",
      options: options("single-team", "multi-team", "multi-tenant"),
    },
    {
      id: "security.compliance",
      area: "security",
      prompt: "Which compliance regimes apply?",
      help: "Some regimes ask for stronger isolation.",
      required: true,
      kind: "multi",
      options: options("pci", "hipaa", "gdpr", "none"),
      when: when.in("security.tenancy", ["multi-team", "multi-tenant"]),
    },
    {
      id: "security.isolation",
      area: "security",
      prompt: "How strong must isolation between workloads be?",
      help: "Sandboxed runtimes or VMs give a stronger boundary.",
      required: false,
      kind: "scale",
      scale: ["Process", "Namespaces", "Sandboxed runtime", "Virtual machine"],
      when: when.any(when.includes("security.compliance", "pci"), when.includes("security.compliance", "hipaa")),
    },
    {
      id: "security.exceptions",
      area: "security",
      prompt: "Which exceptions to the regimes have you agreed?",
      help: "Written exceptions keep audits short.",
      required: false,
      kind: "text",
      maxLength: 300,
      when: when.all(when.answered("security.compliance"), when.not(when.includes("security.compliance", "none"))),
    },
  ],
  risks: [
    {
      id: "storage.data-loss",
      area: "storage",
      title: "Data is lost with the container",
      description: "State written inside containers or never restored is gone when it matters.",
      affects: "Customers and operations",
      rules: [
        {
          when: when.all(when.includes("storage.kinds", "database"), when.equals("storage.backup", "none")),
          likelihood: 4,
          impact: 5,
          reason: "No backup at all.",
        },
        {
          when: when.all(when.includes("storage.kinds", "database"), when.equals("storage.backup", "untested")),
          likelihood: 3,
          impact: 5,
          reason: "Backups nobody has restored.",
        },
        { when: when.equals("storage.restore-drill", "no"), likelihood: 3, impact: 4, reason: "No restore rehearsed." },
      ],
    },
    {
      id: "storage.host-path",
      area: "storage",
      title: "State tied to one host",
      description: "Nobody knows where state lives, so it ends up on a host path.",
      affects: "Operations",
      rules: [{ when: when.equals("storage.stateful", "unsure"), likelihood: 3, impact: 3, reason: "State is unknown." }],
    },
    {
      id: "scope.tool-sprawl",
      area: "scope",
      title: "Building tools nobody can run",
      description: "Portability pursued with little capacity turns into home-grown tooling.",
      affects: "The platform team",
      rules: [
        {
          when: when.all(when.equals("scope.goal", "portability"), when.in("scope.ops-capacity", [1, 2])),
          likelihood: 4,
          impact: 3,
          reason: "Ambitious goal, little capacity.",
        },
      ],
    },
    {
      id: "security.weak-isolation",
      area: "security",
      title: "Tenants are not isolated enough",
      description: "Tenants share a kernel without a sandbox between them.",
      affects: "Every tenant",
      rules: [
        {
          when: when.all(
            when.equals("security.tenancy", "multi-tenant"),
            when.any(when.in("security.isolation", [1, 2]), when.not(when.answered("security.isolation"))),
          ),
          likelihood: 4,
          impact: 4,
          reason: "Multi-tenant with process-level isolation.",
        },
        { when: when.equals("security.tenancy", "multi-team"), likelihood: 2, impact: 2, reason: "Teams share hosts." },
      ],
    },
    {
      id: "security.compliance-gap",
      area: "security",
      title: "Regulated data in shared containers",
      description: "Card data runs next to other workloads without the controls the regime asks for.",
      affects: "Security and the business",
      rules: [{ when: when.includes("security.compliance", "pci"), likelihood: 3, impact: 4, reason: "PCI scope." }],
    },
  ],
  actions: [
    action("pick-pilot", "decide", "architecture", "S", ["scope.tool-sprawl"], []),
    action("managed-database", "foundations", "architecture", "M", ["storage.data-loss", "storage.host-path"], ["pick-pilot"]),
    action("backups", "foundations", "operations", "M", ["storage.data-loss"], ["managed-database"]),
    action("image-scanning", "foundations", "security", "M", ["security.compliance-gap"], ["pick-pilot"]),
    action("restore-drill", "production", "operations", "S", ["storage.data-loss"], ["backups"]),
    action("sandboxed-runtime", "production", "security", "L", ["security.weak-isolation"], ["image-scanning"]),
  ],
  phases: [
    { id: "decide", title: "Decide", summary: "Agree what to do." },
    { id: "foundations", title: "Foundations", summary: "Put the basics in place." },
    { id: "production", title: "Production", summary: "Make it safe to run for real." },
  ],
  roles: [
    { id: "architecture", title: "Architecture" },
    { id: "operations", title: "Operations" },
    { id: "security", title: "Security" },
  ],
};

function action(id: string, phase: string, owner: string, effort: Action["effort"], mitigates: string[], dependsOn: string[]): Action {
  return { id, title: `Title of ${id}`, detail: `What to do for ${id}.`, phase, owner, effort, mitigates, dependsOn };
}

/**
 * A deep copy of the fixture, changed by `mutate`: one deliberately broken variant per
 * test. The fixture itself is never touched.
 */
export function brokenFixture(mutate: (draft: Questionnaire) => void): Questionnaire {
  const draft = structuredClone(fixtureQuestionnaire);
  mutate(draft);
  return draft;
}

/** Looks a question up by id in a questionnaire (the fixture by default). */
export function questionById(id: string, questionnaire: Questionnaire = fixtureQuestionnaire): Question {
  return must(
    questionnaire.questions.find((question) => question.id === id),
    `no question "${id}"`,
  );
}

export function riskById(id: string, questionnaire: Questionnaire = fixtureQuestionnaire): Risk {
  return must(
    questionnaire.risks.find((risk) => risk.id === id),
    `no risk "${id}"`,
  );
}

export function actionById(id: string, questionnaire: Questionnaire = fixtureQuestionnaire): Action {
  return must(
    questionnaire.actions.find((candidate) => candidate.id === id),
    `no action "${id}"`,
  );
}
