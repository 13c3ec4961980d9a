import { when, type Risk } from "@/lib/engine/content-schema";

const kind = "storage.state-kind";
/** State whose loss costs the business: anything but a rebuildable cache or sessions. Unknown counts as real. */
const realData = when.any(
  when.includes(kind, "database"),
  when.includes(kind, "files"),
  when.includes(kind, "queue"),
  when.includes(kind, "not-sure"),
  when.not(when.answered(kind)),
);
/**
 * Schedulers that move containers between hosts of yours. Serverless has no hosts of yours:
 * a "host path" there is the instance's own disk, gone with it.
 */
const reschedules = when.in("orchestration.platform", ["kubernetes", "other-scheduler", "undecided"]);
const noHostOfOurs = when.in("orchestration.platform", ["serverless", "undecided"]);
/** Schedulers that move a container to another host of yours, leaving a host path's data behind. */
const movesBetweenOurHosts = when.in("orchestration.platform", ["kubernetes", "other-scheduler"]);
/** Nodes replaced on the provider's schedule: managed nodes, or auto-upgrades (unknowns count). */
const nodesReplaced = when.all(
  when.in("orchestration.platform", ["kubernetes", "undecided"]),
  when.any(when.in("orchestration.k8s-mode", ["autopilot", "not-sure"]), when.in("orchestration.upgrades", ["auto", "not-sure"])),
);
const noBackup = when.in("storage.backup", ["none", "not-sure"]);
const location = (...values: string[]) => when.in("storage.state-location", values);

export const risks: Risk[] = [
  {
    id: "storage.data-loss-on-reschedule",
    area: "storage",
    title: "State is lost when a container is replaced or moved",
    description:
      "The container's filesystem is deleted with the container, and a host directory stays behind when the scheduler starts the replacement elsewhere. Data written since the last backup is gone, or the new instance starts empty while the old data sits on another host.",
    affects: "The users whose data it was, and the team restoring it",
    rules: [
      {
        when: when.all(when.any(location("container-fs", "not-sure"), when.all(location("host-path"), noHostOfOurs)), realData),
        likelihood: 5,
        impact: 5,
        reason:
          "The container filesystem disappears when the container exits (on serverless, or a platform not chosen yet, a 'host path' is that too); with an orchestrator that is every deployment.",
      },
      {
        when: when.all(location("host-path"), nodesReplaced, noBackup, realData),
        likelihood: 5,
        impact: 5,
        reason:
          "Managed or auto-upgraded nodes are replaced in every maintenance window; with no backup, the host path's data goes with each old node.",
      },
      {
        when: when.all(location("host-path"), nodesReplaced, when.not(noBackup), realData),
        likelihood: 5,
        impact: 4,
        reason:
          "Managed or auto-upgraded nodes are replaced in every maintenance window; each time the data stays on the old node until restored.",
      },
      {
        when: when.all(location("host-path"), movesBetweenOurHosts, noBackup, realData),
        likelihood: 4,
        impact: 5,
        reason:
          "A scheduler moves the container and node upgrades replace hosts; with no backup, the host path's data goes with the old host.",
      },
      {
        when: when.all(location("host-path"), movesBetweenOurHosts, realData),
        likelihood: 4,
        impact: 4,
        reason: "The replacement starts on another node without its data; recovery means finding the old host by hand.",
      },
      {
        when: when.all(location("host-path"), when.not(movesBetweenOurHosts), when.not(noHostOfOurs), realData),
        likelihood: 3,
        impact: 4,
        reason: "Pinned to one host, the data survives restarts but not the host: the talk's 'shifts the problem, doesn't fix it'.",
      },
      {
        when: when.all(
          when.any(location("container-fs", "not-sure"), when.all(location("host-path"), noHostOfOurs)),
          when.includes(kind, "sessions"),
        ),
        likelihood: 5,
        impact: 2,
        reason:
          "Sessions in the container's own filesystem are lost on every deployment: users are logged out, and sticky sessions fight the scheduler.",
      },
      {
        when: when.all(location("host-path"), movesBetweenOurHosts, when.includes(kind, "sessions")),
        likelihood: 4,
        impact: 2,
        reason:
          "Sessions on a host path are lost whenever the replacement starts on another node: users are logged out after most deployments.",
      },
      {
        when: when.all(location("network-volume"), reschedules, noBackup, realData),
        likelihood: 2,
        impact: 5,
        reason: "CSI volumes follow the pod, but a deleted claim with reclaimPolicy Delete or a zone outage takes the only copy.",
      },
    ],
  },
  {
    id: "storage.unrecoverable-data",
    area: "storage",
    title: "Data cannot be restored after loss or corruption",
    description:
      "When a volume is deleted, a bad migration corrupts tables or ransomware encrypts storage, there is no backup, or the backup has never been restored and does not work. Recovery takes days or never happens.",
    affects: "The business and its customers, and whoever must explain the loss",
    rules: [
      {
        when: when.all(when.equals("storage.backup", "not-sure"), realData),
        likelihood: 5,
        impact: 5,
        reason: "If nobody knows whether the data is backed up, treat it as not backed up.",
      },
      {
        when: when.all(when.equals("storage.backup", "none"), realData),
        likelihood: 4,
        impact: 5,
        reason: "Without a backup, any deletion or corruption is permanent.",
      },
      {
        when: when.all(when.equals("storage.backup", "untested"), realData),
        likelihood: 3,
        impact: 5,
        reason: "Backups that have never been restored often fail when needed: missing volumes, wrong retention, no runbook.",
      },
      {
        when: when.in("storage.backup", ["none", "untested", "not-sure"]),
        likelihood: 3,
        impact: 2,
        reason: "Only sessions or a rebuildable cache: losing them is an inconvenience, not a loss.",
      },
    ],
  },
  {
    id: "storage.self-run-database",
    area: "storage",
    title: "Running your own database in containers without database operations",
    description:
      "A database or broker moves into containers on the platform, and failover, upgrades, backups and storage tuning become the team's job. The first node drain or volume problem becomes a database outage.",
    affects: "Every service that depends on the database, and its on-call staff",
    rules: [
      {
        when: when.all(
          when.any(when.includes(kind, "database"), when.includes(kind, "not-sure")),
          location("network-volume", "host-path", "container-fs", "not-sure"),
        ),
        likelihood: 3,
        impact: 4,
        reason:
          "Viable today with an operator (e.g. CloudNativePG, Strimzi), but it needs database skills and practised failover that most teams lack at first.",
      },
    ],
  },
  {
    id: "storage.shared-volume-corruption",
    area: "storage",
    title: "Concurrent writers corrupt shared files",
    description:
      "Several replicas write to one shared volume, and file locking or write ordering does not behave as on a local disk. Files and embedded databases (SQLite, search indexes) are corrupted quietly, often only after scaling out.",
    affects: "The users whose data is corrupted, and the team recovering it",
    rules: [
      {
        when: when.in("storage.shared-writes", ["yes", "not-sure"]),
        likelihood: 3,
        impact: 4,
        reason: "Shared network file systems rarely give the locking semantics applications assume; scaling out exposes it.",
      },
    ],
  },
];
