/** Networking: reaching containers across hosts, getting traffic in, and deciding what may talk to what. */
import { when, type Question } from "@/lib/engine/content-schema";

export const questions: Question[] = [
  {
    id: "networking.topology",
    area: "networking",
    kind: "single",
    prompt: "Where will the containers that talk to each other run?",
    help: "In 2015 networking across hosts had no good answer; today a CNI plugin (Cilium, Calico, or the cloud's own) gives every pod a routable address. Crossing clusters, regions or clouds still needs a deliberate design.",
    required: true,
    options: [
      { id: "single-host", label: "All on one host" },
      { id: "multi-host", label: "Across several hosts in one cluster or network" },
      { id: "multi-cluster", label: "Across clusters, regions or clouds" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "networking.discovery",
    area: "networking",
    kind: "single",
    prompt: "How does the application find the services it calls?",
    help: "Container addresses change on every restart. Anything that finds a service by a fixed IP or a particular server's name breaks the first time the scheduler moves it.",
    required: true,
    options: [
      { id: "dns", label: "By name, through the platform's DNS or service discovery" },
      { id: "config", label: "Addresses in configuration, updated by hand when they change" },
      { id: "hardcoded", label: "Hard-coded IP addresses or names of particular servers" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "networking.dependency-failure",
    area: "networking",
    kind: "single",
    prompt: "When a service it calls is slow or unreachable, what does the application do?",
    help: "On a shared platform, dependencies restart and move all the time, and there is no start order across services. An application that waits forever on one slow call turns a blip into an outage.",
    required: true,
    options: [
      { id: "resilient", label: "Times out, retries with backoff and degrades gracefully" },
      { id: "crashes", label: "Exits, and relies on being restarted" },
      { id: "hangs", label: "Waits indefinitely, or piles up requests" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "networking.policy",
    area: "networking",
    kind: "single",
    prompt: "Which traffic between containers will be allowed?",
    help: "By default every pod in a Kubernetes cluster can reach every other pod. Network policies, enforced by the CNI, are what stop one compromised container from reaching your database.",
    required: true,
    options: [
      { id: "default-deny", label: "Default deny, with explicit allow rules (e.g. NetworkPolicy enforced by Cilium or Calico)" },
      { id: "coarse", label: "Only coarse rules at the host or VPC firewall" },
      { id: "flat", label: "Everything can reach everything" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "networking.ingress",
    area: "networking",
    kind: "single",
    prompt: "How does outside traffic reach the service?",
    help: "Publishing ports on particular hosts turns those hosts into pets and the scheduler's freedom into an outage. A load balancer with an Ingress or Gateway API controller lets containers move freely behind a stable entry point.",
    required: true,
    options: [
      { id: "gateway", label: "A load balancer with a Gateway API or Ingress controller, TLS terminated there" },
      { id: "host-ports", label: "Ports published on particular hosts" },
      { id: "internal", label: "It is internal only" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "networking.east-west",
    area: "networking",
    kind: "single",
    prompt: "Does traffic between services need to be encrypted and mutually authenticated (mTLS)?",
    help: "On a shared platform the network between services is shared too. Sensitive data or other tenants on the same network usually mean service-to-service traffic must be encrypted and each side must prove who it is.",
    required: true,
    when: when.any(
      when.in("security.data-sensitivity", ["personal", "regulated", "not-sure"]),
      when.in("security.tenancy", ["customers", "untrusted-code", "not-sure"]),
    ),
    options: [
      { id: "platform", label: "Yes, and a mesh or the CNI will provide it (e.g. Istio ambient, Linkerd, Cilium)" },
      { id: "app-tls", label: "Yes, and each application handles TLS itself" },
      { id: "not-in-place", label: "Yes, but nothing is in place yet" },
      { id: "not-required", label: "No, it is not required" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
