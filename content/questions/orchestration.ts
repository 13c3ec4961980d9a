/** Orchestration: a scheduler, or static orchestration that is automated. */
import { when, type Question } from "@/lib/engine/content-schema";

/**
 * "Not decided yet" is asked the follow-ups of every option it could turn out to be, so an
 * undecided platform is never scored better than a decided one.
 */
const kubernetesOrUndecided = when.in("orchestration.platform", ["kubernetes", "undecided"]);
const selfRunEtcd = when.in("orchestration.k8s-mode", ["self-run", "distribution", "not-sure"]);

export const questions: Question[] = [
  {
    id: "orchestration.scale",
    area: "orchestration",
    kind: "single",
    prompt: "How many services and hosts do you expect to run in containers within a year?",
    help: "Scale decides what is worth its complexity. A scheduler earns its keep across tens of services and many hosts; for three services on two hosts it can cost more than it saves.",
    required: true,
    options: [
      { id: "small", label: "A few services on one to three hosts" },
      { id: "medium", label: "Tens of services on a handful of hosts" },
      { id: "large", label: "Hundreds of services, or many hosts or clusters" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "orchestration.platform",
    area: "orchestration",
    kind: "single",
    prompt: "What will run and place the containers?",
    help: "In 2015 Kubernetes was at 0.14, Swarm at 0.2 and Mesos at 0.22. Mesos has since been retired to the Apache Attic (2025) and Swarm lives on only as a niche Swarm mode; Kubernetes has become the de facto standard, offered managed by every cloud, while serverless container services have made 'no cluster at all' a real option.",
    required: true,
    options: [
      { id: "kubernetes", label: "Kubernetes" },
      { id: "serverless", label: "A serverless container service (Cloud Run, ECS on Fargate, Azure Container Apps)" },
      { id: "other-scheduler", label: "Another scheduler (Amazon ECS on EC2, HashiCorp Nomad, Docker Swarm mode)" },
      { id: "compose", label: "Docker Compose or Podman on a single host" },
      { id: "static", label: "Static placement across hosts: we decide which host runs what" },
      { id: "undecided", label: "Not decided yet", unknown: true },
    ],
  },
  {
    id: "orchestration.k8s-mode",
    area: "orchestration",
    kind: "single",
    prompt: "Which kind of Kubernetes?",
    help: "Running the control plane yourself means running etcd, certificates, upgrades and the add-ons that make a cluster usable. Managed offerings take some or all of that away, for a fee. If the platform is not decided yet, answer for the Kubernetes you would most likely run.",
    required: true,
    when: kubernetesOrUndecided,
    options: [
      { id: "managed", label: "A managed control plane (EKS, GKE, AKS or similar); we run the nodes" },
      { id: "autopilot", label: "Managed nodes too (GKE Autopilot, EKS Auto Mode, AKS Automatic)" },
      { id: "distribution", label: "A supported distribution on our own infrastructure (OpenShift, Rancher, Tanzu)" },
      { id: "self-run", label: "We build and run it ourselves (kubeadm, k3s, Talos …)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "orchestration.etcd-backup",
    area: "orchestration",
    kind: "single",
    prompt: "Is the cluster's etcd backed up, and has a restore been practised?",
    help: "The talk warned that orchestrators bring extra complexity such as etcd. etcd holds the whole cluster's desired state: lose it without a backup and you rebuild every object by hand.",
    required: true,
    when: selfRunEtcd,
    options: [
      { id: "tested", label: "Backed up, and a restore has been practised" },
      { id: "untested", label: "Backed up, never restored" },
      { id: "none", label: "Not backed up" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "orchestration.upgrades",
    area: "orchestration",
    kind: "single",
    prompt: "How will you keep up with Kubernetes releases?",
    help: "Kubernetes ships three minor releases a year and supports each for about fourteen months. A cluster that is not upgraded falls out of support within a year, and minor versions cannot be skipped. If the platform is not decided yet, answer as if it were Kubernetes.",
    required: true,
    when: kubernetesOrUndecided,
    options: [
      { id: "auto", label: "A provider release channel with auto-upgrades in maintenance windows" },
      { id: "planned", label: "A planned upgrade every few months, practised in a test cluster first" },
      { id: "ad-hoc", label: "When we have to" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "orchestration.static-automation",
    area: "orchestration",
    kind: "single",
    prompt: "How will placement, start-up and restarts be automated?",
    help: "The talk's question for static orchestration: how will you automate it? Containers placed by hand are pets again, and they come back after a reboot only if someone wrote that down. If the platform is not decided yet, answer for running containers without a scheduler.",
    required: true,
    when: when.in("orchestration.platform", ["compose", "static", "undecided"]),
    options: [
      { id: "declarative", label: "Declaratively from git: systemd units or Podman Quadlet, rolled out by Ansible or similar" },
      { id: "scripts", label: "Scripts that someone runs" },
      { id: "manual", label: "By hand" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "orchestration.deploy-method",
    area: "orchestration",
    kind: "single",
    prompt: "How do changes reach the running platform?",
    help: "If people apply changes by hand, what runs drifts from what is in git, and nobody can say which change caused an incident. GitOps makes the repository the record of what runs.",
    required: true,
    options: [
      { id: "gitops", label: "GitOps: Argo CD or Flux reconcile from git" },
      { id: "pipeline", label: "A CI/CD pipeline applies them" },
      { id: "manual", label: "People run commands by hand (kubectl, docker)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "orchestration.multi-team",
    area: "orchestration",
    kind: "multi",
    prompt: "Several teams will share the platform. Which boundaries are in place between them? Choose all that apply.",
    help: "On a shared cluster one team's runaway job can take the CPU, memory or IP addresses another team needs, and one mistaken delete with cluster-wide rights can remove everyone's workloads. Namespaces, quotas and namespaced roles turn 'several teams on one cluster' from a shared risk into shared infrastructure.",
    required: true,
    when: when.all(
      when.in("scope.breadth", ["many-teams", "whole-estate", "not-sure"]),
      when.in("orchestration.platform", ["kubernetes", "undecided"]),
    ),
    options: [
      { id: "namespaces", label: "Each team's workloads in namespaces of its own" },
      {
        id: "quotas",
        label: "A ResourceQuota and a LimitRange in every team namespace, so no team can take the whole cluster",
      },
      {
        id: "rbac",
        label: "RBAC roles bound per namespace to each team's group; no team holds cluster-admin",
      },
      { id: "separate-clusters", label: "No sharing: each team gets a cluster of its own" },
      { id: "none", label: "None yet: teams share namespaces or cluster-wide rights" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
