import { describe, expect, it } from "vitest";
import type { FactId } from "../facts";
import { fixtureText, readFixture, rowsOf, sortedRows } from "./fixture-check";
import { CASES } from "./read-kubernetes.cases";
import { parseYamlDocuments } from "./parse-yaml";
import { readKubernetes } from "./read-kubernetes";

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
