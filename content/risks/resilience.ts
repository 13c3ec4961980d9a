import { when, type Risk } from "@/lib/engine/content-schema";

const resources = (...values: string[]) => when.in("resilience.resources", values);
const autoscaling = (...values: string[]) => when.in("resilience.autoscaling", values);
const availabilityAnswered = when.answered("resilience.availability");
/** The availability answer lacks a control, or the team does not know. */
const lacks = (option: string) =>
  when.any(when.not(when.includes("resilience.availability", option)), when.includes("resilience.availability", "not-sure"));
const scheduled = when.in("orchestration.platform", ["kubernetes", "other-scheduler", "undecided"]);
/** Revenue, safety or legal duties stop with it; not knowing is scored as the same. */
const businessCritical = when.in("scope.business-criticality", ["business-critical", "not-sure"]);

export const risks: Risk[] = [
  {
    id: "resilience.oom-and-throttling",
    area: "resilience",
    title: "Containers are killed or starved under load",
    description:
      "Without realistic requests the scheduler packs too many containers on a node, and the first busy hour brings CPU throttling, evictions and OOM kills. A runtime whose heap is not sized to the container's memory limit is killed by the kernel the first time the heap fills, which looks like a random crash.",
    affects: "Users at peak load, and the developers chasing restarts that leave no stack trace",
    rules: [
      {
        when: resources("none", "not-sure"),
        likelihood: 4,
        impact: 4,
        reason: "Likely: containers without requests are placed blindly and evicted first when a node runs short.",
      },
      {
        when: resources("guessed"),
        likelihood: 3,
        impact: 3,
        reason: "Possible: guessed numbers are too low for some services and too high for others, and nobody revisits them.",
      },
      {
        when: resources("measured-default-heap"),
        likelihood: 3,
        impact: 3,
        reason: "Possible: the requests fit, but a heap sized without regard to the limit is OOM-killed or leaves memory unused.",
      },
    ],
  },
  {
    id: "resilience.capacity-lags-demand",
    area: "resilience",
    title: "Capacity does not follow demand",
    description:
      "Load rises and new pods wait in Pending because no node is free, or nobody is awake to add replicas. The elastic scaling the adoption promised does not happen when it is needed.",
    affects: "Users during peaks, and whoever is on call for them",
    rules: [
      {
        when: when.all(autoscaling("pods-and-nodes", "pods-only", "not-sure"), resources("none", "not-sure")),
        likelihood: 4,
        impact: 4,
        reason: "Likely: an autoscaler measures utilisation against requests, so without requests it cannot scale at all.",
      },
      {
        when: autoscaling("pods-only", "manual", "not-sure"),
        likelihood: 4,
        impact: 3,
        reason: "Likely: with fixed nodes or hand-set replicas, the first real peak outruns the capacity you have.",
      },
      {
        when: when.all(autoscaling("pods-and-nodes"), resources("guessed")),
        likelihood: 2,
        impact: 3,
        reason: "Unlikely but real: autoscaling on guessed requests scales too early or too late.",
      },
    ],
  },
  {
    id: "resilience.maintenance-downtime",
    area: "resilience",
    title: "Routine maintenance and zone failures take the service down",
    description:
      "Every node upgrade, drain and replacement stops a single replica, and a drain can evict every replica at once when nothing forbids it. With every replica in one zone, one zone's outage is the service's outage.",
    affects: "Users of the service, and the operators who start to avoid upgrades",
    rules: [
      {
        when: when.all(availabilityAnswered, lacks("replicas")),
        likelihood: 5,
        impact: 3,
        reason: "Almost certain: one replica is down on every drain, upgrade and crash, so downtime is routine.",
      },
      {
        when: when.all(availabilityAnswered, scheduled, lacks("pdb")),
        likelihood: 3,
        impact: 3,
        reason: "Possible: without a PodDisruptionBudget a node drain may evict all replicas together.",
      },
      {
        when: when.all(availabilityAnswered, scheduled, lacks("zones")),
        likelihood: 2,
        impact: 3,
        reason: "Unlikely in any month, but a zone outage takes out every replica that shares the zone.",
      },
    ],
  },
  {
    id: "resilience.unrecoverable-platform",
    area: "resilience",
    title: "Losing the cluster or region means days of rebuilding",
    description:
      "A botched upgrade, a deleted account or a regional outage takes the whole cluster, and what ran on it has to be recreated from memory. Managed services do not restore your configuration or your data for you.",
    affects: "Every team and user of the services on the cluster, and the business's recovery commitments",
    rules: [
      {
        when: when.in("resilience.recovery", ["none", "not-sure"]),
        likelihood: 3,
        impact: 5,
        reason: "Possible over a platform's life, and a rebuild by hand takes days with no agreed target to meet.",
      },
      {
        when: when.all(when.equals("resilience.recovery", "provider"), businessCritical),
        likelihood: 3,
        impact: 5,
        reason:
          "Possible: the provider restores its service, not your cluster or data, and for an application the business stops without, the days of rebuilding are the outage its recovery targets exist to prevent.",
      },
      {
        when: when.equals("resilience.recovery", "provider"),
        likelihood: 3,
        impact: 4,
        reason: "Possible: the provider restores its service, not your cluster objects, volumes or configuration.",
      },
      {
        when: when.all(when.equals("resilience.recovery", "untimed"), businessCritical),
        likelihood: 2,
        impact: 5,
        reason:
          "Unlikely to be total, but an untried rebuild of a business-critical application runs past any recovery target it was given.",
      },
      {
        when: when.equals("resilience.recovery", "untimed"),
        likelihood: 2,
        impact: 4,
        reason: "Unlikely to be total, but an untried rebuild finds missing secrets, ordering and DNS the day it is needed.",
      },
    ],
  },
  {
    id: "resilience.unsafe-second-copy",
    area: "resilience",
    title: "A second copy of the application breaks it",
    description:
      "A rolling update or a node failure starts a second copy of an application that assumes it is alone, or whose cluster members find each other by multicast or fixed addresses. Jobs run twice, caches split into two clusters, or data is written by both copies.",
    affects: "Data integrity, and the users of everything that relies on the application's single view",
    rules: [
      {
        when: when.in("resilience.replicas", ["singleton", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Likely: rolling updates and node failures start a second copy unless every manifest says otherwise.",
      },
      {
        when: when.equals("resilience.replicas", "static-peers"),
        likelihood: 4,
        impact: 3,
        reason: "Likely: pod addresses change on every restart, and most cluster networks carry no multicast.",
      },
      {
        when: when.equals("resilience.replicas", "ordered"),
        likelihood: 2,
        impact: 3,
        reason: "Unlikely with a StatefulSet, which gives ordered start-up and stable names, but easy to get wrong with a Deployment.",
      },
    ],
  },
];
