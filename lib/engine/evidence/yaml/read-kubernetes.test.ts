import { describe, expect, it } from "vitest";
import type { FactId } from "../facts";
import { fixtureText, readFixture, rowsOf, sortedRows, type Row } from "./fixture-check";
import { parseYamlDocuments } from "./parse-yaml";
import { readKubernetes } from "./read-kubernetes";

interface Case {
  file: string;
  /** Every fact an expert reads from the file: id, value, subject, line. */
  facts: Row[];
  /** Facts that must not be read: [id, subject] (any value). */
  absent: [FactId, string][];
  notes?: string[];
}

const CART = "Deployment/cartservice server";
const CASSANDRA = "StatefulSet/cassandra cassandra";
const LLM = "Deployment/llm-server server";
const EXPORT = "CronJob/report-export export";
const AGENT = "DaemonSet/overlay-agent agent";

const CASES: Case[] = [
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

describe.each(CASES)("readKubernetes($file)", ({ file, facts, absent, notes }) => {
  const result = readFixture(file, readKubernetes);

  it("reads exactly the facts an expert reads", () => {
    expect(sortedRows(rowsOf(result.facts))).toEqual(sortedRows(facts));
  });

  it.each(absent)("reads no %s for %s", (id, subject) => {
    expect(result.facts.filter((fact) => fact.id === id && fact.subject === subject)).toEqual([]);
  });

  it("notes what is not a fact", () => {
    expect(result.notes).toEqual(notes ?? []);
  });
});

describe("readKubernetes(helm-template.yaml)", () => {
  const SERVICES = ["adservice", "cartservice", "checkoutservice", "currencyservice", "emailservice"];
  const MORE = ["frontend", "paymentservice", "productcatalog", "recommendation", "shipping"];
  const started = performance.now();
  const result = readFixture("kubernetes/helm-template.yaml", readKubernetes);
  const elapsed = performance.now() - started;

  it("reads all forty documents, quickly", () => {
    const parsed = parseYamlDocuments(fixtureText("kubernetes/helm-template.yaml"));
    expect(parsed.ok && parsed.documents.length).toBe(40);
    expect(elapsed).toBeLessThan(1000);
  });

  it("states one platform and seven facts per Deployment, with lines deep in the file", () => {
    expect(result.facts.filter((fact) => fact.id === "platform")).toHaveLength(1);
    expect(result.facts.filter((fact) => fact.id === "workload").map((fact) => fact.subject)).toEqual(
      [...SERVICES, ...MORE].map((name) => `Deployment/${name}`),
    );
    expect(result.facts).toHaveLength(1 + 10 * 7);
    const last = rowsOf(result.facts.filter((fact) => fact.subject.startsWith("Deployment/shipping")));
    expect(sortedRows(last)).toEqual(
      sortedRows([
        ["workload", "deployment", "Deployment/shipping", 582],
        ["replicas", "several", "Deployment/shipping", 586],
        ["deploy-image-ref", "tag", "Deployment/shipping server", 598],
        ["injected-config", "yes", "Deployment/shipping server", 600],
        ["probes", "readiness-only", "Deployment/shipping server", 608],
        ["protocol", "http", "Deployment/shipping server", 609],
        ["resources", "requests-and-limits", "Deployment/shipping server", 602],
      ]),
    );
  });

  it("counts the kinds it does not read", () => {
    expect(result.notes).toEqual(["No facts are read from 10 ServiceAccount, 10 ConfigMap."]);
  });
});

function kube(text: string) {
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return readKubernetes("k8s.yaml", parsed.documents);
}

/** A Deployment around a pod spec given as YAML lines indented for `spec:` of the template. */
function deployment(podSpec: string): string {
  const indented = podSpec
    .split("\n")
    .map((line) => `      ${line}`)
    .join("\n");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n${indented}\n`;
}

const valuesFor = (text: string, id: FactId) =>
  kube(text)
    .facts.filter((fact) => fact.id === id)
    .map((fact) => [fact.value, fact.subject, fact.source.line]);

describe("readKubernetes details", () => {
  it("lets a container's securityContext override the pod's", () => {
    // The pod spec starts on line 8 of the wrapping Deployment.
    const text = deployment(
      [
        "securityContext:",
        "  runAsUser: 1000",
        "  seccompProfile: { type: RuntimeDefault }",
        "containers:",
        "  - name: a",
        "    image: a:1",
        "  - name: b",
        "    image: b:1",
        "    securityContext:",
        "      runAsUser: 0",
      ].join("\n"),
    );
    expect(valuesFor(text, "runtime-user")).toEqual([
      ["non-root", "Deployment/d a", 9],
      ["root", "Deployment/d b", 17],
    ]);
    expect(valuesFor(text, "seccomp")).toEqual([
      ["runtime-default", "Deployment/d a", 10],
      ["runtime-default", "Deployment/d b", 10],
    ]);
  });

  it("notes runAsUser: 0 with runAsNonRoot: true", () => {
    const text = deployment(["containers:", "  - name: a", "    securityContext: { runAsNonRoot: true, runAsUser: 0 }"].join("\n"));
    expect(kube(text).notes).toContain("Container a sets runAsUser: 0 and runAsNonRoot: true: the kubelet will refuse to start it.");
  });

  it.each([
    [["tini", "--", "app"], "init"],
    [["/usr/bin/dumb-init", "app"], "init"],
    [["sh", "-c", "exec app --serve"], "app"],
    [["/bin/bash", "-c", "app"], "shell"],
    [["/app"], "app"],
  ])("command %j makes PID 1 %s", (command, expected) => {
    const text = deployment(`containers:\n  - name: a\n    command: ${JSON.stringify(command)}`);
    expect(valuesFor(text, "runtime-pid1").map(([value]) => value)).toEqual([expected]);
  });

  it.each([
    ["startupProbe: { httpGet: { path: /, port: 80 } }", "none", ["http"]],
    ["livenessProbe: { exec: { command: [check] } }", "liveness-only", []],
    ["readinessProbe: { tcpSocket: { port: 80 } }", "readiness-only", ["tcp"]],
  ])("%s", (probe, probes, protocols) => {
    const text = deployment(`containers:\n  - name: a\n    ${probe}`);
    expect(valuesFor(text, "probes").map(([value]) => value)).toEqual([probes]);
    expect(valuesFor(text, "protocol").map(([value]) => value)).toEqual(protocols);
  });

  it.each([
    ["a secret volume", "volumes:\n  - name: s\n    secret: { secretName: s }", "orchestrator-secret"],
    ["a projected secret", "volumes:\n  - name: p\n    projected: { sources: [{ secret: { name: s } }] }", "orchestrator-secret"],
    ["a secrets-store CSI volume", "volumes:\n  - name: c\n    csi: { driver: secrets-store.csi.k8s.io }", "orchestrator-secret"],
    ["a ConfigMap volume", "volumes:\n  - name: c\n    configMap: { name: c }", "injected-config"],
    ["a claim", "volumes:\n  - name: d\n    persistentVolumeClaim: { claimName: d }", "storage"],
    ["os.name", "os: { name: windows }", "windows"],
    [
      "node affinity",
      "affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - { key: kubernetes.io/os, operator: In, values: [windows] }",
      "windows",
    ],
    [
      "preferred zone anti-affinity",
      "affinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 100\n        podAffinityTerm: { topologyKey: topology.kubernetes.io/zone }",
      "zone-spread",
    ],
    ["the NVIDIA runtime class", "runtimeClassName: nvidia", "gpu"],
  ])("reads %s", (_what, spec, id) => {
    expect(valuesFor(deployment(spec), id as FactId).map(([, subject]) => subject)).toEqual(["Deployment/d"]);
  });

  it("reads no zone spread from a hostname spread", () => {
    const text = deployment("topologySpreadConstraints:\n  - { maxSkew: 1, topologyKey: kubernetes.io/hostname }");
    expect(valuesFor(text, "zone-spread")).toEqual([]);
  });

  it.each([
    ["appArmorProfile: { type: Unconfined }", "runtime/default", []],
    ["{}", "unconfined", []],
    ["{}", "localhost/k8s-deny-write", ["apparmor"]],
    ["appArmorProfile: { type: Localhost, localhostProfile: deny-write }", "unconfined", ["apparmor"]],
  ])("securityContext %s with annotation %s", (context, annotation, expected) => {
    const text = [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: p",
      "  annotations:",
      `    container.apparmor.security.beta.kubernetes.io/a: ${annotation}`,
      "spec:",
      "  containers:",
      "    - name: a",
      `      securityContext: ${context.startsWith("{") ? context : `{ ${context} }`}`,
      "",
    ].join("\n");
    expect(valuesFor(text, "mandatory-access-control").map(([value]) => value)).toEqual(expected);
  });

  it.each([
    ["policyTypes: [Ingress]\ningress: [{}]", ["open"], []],
    ["ingress:\n  - ports: [{ port: 80 }]", ["restricted"], []],
    ["ingress:\n  - from: [{ ipBlock: { cidr: 0.0.0.0/0 } }]", ["open"], []],
    ["ingress:\n  - from: [{ ipBlock: { cidr: 0.0.0.0/0, except: [10.0.0.0/8] } }]", ["restricted"], []],
    ["egress:\n  - to: [{ namespaceSelector: {} }]", ["default-deny"], ["restricted"]],
    ["policyTypes: [Egress]", [], ["restricted"]],
    ["policyTypes: [Ingress, Egress]\negress: [{}]", ["default-deny"], ["open"]],
  ])("NetworkPolicy %j", (spec, ingress, egress) => {
    const indented = spec
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n");
    const text = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: n\nspec:\n  podSelector: {}\n${indented}\n`;
    expect(valuesFor(text, "network-policy").map(([value]) => value)).toEqual(ingress);
    expect(valuesFor(text, "egress-policy").map(([value]) => value)).toEqual(egress);
  });

  it("reads a policy for labelled pods with no ingress rules as restricted, not a namespace default deny", () => {
    const text =
      "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: n\nspec:\n  podSelector: { matchLabels: { app: db } }\n";
    expect(valuesFor(text, "network-policy").map(([value]) => value)).toEqual(["restricted"]);
  });

  it.each(["restricted", "baseline", "privileged"])("reads a namespace that enforces %s", (level) => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n  labels:\n    pod-security.kubernetes.io/enforce: ${level}\n`;
    expect(valuesFor(text, "pod-security")).toEqual([[level, "Namespace/n", 6]]);
  });

  it("reads nothing from a namespace that only warns, or names an unknown level", () => {
    const text =
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n  labels:\n    pod-security.kubernetes.io/warn: restricted\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: m\n  labels:\n    pod-security.kubernetes.io/enforce: strict\n";
    expect(valuesFor(text, "pod-security")).toEqual([]);
  });

  it("reads a plain init container's literal secret but not its probes or resources", () => {
    const text = deployment(
      "initContainers:\n  - name: seed\n    image: seed:1\n    env:\n      - { name: ADMIN_PASSWORD, value: changeme }\ncontainers: []",
    );
    expect(kube(text).facts.map((fact) => [fact.id, fact.subject])).toEqual([
      ["platform", "k8s.yaml"],
      ["workload", "Deployment/d"],
      ["replicas", "Deployment/d"],
      ["deploy-image-ref", "Deployment/d seed"],
      ["plain-secret", "Deployment/d seed"],
    ]);
  });

  it.each([
    "apiVersion: v1\nkind: Pod\nmetadata: x\nspec: [1, 2]\n",
    "apiVersion: v1\nkind: 5\n",
    "apiVersion: v1\nkind: List\nitems: nope\n",
    "apiVersion: v1\nkind: List\nitems: [1, null, { kind: Pod }]\n",
    deployment("containers: a string"),
    deployment(
      "containers:\n  - just a string\n  - name: [x]\n    image: 5\n    env: { a: b }\n    ports: 80\n    resources: { limits: [1] }",
    ),
    deployment("volumes: {}\nnodeSelector: [windows]\nsecurityContext: 5\nterminationGracePeriodSeconds: '60'"),
    "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { replicas: '3' }\n",
    "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec: { policyTypes: Ingress, ingress: {} }\n",
  ])("skips wrong types without throwing: %j", (text) => {
    expect(() => kube(text)).not.toThrow();
  });

  it("notes documents with no kind, and reads nothing from a Compose file", () => {
    expect(kube("services:\n  web:\n    image: nginx\n")).toEqual({
      facts: [],
      notes: ["One document has no apiVersion and kind and was skipped."],
    });
  });
});
