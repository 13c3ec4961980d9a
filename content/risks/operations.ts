import { when, type Risk } from "@/lib/engine/content-schema";

const accessAnswered = when.answered("operations.access");
/** The access answer lacks a control, or the team does not know. */
const lacks = (option: string) =>
  when.all(accessAnswered, when.any(when.not(when.includes("operations.access", option)), when.includes("operations.access", "not-sure")));
const cost = (...values: string[]) => when.in("operations.cost", values);

export const risks: Risk[] = [
  {
    id: "operations.uncontrolled-admin-access",
    area: "operations",
    title: "Too many people can do anything in production, unrecorded",
    description:
      "Shared admin kubeconfigs, standing cluster-admin and unrestricted exec into production pods let anyone who holds them read every secret and change anything. When a laptop is lost or someone leaves, nobody can say who could do what, or revoke it for one person.",
    affects: "Security, auditors, and the customers whose data the cluster holds",
    rules: [
      {
        when: when.all(lacks("sso"), lacks("break-glass")),
        likelihood: 4,
        impact: 5,
        reason: "Likely: shared, standing admin credentials are copied, kept after people leave, and cannot be revoked one by one.",
      },
      {
        when: when.all(lacks("sso"), when.not(lacks("break-glass"))),
        likelihood: 4,
        impact: 4,
        reason: "Likely: credentials outside the identity provider outlive the people and laptops they were issued to.",
      },
      {
        when: when.all(lacks("break-glass"), when.not(lacks("sso"))),
        likelihood: 3,
        impact: 5,
        reason: "Possible: standing cluster-admin turns one phished account into control of the whole cluster.",
      },
      {
        when: lacks("exec-restricted"),
        likelihood: 3,
        impact: 4,
        reason: "Possible: exec into a production pod reads its secrets and changes it, outside any deployment record.",
      },
    ],
  },
  {
    id: "operations.leaked-workload-credentials",
    area: "operations",
    title: "A compromised pod hands over cloud credentials",
    description:
      "Static cloud keys in Secrets or environment variables, and service-account tokens mounted into every pod, are the first thing an attacker takes from a compromised container. They work from anywhere and rarely expire.",
    affects: "The cloud account, its data, and Security",
    rules: [
      {
        when: lacks("workload-identity"),
        likelihood: 3,
        impact: 4,
        reason: "Possible: one vulnerable dependency is enough, and long-lived keys keep working after the pod is gone.",
      },
    ],
  },
  {
    id: "operations.failed-release",
    area: "operations",
    title: "A release breaks production and cannot be undone quickly",
    description:
      "During a rolling update the old and new versions run together, so a schema change the old version cannot read, or an API change its callers do not expect, breaks requests mid-rollout. Without automated tests, a canary or a practised rollback, the fix is a late-night forward patch.",
    affects: "Users during releases, and the team that stops releasing often",
    rules: [
      {
        when: when.in("operations.releases", ["rolling-unchecked", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Likely: sooner or later a change that breaks the other running version reaches production mid-rollout.",
      },
      {
        when: when.equals("operations.releases", "stop-the-world"),
        likelihood: 4,
        impact: 3,
        reason: "Likely: every release is an outage, and a failed migration has no version to go back to.",
      },
      {
        when: when.equals("operations.releases", "rolling-compatible"),
        likelihood: 2,
        impact: 3,
        reason: "Unlikely with tests and compatible changes, but a bad release reaches all users before it is noticed.",
      },
    ],
  },
  {
    id: "operations.cost-overrun",
    area: "operations",
    title: "Container costs rise and nobody can say why",
    description:
      "Idle nodes, pods requesting far more than they use, log ingestion and cross-zone or internet egress make the first container bill higher than the one it replaced. Without cost per namespace or team, nobody owns the increase and the efficiency goal quietly fails.",
    affects: "The budget holder, and the case for the whole adoption",
    rules: [
      {
        when: when.all(cost("bill-only", "none", "not-sure"), when.in("resilience.resources", ["guessed", "none", "not-sure"])),
        likelihood: 5,
        impact: 3,
        reason: "Almost certain: over-requested pods fill nodes nobody sees the cost of, team by team.",
      },
      {
        when: cost("bill-only", "none", "not-sure"),
        likelihood: 4,
        impact: 3,
        reason: "Likely: a bill without a split per namespace or team grows with no one placed to reduce it.",
      },
      {
        when: when.all(cost("allocated"), when.in("resilience.resources", ["guessed", "none", "not-sure"])),
        likelihood: 3,
        impact: 2,
        reason: "Possible: the waste is visible, but requests still guessed keep nodes half empty until someone right-sizes them.",
      },
    ],
  },
  {
    id: "operations.vendor-terms-broken",
    area: "operations",
    title: "Vendor licensing or support breaks in containers",
    description:
      "A licence counted per host or core counts every core of every node the software could run on, and autoscaling adds nodes without asking. A vendor that does not support containers can refuse the support case you need during an incident.",
    affects: "The budget, procurement, and operators in an incident the vendor will not take",
    rules: [
      {
        when: when.in("operations.vendor-terms", ["shared-nodes", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Likely: an audit of per-core or per-host licences on shared, autoscaled nodes finds far more cores than were bought.",
      },
      {
        when: when.equals("operations.vendor-terms", "unsupported"),
        likelihood: 4,
        impact: 3,
        reason: "Likely: a serious incident will need the vendor, who can decline because of the platform.",
      },
      {
        when: when.equals("operations.vendor-terms", "dedicated-nodes"),
        likelihood: 2,
        impact: 2,
        reason: "Unlikely while the node pool stays fixed and tainted, but every change to it is a licensing question.",
      },
    ],
  },
  {
    id: "operations.no-on-call",
    area: "operations",
    title: "Nobody able to act is paged when production breaks",
    description:
      "The containerised service fails out of hours, and either nobody is paged or the people paged have never worked with the new platform and have no runbook. Customers notice first, and recovery waits for the one person who knows how it fits together.",
    affects: "The service's users, and whoever is woken without the means to fix it",
    rules: [
      {
        when: when.in("operations.on-call", ["business-hours", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Likely: production fails out of hours too, and with nobody paged the first to notice is a customer.",
      },
      {
        when: when.equals("operations.on-call", "old-rota"),
        likelihood: 4,
        impact: 3,
        reason: "Likely: the people paged have not worked with the new platform, so incidents wait for someone who has.",
      },
      {
        when: when.equals("operations.on-call", "rota-no-runbooks"),
        likelihood: 3,
        impact: 3,
        reason: "Possible: the right people are woken, but without runbooks each incident is diagnosed from scratch.",
      },
    ],
  },
];
