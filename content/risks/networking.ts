import { when, type Risk } from "@/lib/engine/content-schema";

/** Sensitive data or other tenants on the network raise the cost of any reachable container. */
const exposed = when.any(
  when.in("security.data-sensitivity", ["personal", "regulated", "not-sure"]),
  when.in("security.tenancy", ["customers", "untrusted-code", "not-sure"]),
);
const acrossHosts = when.in("networking.topology", ["multi-host", "multi-cluster", "not-sure"]);
const includesAny = (options: string[]) => when.any(...options.map((o) => when.includes("networking.protocols", o)));

export const risks: Risk[] = [
  {
    id: "networking.brittle-addressing",
    area: "networking",
    title: "Services break when containers move",
    description:
      "Container addresses change on every restart and reschedule. Anything that finds a service by a fixed IP or host name fails, and the fix at 3 a.m. is editing configuration by hand.",
    affects: "Users of the service and of everything that calls it",
    rules: [
      {
        when: when.in("networking.discovery", ["hardcoded", "not-sure"]),
        likelihood: 5,
        impact: 4,
        reason: "Fixed addresses and a scheduler that moves containers: failure is a matter of when.",
      },
      {
        when: when.all(when.equals("networking.discovery", "config"), acrossHosts),
        likelihood: 4,
        impact: 3,
        reason: "Hand-maintained addresses across hosts go stale with every reschedule.",
      },
      {
        when: when.equals("networking.discovery", "config"),
        likelihood: 3,
        impact: 3,
        reason: "Configured addresses work until something moves, then need a manual change.",
      },
    ],
  },
  {
    id: "networking.flat-network",
    area: "networking",
    title: "One compromised container can reach everything",
    description:
      "With no network policy, every container can connect to every other one and to the data stores behind them. A single exploited service becomes a route to the database, to other tenants and to cloud metadata endpoints.",
    affects: "Every service and data store on the network, and their users",
    rules: [
      {
        when: when.all(when.in("networking.policy", ["flat", "not-sure"]), exposed),
        likelihood: 4,
        impact: 5,
        reason: "Sensitive data or other tenants on a flat network: lateral movement is the standard attack path.",
      },
      {
        when: when.equals("networking.policy", "not-sure"),
        likelihood: 4,
        impact: 4,
        reason: "Kubernetes allows all pod-to-pod traffic by default; unknown policy means none.",
      },
      {
        when: when.equals("networking.policy", "flat"),
        likelihood: 3,
        impact: 4,
        reason: "Everything reachable widens the blast radius of any compromise.",
      },
      {
        when: when.all(when.equals("networking.policy", "coarse"), exposed),
        likelihood: 3,
        impact: 4,
        reason: "Host or VPC firewalls do not see pod-to-pod traffic inside the cluster.",
      },
      {
        when: when.equals("networking.policy", "coarse"),
        likelihood: 2,
        impact: 4,
        reason: "Coarse rules stop outsiders, not a compromised neighbour.",
      },
    ],
  },
  {
    id: "networking.cascading-failure",
    area: "networking",
    title: "One slow dependency takes everything down",
    description:
      "Calls without timeouts pile up behind a slow dependency until threads, connections and memory run out, and the failure spreads to every caller. Services that exit when a dependency is missing crash-loop after every restart of the platform.",
    affects: "Users of every service in the call chain",
    rules: [
      {
        when: when.in("networking.dependency-failure", ["hangs", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Waiting indefinitely is how a partial failure becomes a total one.",
      },
      {
        when: when.equals("networking.dependency-failure", "crashes"),
        likelihood: 3,
        impact: 3,
        reason: "With no start order across services, it crash-loops (with growing back-off) until the dependency is back.",
      },
    ],
  },
  {
    id: "networking.exposed-host-ports",
    area: "networking",
    title: "Outside traffic depends on particular hosts",
    description:
      "Traffic enters through ports published on named hosts, so those hosts cannot be drained, replaced or lost without an outage, and TLS and access control are set up per host. The scheduler's freedom to move containers is gone.",
    affects: "The service's users, and operations staff maintaining the hosts",
    rules: [
      {
        when: when.all(when.equals("networking.ingress", "host-ports"), acrossHosts),
        likelihood: 4,
        impact: 3,
        reason: "Across several hosts, published ports collide and pin containers to hosts.",
      },
      {
        when: when.equals("networking.ingress", "not-sure"),
        likelihood: 4,
        impact: 3,
        reason: "An unplanned entry point usually ends up as a published host port.",
      },
      {
        when: when.equals("networking.ingress", "host-ports"),
        likelihood: 3,
        impact: 3,
        reason: "On one host it works, but the host becomes a single point of failure.",
      },
    ],
  },
  {
    id: "networking.unencrypted-east-west",
    area: "networking",
    title: "Sensitive traffic crosses the shared network in clear text",
    description:
      "Service-to-service traffic carrying personal or regulated data, or crossing tenants, is neither encrypted nor authenticated. Anyone who reaches the network can read it or impersonate a service.",
    affects: "The people the data is about, and the compliance team",
    rules: [
      {
        when: when.in("networking.east-west", ["not-in-place", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Required encryption with nothing in place is an open finding and an easy interception.",
      },
      {
        when: when.equals("networking.east-west", "app-tls"),
        likelihood: 2,
        impact: 3,
        reason: "Per-application TLS works, but certificate issue and rotation are every team's job; one expiry is an outage.",
      },
    ],
  },
  {
    id: "networking.egress-allow-list-breaks",
    area: "networking",
    title: "Partners block the service when its source address changes",
    description:
      "Pods call out from whichever node they run on. A partner, payment provider or on-premises firewall that allow-lists particular addresses rejects the calls as soon as a new node or a replaced node is used.",
    affects: "Users of every feature that depends on the partner, and the partner's support desk",
    rules: [
      {
        when: when.in("networking.egress-ips", ["server-ips", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "Nodes are replaced routinely; without a NAT or egress gateway a blocked call is likely within weeks.",
      },
    ],
  },
  {
    id: "networking.address-clash",
    area: "networking",
    title: "Address ranges clash or run out",
    description:
      "A pod or service range that overlaps on-premises or peered networks silently makes those systems unreachable, and VPC-native pod IPs exhaust a small subnet so new pods stay Pending. Both are expensive to fix once the cluster is running.",
    affects: "The service's users, and operations staff who must rebuild the cluster's network",
    rules: [
      {
        when: when.in("networking.address-plan", ["defaults", "not-sure"]),
        likelihood: 3,
        impact: 4,
        reason: "Default ranges collide with corporate networks or run short of pod IPs often enough to make a clash possible.",
      },
    ],
  },
  {
    id: "networking.dns-overload",
    area: "networking",
    title: "DNS lookups overload the cluster's resolver",
    description:
      "With ndots:5 and several search domains, every lookup of an outside name fans out into several queries to CoreDNS. Heavy resolvers cause latency spikes and intermittent lookup failures that look like network faults.",
    affects: "Users of the service, and every other workload sharing CoreDNS",
    rules: [
      {
        when: when.in("networking.dns", ["heavy", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "Untuned heavy lookups multiply against CoreDNS; timeouts under load are likely.",
      },
    ],
  },
  {
    id: "networking.connections-mishandled",
    area: "networking",
    title: "Long-lived connections are unbalanced or cut on every deploy",
    description:
      "gRPC over HTTP/2 pins all calls to the pod a connection first reached, WebSockets and raw TCP or UDP need L4 load balancing the HTTP ingress does not give, and every rollout drops open connections unless pods drain them before they stop.",
    affects: "Users holding open sessions, streams or calls when a deploy or scale-down happens",
    rules: [
      {
        when: when.all(
          includesAny(["long-lived", "tcp-udp", "not-sure"]),
          when.in("app-knowledge.sigterm", ["immediate", "ignores", "not-sure"]),
        ),
        likelihood: 4,
        impact: 4,
        reason: "Open connections with no graceful shutdown are likely to be cut on every rollout.",
      },
      {
        when: includesAny(["grpc", "long-lived", "tcp-udp", "not-sure"]),
        likelihood: 3,
        impact: 3,
        reason: "Connection-level balancing and undrained connections make hot pods and dropped sessions possible.",
      },
    ],
  },
];
