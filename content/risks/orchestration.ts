import { when, type Risk } from "@/lib/engine/content-schema";

const noOps = when.in("skills.ops-capacity", ["developers", "unassigned"]);
const hasOps = when.in("skills.ops-capacity", ["ops-team", "platform-team"]);
const mode = (...values: string[]) => when.in("orchestration.k8s-mode", values);
/** An undecided platform is scored as the option it is most often drifted into. */
const kubernetesOrUndecided = when.in("orchestration.platform", ["kubernetes", "undecided"]);
const platform = (...values: string[]) => when.in("orchestration.platform", values);
const beyondOneHost = when.in("orchestration.scale", ["medium", "large", "not-sure"]);

const multiTeam = (option: string) => when.includes("orchestration.multi-team", option);
const multiTeamUnknownOrNothing = when.any(multiTeam("none"), multiTeam("not-sure"));
/** Teams share a cluster and the answer lacks a boundary (separate clusters share nothing). */
const multiTeamLacks = (option: string) =>
  when.all(
    when.answered("orchestration.multi-team"),
    when.not(when.all(multiTeam("separate-clusters"), when.not(multiTeamUnknownOrNothing))),
    when.not(multiTeam(option)),
  );

export const risks: Risk[] = [
  {
    id: "orchestration.platform-beyond-capacity",
    area: "orchestration",
    title: "The platform needs more operating than the team can give",
    description:
      "A self-run cluster brings etcd, certificates, upgrades, networking and add-ons, each of which fails in its own way. With nobody whose job it is, upgrades are skipped, incidents last days, and developers stop shipping features to keep the platform alive.",
    affects: "The developers pulled into platform work, and the users of every service on it",
    rules: [
      {
        when: when.all(mode("self-run", "not-sure"), noOps),
        likelihood: 5,
        impact: 5,
        reason: "No operations staff running their own Kubernetes control plane: the combination that sinks small teams.",
      },
      {
        when: when.all(mode("distribution"), noOps),
        likelihood: 4,
        impact: 5,
        reason: "Vendor support helps, but a distribution on your own infrastructure still needs operators you do not have.",
      },
      {
        when: when.all(mode("self-run", "not-sure"), when.equals("skills.ops-capacity", "ops-team")),
        likelihood: 3,
        impact: 4,
        reason: "A shared operations team can run a cluster, but it competes with everything else they run.",
      },
      {
        when: when.all(mode("managed"), noOps),
        likelihood: 3,
        impact: 4,
        reason: "Even managed, node pools, add-ons, upgrades and networking are yours.",
      },
      {
        when: when.all(when.equals("orchestration.platform", "undecided"), noOps),
        likelihood: 3,
        impact: 4,
        reason: "With nobody to run it and no decision yet, teams drift towards the most popular and most demanding option.",
      },
      {
        when: when.all(when.equals("orchestration.platform", "other-scheduler"), noOps),
        likelihood: 3,
        impact: 3,
        reason: "Nomad, Swarm or ECS on EC2 are simpler, but you still run the hosts and the scheduler.",
      },
      {
        when: when.all(mode("self-run", "distribution", "not-sure"), hasOps),
        likelihood: 2,
        impact: 4,
        reason: "Even with a team, a self-run control plane is a product to maintain; it is justified only by a clear need.",
      },
      {
        when: when.all(mode("autopilot"), noOps),
        likelihood: 2,
        impact: 3,
        reason: "Fully managed nodes remove most toil; workload configuration and upgrades of your own add-ons remain.",
      },
    ],
  },
  {
    id: "orchestration.overkill",
    area: "orchestration",
    title: "Kubernetes costs more than it saves at this scale",
    description:
      "A handful of services on a few hosts carries the cost of a full Kubernetes platform: control plane, add-ons, upgrades, YAML and the skills to run them. The simpler option would have delivered the same goals sooner.",
    affects: "The team's delivery capacity and the budget",
    rules: [
      {
        when: when.all(kubernetesOrUndecided, when.in("orchestration.scale", ["small", "not-sure"]), noOps),
        likelihood: 4,
        impact: 3,
        reason:
          "Few services, no operations staff, and Kubernetes chosen (or the default while undecided): Cloud Run, ECS on Fargate or Compose would do the job with a fraction of the care.",
      },
      {
        when: when.all(kubernetesOrUndecided, when.in("orchestration.scale", ["small", "not-sure"])),
        likelihood: 3,
        impact: 2,
        reason:
          "Unless growth is expected, a small estate on Kubernetes (the default while undecided) pays the platform's overhead without its benefits.",
      },
    ],
  },
  {
    id: "orchestration.etcd-loss",
    area: "orchestration",
    title: "The cluster's state store is lost",
    description:
      "etcd holds every object in the cluster. A failed disk, a botched upgrade or a lost quorum without a usable backup means rebuilding the cluster's entire configuration by hand, while workloads cannot be changed.",
    affects: "Every team with services on the cluster",
    rules: [
      {
        when: when.equals("orchestration.etcd-backup", "not-sure"),
        likelihood: 4,
        impact: 5,
        reason: "An etcd nobody knows is backed up is etcd that is not.",
      },
      {
        when: when.equals("orchestration.etcd-backup", "none"),
        likelihood: 4,
        impact: 5,
        reason: "Quorum loss, a failed disk or a botched upgrade is likely over a cluster's life; without a backup it is total.",
      },
      {
        when: when.equals("orchestration.etcd-backup", "untested"),
        likelihood: 2,
        impact: 5,
        reason: "Untested etcd restores tend to fail on certificates, member lists or snapshot age.",
      },
    ],
  },
  {
    id: "orchestration.version-drift",
    area: "orchestration",
    title: "The cluster falls out of support",
    description:
      "Kubernetes minor versions are supported for about fourteen months and cannot be skipped. Clusters upgraded 'when we have to' end up several versions behind, without security fixes, facing a risky multi-step upgrade or paid extended support.",
    affects: "Operations staff, security, and the budget",
    rules: [
      {
        when: when.all(when.in("orchestration.upgrades", ["ad-hoc", "not-sure"]), mode("self-run", "distribution", "not-sure")),
        likelihood: 5,
        impact: 4,
        reason: "Self-run clusters also upgrade etcd, the CNI and add-ons by hand; ad-hoc cadence means drift is certain.",
      },
      {
        when: when.in("orchestration.upgrades", ["ad-hoc", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Three releases a year outpace 'when we have to'; providers then force upgrades or charge for extended support.",
      },
    ],
  },
  {
    id: "orchestration.unautomated-static",
    area: "orchestration",
    title: "Static placement only works while its author is around",
    description:
      "Containers placed on hosts by hand or by ad-hoc scripts do not come back after a reboot, drift between hosts, and cannot be rebuilt by anyone else. Containers become pets again.",
    affects: "Operations staff, and users during host failures",
    rules: [
      {
        when: when.in("orchestration.static-automation", ["manual", "not-sure"]),
        likelihood: 5,
        impact: 3,
        reason: "The talk's question unanswered: static orchestration that is not automated.",
      },
      {
        when: when.equals("orchestration.static-automation", "scripts"),
        likelihood: 4,
        impact: 3,
        reason: "Imperative scripts drift from what runs and are rarely re-run from scratch.",
      },
    ],
  },
  {
    id: "orchestration.under-orchestrated",
    area: "orchestration",
    title: "Tens of services outgrow one host or hand placement",
    description:
      "Compose on a single host puts every service behind one machine's failure and capacity; static placement across hosts means a person decides where each container runs and moves it when a host dies. Past a handful of services neither keeps up, and outages last until someone re-places the containers.",
    affects: "Operations staff moving containers by hand, and the users of every service on a failed host",
    rules: [
      {
        when: when.all(platform("compose", "undecided"), beyondOneHost),
        likelihood: 4,
        impact: 4,
        reason:
          "Tens of services on one host (where an undecided platform starts): one host failure or full disk takes them all down, and there is no second host to move to.",
      },
      {
        when: when.all(platform("static"), beyondOneHost),
        likelihood: 3,
        impact: 4,
        reason: "Static placement of tens of services: a host failure is an outage until someone re-places its containers by hand.",
      },
    ],
  },
  {
    id: "orchestration.noisy-neighbours",
    area: "orchestration",
    title: "One team's workload or mistake reaches every team on a shared cluster",
    description:
      "Several teams share a cluster without quotas or namespaced rights. One team's runaway job or memory leak starves the others' pods, evicts them or exhausts the nodes, and one mistaken command with cluster-wide rights deletes or changes everyone's workloads.",
    affects: "Every team on the shared cluster, and their users",
    rules: [
      {
        when: when.any(multiTeamUnknownOrNothing, multiTeamLacks("namespaces"), when.all(multiTeamLacks("quotas"), multiTeamLacks("rbac"))),
        likelihood: 4,
        impact: 4,
        reason:
          "Likely: with neither quotas nor namespaced roles, one team's runaway workload or mistaken delete reaches every team on the cluster.",
      },
      {
        when: when.all(multiTeamLacks("quotas"), when.not(multiTeamLacks("rbac"))),
        likelihood: 4,
        impact: 3,
        reason: "Likely: without a ResourceQuota and LimitRange per namespace, one team's unbounded pods starve or evict the others'.",
      },
      {
        when: when.all(multiTeamLacks("rbac"), when.not(multiTeamLacks("quotas"))),
        likelihood: 3,
        impact: 4,
        reason: "Possible: quotas hold resources apart, but cluster-wide rights let one team's mistake change everyone's workloads.",
      },
    ],
  },
];
