import { when, type Risk } from "@/lib/engine/content-schema";

const noRealGoal = when.any(when.includes("scope.goals", "mandate"), when.includes("scope.goals", "not-sure"));

export const risks: Risk[] = [
  {
    id: "scope.boil-the-ocean",
    area: "scope",
    title: "Trying to move too much at once",
    description:
      "The programme tries to containerise many applications before one has been done well, so every early mistake is copied everywhere and the deadline forces shortcuts. Momentum and credibility are lost before any benefit shows.",
    affects: "The teams doing the migration, and the sponsors expecting results",
    rules: [
      {
        when: when.equals("scope.breadth", "whole-estate"),
        likelihood: 4,
        impact: 4,
        reason: "A deadline-driven move of the whole estate leaves no room to learn from a pilot: the talk's 'boil the ocean' warning.",
      },
      {
        when: when.equals("scope.breadth", "not-sure"),
        likelihood: 4,
        impact: 4,
        reason: "A first wave with no agreed size grows to whatever is asked for; treat it as the largest.",
      },
      {
        when: when.equals("scope.breadth", "many-teams"),
        likelihood: 3,
        impact: 4,
        reason: "Several teams at once multiply every early mistake across teams before anyone has learned from it.",
      },
    ],
  },
  {
    id: "scope.tooling-burden",
    area: "scope",
    title: "In-house tooling becomes a product nobody funds",
    description:
      "Scripts, wrappers or a home-grown platform written to make containers fit become part of the deploy path. They break on every upstream change and end up unmaintained, blocking upgrades and deployments.",
    affects: "Every team that deploys through the tooling, and whoever inherits it",
    rules: [
      {
        when: when.all(
          when.in("scope.build-appetite", ["platform", "not-sure"]),
          when.in("scope.tooling-owner", ["side-of-desk", "not-sure"]),
        ),
        likelihood: 5,
        impact: 4,
        reason:
          "A platform layer maintained part-time decays; the talk's Helios and Centurion had dedicated teams, and Spotify still retired Helios for Kubernetes.",
      },
      {
        when: when.all(when.equals("scope.build-appetite", "some"), when.in("scope.tooling-owner", ["side-of-desk", "not-sure"])),
        likelihood: 4,
        impact: 3,
        reason: "Unowned glue scripts in the deploy path are the usual cause of 'nobody can deploy today'.",
      },
      {
        when: when.all(when.in("scope.build-appetite", ["platform", "not-sure"]), when.equals("scope.tooling-owner", "funded")),
        likelihood: 3,
        impact: 3,
        reason:
          "Even a funded team building its own platform competes with an ecosystem that moves faster; the cost is opportunity rather than outage.",
      },
    ],
  },
  {
    id: "scope.no-success-measure",
    area: "scope",
    title: "No agreed goal or measure of success",
    description:
      "Without a goal and a baseline, nobody can say whether containers helped, so the project can neither be declared done nor stopped. Decisions default to fashion, and the platform grows without a reason.",
    affects: "Sponsors and management deciding on further investment",
    rules: [
      {
        when: when.all(when.equals("scope.success-criteria", "none"), noRealGoal),
        likelihood: 5,
        impact: 3,
        reason: "No goal of its own and no measure: the project will be judged on opinion.",
      },
      {
        when: when.equals("scope.success-criteria", "none"),
        likelihood: 4,
        impact: 3,
        reason: "Goals exist but nothing will show whether they were met.",
      },
      {
        when: noRealGoal,
        likelihood: 3,
        impact: 3,
        reason: "'Everyone is doing it' or an unknown goal gives no basis for scope decisions, even with measures.",
      },
      {
        when: when.equals("scope.success-criteria", "informal"),
        likelihood: 3,
        impact: 2,
        reason: "Informal criteria drift; without a baseline taken today, improvement cannot be shown later.",
      },
    ],
  },
  {
    id: "scope.wrong-first-workload",
    area: "scope",
    title: "The first workload teaches the wrong lessons, or fails in public",
    description:
      "A pilot on the hardest or most critical system meets storage, signals, logging and networking problems all at once, with the business watching. It stalls or causes an outage, and the organisation concludes containers do not work.",
    affects: "The pilot team, the service's users, and the programme's credibility",
    rules: [
      {
        when: when.equals("scope.first-workload", "most-critical"),
        likelihood: 4,
        impact: 5,
        reason: "Learning a new platform on the system the business can least afford to break.",
      },
      {
        when: when.equals("scope.first-workload", "legacy-stateful"),
        likelihood: 4,
        impact: 3,
        reason: "A stateful legacy application hits every hard problem at once; pilots like this usually stall.",
      },
      {
        when: when.equals("scope.first-workload", "undecided"),
        likelihood: 4,
        impact: 5,
        reason:
          "Without a chosen pilot, the first workload tends to be whatever is most urgent, often the most critical system: it is scored as that until one is chosen.",
      },
    ],
  },
  {
    id: "scope.expects-no-config-management",
    area: "scope",
    title: "Expecting containers to replace configuration management",
    description:
      "The plan assumes that once services are in images, hosts and configuration no longer need managing, so nobody owns them. Hosts drift, clusters are built by hand, per-environment settings live in people's heads, and nobody can rebuild the platform the containers run on.",
    affects: "Operations, and every service running on hosts or clusters nobody can rebuild",
    rules: [
      {
        when: when.includes("scope.goals", "replace-config-mgmt"),
        likelihood: 4,
        impact: 3,
        reason:
          "Likely: images replace only the application's install steps; hosts, clusters and configuration are left without an owner, the talk's 'Docker will replace configuration management' misconception.",
      },
      {
        when: when.includes("scope.goals", "not-sure"),
        likelihood: 4,
        impact: 3,
        reason: "Likely until ruled out: with no agreed goal, nobody has said who manages hosts and configuration once containers arrive.",
      },
    ],
  },
  {
    id: "scope.expects-no-vms",
    area: "scope",
    title: "Expecting containers to do away with virtual machines",
    description:
      "The business case counts on retiring the hypervisor, its cost and its isolation. But containers share the host kernel, nodes are usually VMs themselves, and workloads that relied on a VM boundary are packed together without one.",
    affects: "Sponsors counting on the saving, and the security of workloads that needed a VM boundary",
    rules: [
      {
        when: when.includes("scope.goals", "replace-vms"),
        likelihood: 3,
        impact: 4,
        reason:
          "Possible: the saving seldom appears (managed nodes are VMs), and workloads moved off VMs lose the kernel boundary that separated them; the talk's hypervisor misconception.",
      },
      {
        when: when.includes("scope.goals", "not-sure"),
        likelihood: 3,
        impact: 4,
        reason: "Possible until ruled out: with no agreed goal, the expectation that containers replace VMs has not been tested either.",
      },
    ],
  },
];
