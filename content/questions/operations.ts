/** Access, releases and cost: topics the 2015 talk did not reach, asked only as far as they concern the workload. */
import { when, type Question } from "@/lib/engine/content-schema";

export const questions: Question[] = [
  {
    id: "operations.access",
    area: "operations",
    kind: "multi",
    prompt: "Which access controls are in place for people and workloads in production? Choose all that apply.",
    help: "Whoever holds cluster-admin, or can exec into a production pod, can read every secret and change anything, often without a record. Sign-in through your identity provider, admin rights only for emergencies, and short-lived workload credentials make that power nameable, revocable and audited.",
    required: true,
    // Sign-in, admin rights and workload identity are set for the platform, not per application.
    level: "programme",
    when: when.not(when.equals("orchestration.platform", "compose")),
    options: [
      {
        id: "sso",
        label: "People sign in through SSO/OIDC, with no shared kubeconfigs, certificates or admin passwords",
        hint: "EKS access entries with IAM Identity Center, GKE with Google groups, AKS with Entra ID, or an OIDC issuer in the API server's authentication configuration.",
      },
      {
        id: "break-glass",
        label: "Day-to-day roles are namespaced; cluster-admin is for emergencies only, granted just in time and audited",
      },
      { id: "exec-restricted", label: "exec, attach, port-forward and debug into production pods are restricted by RBAC and logged" },
      {
        id: "workload-identity",
        label:
          "Workloads get short-lived credentials through workload identity, never static cloud keys or auto-mounted tokens they do not need",
        hint: "EKS Pod Identity, GKE Workload Identity Federation, AKS Workload Identity; automountServiceAccountToken: false by default.",
      },
      { id: "none", label: "None of these yet" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "operations.releases",
    area: "operations",
    kind: "single",
    prompt: "How do releases roll out, and how do you go back?",
    help: "During a rolling update the old and new versions run side by side against the same database and the same callers, so every schema and API change must work with both. A release that cannot be rolled back in minutes, or that no automated test has exercised, turns each deployment into a bet.",
    required: true,
    when: when.any(when.in("storage.stateful", ["yes", "not-sure"]), when.not(when.equals("scope.first-workload", "new-stateless"))),
    options: [
      {
        id: "progressive",
        label: "Automated tests gate each release; schema changes are backward-compatible; canary or blue-green with automatic rollback",
        hint: "Expand-and-contract migrations; Argo Rollouts or Flagger analysing metrics; rollback by reverting a commit.",
      },
      {
        id: "rolling-compatible",
        label: "Rolling updates with automated tests and backward-compatible changes; rollback by redeploying the last version",
      },
      { id: "rolling-unchecked", label: "Rolling updates, but nobody checks that the old and new versions can run side by side" },
      { id: "stop-the-world", label: "Everything stops, migrates and starts again: downtime at every release" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "operations.cost",
    area: "operations",
    kind: "single",
    prompt: "How will you see and control what the containers cost?",
    help: "Containers often raise the bill at first: idle node capacity, pods requesting far more than they use, log ingestion and cross-zone or internet egress all add up. A cost nobody can see per namespace or team is nobody's to reduce.",
    required: true,
    // Cost allocation is reported across the platform; an application cannot see its share alone.
    level: "programme",
    when: when.any(
      when.includes("scope.goals", "efficiency"),
      when.includes("scope.goals", "not-sure"),
      when.in("scope.breadth", ["many-teams", "whole-estate", "not-sure"]),
    ),
    options: [
      {
        id: "allocated",
        label: "Cost per namespace or team is reported and reviewed against a target",
        hint: "OpenCost or Kubecost, GKE cost allocation, AKS cost analysis, EKS split cost allocation data.",
      },
      { id: "bill-only", label: "We see the cloud bill, not who in the cluster spends it" },
      { id: "none", label: "Not considered yet" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "operations.vendor-terms",
    area: "operations",
    kind: "single",
    prompt: "Does the vendor support its software in containers, and how is it licensed there?",
    help: "A vendor may refuse a support case on a platform it does not certify. A licence counted per core or per host may count every core of every node the pod could be scheduled on, which on shared, autoscaled nodes turns a small licence into a large audit finding.",
    required: true,
    when: when.includes("resilience.workload-traits", "vendor"),
    options: [
      {
        id: "container-licence",
        label: "Supported in containers and licensed per container or per vCPU limit, with the vendor's images or operator",
      },
      { id: "dedicated-nodes", label: "Supported, licensed per host or core, and confined to a dedicated, fixed-size node pool" },
      { id: "shared-nodes", label: "Licensed per host or core, but running on shared or autoscaled nodes" },
      { id: "unsupported", label: "The vendor does not support it in containers" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "operations.on-call",
    area: "operations",
    kind: "single",
    prompt: "When the containerised service breaks at night, who is paged, and what do they have to go on?",
    help: "Production needs someone who is woken, knows the platform and has a runbook, whether it runs on Kubernetes, ECS, Cloud Run or Compose on one host. Moving a service to containers often moves it out of the old operations rota's knowledge without moving it into anyone else's. Asked unless a dedicated platform team runs the platform and the team that builds each service also runs it.",
    required: true,
    when: when.any(
      when.in("skills.ops-capacity", ["ops-team", "developers", "unassigned"]),
      when.in("ownership.dev-ops", ["handoff", "friction"]),
    ),
    options: [
      {
        id: "rota-runbooks",
        label: "A named on-call rota for the service, paged by alerts that link to runbooks, with the platform's owners as second line",
        hint: "PagerDuty, incident.io or Grafana IRM; runbooks next to the code, linked from each alert.",
      },
      { id: "rota-no-runbooks", label: "A rota is paged, but there are no runbooks for the containerised service yet" },
      { id: "old-rota", label: "The existing operations rota, who have not worked with the new platform" },
      { id: "business-hours", label: "Nobody is paged: someone looks in working hours" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
