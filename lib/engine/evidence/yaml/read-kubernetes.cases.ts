/**
 * What an expert reads from each kubernetes manifests fixture, fact by fact with its line, and what
 * must not be read: the table read-kubernetes.test.ts holds the reader to. Test data only.
 */
import type { ReaderCase } from "./fixture-check";

const CART = "Deployment/cartservice server";
const CASSANDRA = "StatefulSet/cassandra cassandra";
const LLM = "Deployment/llm-server server";
const EXPORT = "CronJob/report-export export";
const AGENT = "DaemonSet/overlay-agent agent";

export const CASES: ReaderCase[] = [
  {
    file: "kubernetes/grpc-service.yaml",
    facts: [
      ["platform", "kubernetes", "grpc-service.yaml", 3],
      ["workload", "deployment", "Deployment/cartservice", 8],
      // No replicas field: Kubernetes runs one; the nearest line is spec:.
      ["replicas", "one", "Deployment/cartservice", 13],
      ["grace-period", "shorter", "Deployment/cartservice", 23],
      ["deploy-image-ref", "tag", CART, 31],
      ["injected-config", "yes", CART, 41],
      ["probes", "liveness-and-readiness", CART, 55],
      ["protocol", "grpc", CART, 58],
      ["resources", "requests-and-limits", CART, 44],
      ["read-only-root", "yes", CART, 38],
      // Pod-level settings apply to the container, cited at the pod's lines.
      ["run-as-non-root", "yes", CART, 27],
      ["runtime-user", "non-root", CART, 28],
      ["dropped-capabilities", "all", CART, 35],
    ],
    absent: [
      // The full securityContext has no seccompProfile: the expert notes its absence.
      ["seccomp", CART],
      // privileged: false is not privileged.
      ["privileged", CART],
      ["ingress-route", "Service/cartservice"],
      ["plain-secret", CART],
    ],
    notes: ["No facts are read from ServiceAccount."],
  },
  {
    file: "kubernetes/network-policy.yaml",
    facts: [
      ["platform", "kubernetes", "network-policy.yaml", 3],
      ["network-policy", "restricted", "NetworkPolicy/cartservice", 13],
      ["egress-policy", "open", "NetworkPolicy/cartservice", 25],
      ["network-policy", "default-deny", "NetworkPolicy/deny-all", 33],
    ],
    // deny-all covers Ingress only.
    absent: [["egress-policy", "NetworkPolicy/deny-all"]],
  },
  {
    file: "kubernetes/statefulset-drain.yaml",
    facts: [
      ["platform", "kubernetes", "statefulset-drain.yaml", 3],
      ["workload", "stateful-set", "StatefulSet/cassandra", 16],
      ["stateful-set", "yes", "StatefulSet/cassandra", 16],
      ["storage", "persistent-volume-claim", "StatefulSet/cassandra", 67],
      ["replicas", "several", "StatefulSet/cassandra", 21],
      ["grace-period", "longer", "StatefulSet/cassandra", 30],
      ["deploy-image-ref", "tag", CASSANDRA, 33],
      ["injected-config", "yes", CASSANDRA, 54],
      // An exec readiness probe: no protocol shown.
      ["probes", "readiness-only", CASSANDRA, 59],
      ["resources", "requests-and-limits", CASSANDRA, 39],
      ["added-capabilities", "yes", CASSANDRA, 48],
      ["pre-stop", "yes", CASSANDRA, 51],
    ],
    absent: [
      ["protocol", CASSANDRA],
      // A headless ClusterIP service lets nothing in from outside.
      ["ingress-route", "Service/cassandra"],
      ["runtime-pid1", CASSANDRA],
    ],
  },
  {
    file: "kubernetes/gpu-inference.yaml",
    facts: [
      ["platform", "kubernetes", "gpu-inference.yaml", 3],
      ["workload", "deployment", "Deployment/llm-server", 3],
      ["replicas", "one", "Deployment/llm-server", 8],
      ["storage", "memory", "Deployment/llm-server", 46],
      ["deploy-image-ref", "latest", LLM, 19],
      ["orchestrator-secret", "present", LLM, 26],
      ["injected-config", "yes", LLM, 23],
      // command ["/bin/sh", "-c"] with the script in args: the shell is PID 1.
      ["runtime-pid1", "shell", LLM, 20],
      ["probes", "none", LLM, 18],
      ["resources", "requests-and-limits", LLM, 31],
      ["gpu", "yes", LLM, 35],
    ],
    absent: [
      // The token comes from a Secret, not a literal.
      ["plain-secret", LLM],
      ["protocol", LLM],
    ],
  },
  {
    file: "kubernetes/cronjob.yaml",
    facts: [
      ["platform", "kubernetes", "cronjob.yaml", 3],
      ["workload", "cron-job", "CronJob/report-export", 3],
      ["cron-job", "yes", "CronJob/report-export", 7],
      ["deploy-image-ref", "tag", EXPORT, 19],
      ["injected-config", "yes", EXPORT, 27],
      ["probes", "none", EXPORT, 18],
      ["resources", "requests-only", EXPORT, 30],
      ["run-as-non-root", "yes", EXPORT, 36],
      ["runtime-user", "non-root", EXPORT, 36],
      ["seccomp", "runtime-default", EXPORT, 38],
    ],
    // A CronJob's replicas are not a thing; args alone do not replace the entrypoint.
    absent: [
      ["replicas", "CronJob/report-export"],
      ["runtime-pid1", EXPORT],
    ],
    notes: ["CronJob/report-export never starts a run while the last one is still going (concurrencyPolicy: Forbid)."],
  },
  {
    file: "kubernetes/node-agent-daemonset.yaml",
    facts: [
      ["platform", "kubernetes", "node-agent-daemonset.yaml", 3],
      ["pod-security", "privileged", "Namespace/kube-overlay", 8],
      ["workload", "daemon-set", "DaemonSet/overlay-agent", 11],
      ["host-network", "yes", "DaemonSet/overlay-agent", 24],
      ["storage", "host-path", "DaemonSet/overlay-agent", 62],
      ["host-path", "yes", "DaemonSet/overlay-agent", 62],
      ["deploy-image-ref", "tag", AGENT, 39],
      ["injected-config", "yes", AGENT, 50],
      ["runtime-pid1", "app", AGENT, 40],
      ["probes", "none", AGENT, 38],
      ["resources", "requests-only", AGENT, 42],
      ["added-capabilities", "yes", AGENT, 49],
      // A plain init container gives its image (and secrets) only.
      ["deploy-image-ref", "tag", "DaemonSet/overlay-agent install-cni", 31],
    ],
    absent: [
      ["replicas", "DaemonSet/overlay-agent"],
      ["privileged", AGENT],
      ["runtime-pid1", "DaemonSet/overlay-agent install-cni"],
      ["probes", "DaemonSet/overlay-agent install-cni"],
      ["resources", "DaemonSet/overlay-agent install-cni"],
    ],
  },
  {
    file: "kubernetes/no-resources.yaml",
    facts: [
      ["platform", "kubernetes", "no-resources.yaml", 3],
      ["workload", "deployment", "Deployment/legacy-billing", 3],
      ["replicas", "several", "Deployment/legacy-billing", 7],
      ["deploy-image-ref", "latest", "Deployment/legacy-billing billing", 18],
      // DB_PASSWORD is a literal; LEDGER_API_TOKEN is only a $(VAR) reference.
      ["plain-secret", "configuration", "Deployment/legacy-billing billing", 25],
      ["injected-config", "yes", "Deployment/legacy-billing billing", 21],
      ["probes", "readiness-only", "Deployment/legacy-billing billing", 28],
      ["protocol", "http", "Deployment/legacy-billing billing", 29],
      ["resources", "none", "Deployment/legacy-billing billing", 17],
      ["ingress-route", "load-balancer", "Service/legacy-billing", 38],
    ],
    absent: [["orchestrator-secret", "Deployment/legacy-billing billing"]],
  },
  {
    file: "kubernetes/shared-pid.yaml",
    facts: [
      ["platform", "kubernetes", "shared-pid.yaml", 3],
      ["workload", "pod", "Pod/report-renderer", 3],
      ["shared-process-namespace", "yes", "Pod/report-renderer", 7],
      ["deploy-image-ref", "tag", "Pod/report-renderer renderer", 10],
      ["runtime-pid1", "shell", "Pod/report-renderer renderer", 11],
      ["probes", "liveness-only", "Pod/report-renderer renderer", 17],
      ["protocol", "tcp", "Pod/report-renderer renderer", 18],
      ["resources", "requests-and-limits", "Pod/report-renderer renderer", 12],
      ["deploy-image-ref", "tag", "Pod/report-renderer shell", 21],
      ["runtime-pid1", "app", "Pod/report-renderer shell", 22],
      ["probes", "none", "Pod/report-renderer shell", 20],
      ["resources", "none", "Pod/report-renderer shell", 20],
      ["runtime-user", "root", "Pod/report-renderer shell", 24],
    ],
    absent: [["replicas", "Pod/report-renderer"]],
  },
  {
    file: "kubernetes/anchors.yaml",
    facts: [
      ["platform", "kubernetes", "anchors.yaml", 3],
      ["workload", "deployment", "Deployment/api", 3],
      ["replicas", "several", "Deployment/api", 7],
      ["deploy-image-ref", "tag", "Deployment/api api", 17],
      ["probes", "none", "Deployment/api api", 16],
      ["resources", "requests-and-limits", "Deployment/api api", 26],
      ["read-only-root", "yes", "Deployment/api api", 20],
      ["run-as-non-root", "yes", "Deployment/api api", 19],
      ["runtime-user", "non-root", "Deployment/api api", 19],
      ["dropped-capabilities", "all", "Deployment/api api", 23],
      ["seccomp", "runtime-default", "Deployment/api api", 25],
      ["deploy-image-ref", "tag", "Deployment/api metrics", 30],
      ["probes", "none", "Deployment/api metrics", 29],
      // Requests come through `<<: *small`, the limits are its own.
      ["resources", "requests-and-limits", "Deployment/api metrics", 32],
      // `securityContext: *hardened`: the facts cite the anchored lines.
      ["read-only-root", "yes", "Deployment/api metrics", 20],
      ["run-as-non-root", "yes", "Deployment/api metrics", 19],
      ["runtime-user", "non-root", "Deployment/api metrics", 19],
      ["dropped-capabilities", "all", "Deployment/api metrics", 23],
      ["seccomp", "runtime-default", "Deployment/api metrics", 25],
    ],
    absent: [],
  },
  {
    file: "kubernetes/routes.yaml",
    facts: [
      ["platform", "kubernetes", "routes.yaml", 3],
      ["ingress-route", "ingress", "Ingress/storefront", 3],
      ["ingress-route", "http-route", "HTTPRoute/api", 37],
      ["ingress-route", "http-route", "GRPCRoute/checkout", 54],
      ["protocol", "grpc", "GRPCRoute/checkout", 54],
    ],
    // The Gateway is the entry point the routes attach to, not a route itself.
    absent: [["ingress-route", "Gateway/public"]],
    notes: ["No facts are read from Gateway."],
  },
  {
    file: "kubernetes/crlf.yaml",
    facts: [
      ["platform", "kubernetes", "crlf.yaml", 3],
      ["workload", "deployment", "Deployment/crlf-web", 3],
      ["replicas", "several", "Deployment/crlf-web", 7],
      ["deploy-image-ref", "tag", "Deployment/crlf-web web", 18],
      ["probes", "liveness-only", "Deployment/crlf-web web", 24],
      ["protocol", "http", "Deployment/crlf-web web", 25],
      ["resources", "limits-only", "Deployment/crlf-web web", 21],
      ["privileged", "yes", "Deployment/crlf-web web", 20],
    ],
    absent: [],
  },
  {
    file: "kubernetes/list-sidecar.yaml",
    facts: [
      ["platform", "kubernetes", "list-sidecar.yaml", 6],
      ["workload", "deployment", "Deployment/checkout", 6],
      ["replicas", "several", "Deployment/checkout", 10],
      ["zone-spread", "yes", "Deployment/checkout", 22],
      ["deploy-image-ref", "tag", "Deployment/checkout checkout", 40],
      ["probes", "liveness-and-readiness", "Deployment/checkout checkout", 51],
      ["protocol", "http", "Deployment/checkout checkout", 52],
      ["resources", "requests-and-limits", "Deployment/checkout checkout", 46],
      ["mandatory-access-control", "apparmor", "Deployment/checkout checkout", 43],
      ["mandatory-access-control", "selinux", "Deployment/checkout checkout", 44],
      ["deploy-image-ref", "tag", "Deployment/checkout migrate", 30],
      // restartPolicy: Always makes log-shipper a native sidecar, read like an app container.
      ["deploy-image-ref", "tag", "Deployment/checkout log-shipper", 33],
      ["probes", "none", "Deployment/checkout log-shipper", 32],
      ["resources", "requests-and-limits", "Deployment/checkout log-shipper", 35],
      ["mandatory-access-control", "apparmor", "Deployment/checkout log-shipper", 19],
      ["disruption-budget", "yes", "PodDisruptionBudget/checkout", 54],
      ["autoscaler", "yes", "HorizontalPodAutoscaler/checkout", 63],
    ],
    absent: [
      ["runtime-pid1", "Deployment/checkout migrate"],
      ["probes", "Deployment/checkout migrate"],
      ["workload", "List/(unnamed)"],
    ],
  },
  {
    file: "kubernetes/windows-node.yaml",
    facts: [
      ["platform", "kubernetes", "windows-node.yaml", 3],
      ["workload", "deployment", "Deployment/legacy-portal", 3],
      ["replicas", "one", "Deployment/legacy-portal", 7],
      ["windows", "yes", "Deployment/legacy-portal", 17],
      ["deploy-image-ref", "tag", "Deployment/legacy-portal portal", 20],
      ["probes", "none", "Deployment/legacy-portal portal", 19],
      ["protocol", "udp", "Deployment/legacy-portal portal", 25],
      ["host-port", "yes", "Deployment/legacy-portal portal", 24],
      ["resources", "limits-only", "Deployment/legacy-portal portal", 29],
      ["seccomp", "unconfined", "Deployment/legacy-portal portal", 28],
      ["ingress-route", "node-port", "Service/legacy-syslog", 39],
      ["protocol", "udp", "Service/legacy-syslog", 44],
    ],
    absent: [],
  },
];
