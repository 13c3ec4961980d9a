/**
 * The areas, in the order the wizard asks them. Ids are stable forever: they are
 * in URLs, saved assessments and result links. `ask` is the role a "find out" task in the
 * plan sends the team to when an answer in the area is unknown. `level` says whom the
 * area's questions describe: the organisation (a portfolio's programme answers them once for
 * every application) or one application; questions of mixed areas override it one by one.
 */
import type { Area } from "@/lib/engine/content-schema";

export const areas = [
  {
    id: "scope",
    title: "Scope and goals",
    kind: "non-technical",
    challenge: "Managing project scope",
    summary:
      "What you are trying to achieve with containers, for which workload first, and how much tooling you are prepared to build and keep.",
    ask: "management",
    level: "programme",
  },
  {
    id: "skills",
    title: "Staff readiness and skills",
    kind: "non-technical",
    challenge: "Staff readiness",
    summary:
      "The skills containers call for, most of them not about containers at all: orchestration, distributed systems, service discovery, application architecture.",
    ask: "management",
    level: "programme",
  },
  {
    id: "ownership",
    title: "Ownership, traceability and Dev/Ops working",
    shortTitle: "Ownership and traceability",
    kind: "non-technical",
    challenge: "Organizational and/or operational changes",
    summary: "Who owns images and Dockerfiles, how a running container traces back to a commit, and whether Dev and Ops work together.",
    ask: "architecture",
    level: "programme",
  },
  {
    id: "storage",
    title: "Persistent storage",
    kind: "technical",
    challenge: "Persistent storage",
    summary: "Where state lives when the container filesystem disappears on exit, and how it is backed up and restored.",
    ask: "operations",
    level: "application",
  },
  {
    id: "logging",
    title: "Logging",
    kind: "technical",
    challenge: "Logging",
    summary: "How the application logs, and how those logs leave the container and reach people who need them.",
    ask: "operations",
    level: "application",
  },
  {
    id: "processes",
    title: "Process model",
    kind: "technical",
    challenge: "Single-process vs. multi-process",
    summary: "One concern per container or several processes under a supervisor, and what runs beside the application.",
    ask: "development",
    level: "application",
  },
  {
    id: "security",
    title: "Security and isolation",
    kind: "technical",
    challenge: "Security",
    summary: "What containers isolate and what they do not, and the boundaries, policies and supply-chain controls your workload needs.",
    ask: "security",
    level: "application",
  },
  {
    id: "app-knowledge",
    title: "Application knowledge",
    kind: "technical",
    challenge: "Deep application knowledge necessary",
    summary:
      "How the application handles signals, runs as PID 1, shuts down, is configured, and what it depends on upstream and downstream.",
    ask: "development",
    level: "application",
  },
  {
    id: "networking",
    title: "Networking",
    kind: "technical",
    challenge: "Container networking",
    summary: "How containers reach each other across hosts, how traffic gets in, and which traffic is allowed.",
    ask: "operations",
    level: "application",
  },
  {
    id: "orchestration",
    title: "Orchestration",
    kind: "technical",
    challenge: "Orchestration",
    summary:
      "Whether you need a scheduler, which one fits your scale and operations capacity, and how static placement would be automated.",
    ask: "architecture",
    level: "programme",
  },
  {
    id: "resilience",
    title: "Resources, availability and scaling",
    shortTitle: "Resilience and scaling",
    kind: "technical",
    challenge: "Beyond the talk: resources, availability and scaling",
    summary:
      "What is special about the workload, how CPU and memory are sized, whether it can run as several copies across zones, how it scales, and how you would get it back after losing a cluster or region.",
    ask: "operations",
    level: "application",
  },
  {
    id: "shared-services",
    title: "Shared services",
    kind: "technical",
    challenge: "Shared services",
    summary:
      "Where logging, monitoring and security agents run — on the host or in the containers — and how the hosts themselves are managed.",
    ask: "operations",
    level: "programme",
  },
  {
    id: "operations",
    title: "Access, releases and cost",
    kind: "technical",
    challenge: "Beyond the talk: access, releases and cost",
    summary:
      "Who can change production and how workloads prove who they are, how releases roll out and back, what the platform costs and who sees it, and what vendors allow.",
    ask: "operations",
    level: "application",
  },
] as const satisfies readonly Area[];

export type AreaId = (typeof areas)[number]["id"];
