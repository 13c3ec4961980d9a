import { describe, expect, it } from "vitest";
import { readFixture, rowsOf, sortedRows, type Row } from "./fixture-check";
import { parseYamlDocuments } from "./parse-yaml";
import { readKubernetes } from "./read-kubernetes";

describe("readKubernetes(service-bundle.yaml): the platform services a workload relies on", () => {
  const result = readFixture("kubernetes/service-bundle.yaml", readKubernetes);
  const rows = sortedRows(rowsOf(result.facts));
  const only = (...ids: string[]): Row[] => rows.filter(([id]) => ids.includes(id));

  it("reads monitors, secret managers, GitOps and workload identity, each at its line", () => {
    expect(only("metrics-endpoint", "secret-manager", "gitops", "workload-identity")).toEqual(
      sortedRows([
        ["workload-identity", "yes", "ServiceAccount/orders-api", 15],
        ["metrics-endpoint", "scrape-annotation", "Deployment/orders-api", 32],
        ["secret-manager", "external-secrets", "ExternalSecret/orders-db", 167],
        ["metrics-endpoint", "service-monitor", "ServiceMonitor/orders-api", 184],
        ["gitops", "argo-cd", "Application/orders-api", 196],
      ]),
    );
  });

  it("reads the rest of the bundle as before: zones, budget, policies, restricted namespace", () => {
    expect(only("zone-spread", "disruption-budget", "network-policy", "pod-security", "seccomp")).toEqual(
      sortedRows([
        ["pod-security", "restricted", "Namespace/orders", 7],
        ["seccomp", "runtime-default", "Deployment/orders-api api", 38],
        ["zone-spread", "yes", "Deployment/orders-api", 40],
        ["disruption-budget", "yes", "PodDisruptionBudget/orders-api", 129],
        ["network-policy", "default-deny", "NetworkPolicy/default-deny", 146],
        ["network-policy", "restricted", "NetworkPolicy/orders-api-from-gateway", 158],
      ]),
    );
    expect(result.notes).toEqual([]);
  });

  function kube(text: string) {
    const parsed = parseYamlDocuments(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return readKubernetes("k8s.yaml", parsed.documents);
  }

  it("states nothing for a same-named kind of another API group, or a ServiceAccount without a cloud identity", () => {
    const result = kube(
      [
        "apiVersion: example.com/v1\nkind: Application\nmetadata:\n  name: not-argo\n",
        "apiVersion: example.com/v1\nkind: ExternalSecret\nmetadata:\n  name: not-eso\n",
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: plain\n  annotations:\n    note: hello\n",
      ].join("---\n"),
    );
    expect(result.facts.map((fact) => fact.id)).toEqual(["platform"]);
    expect(result.notes).toEqual(["No facts are read from Application, ExternalSecret, ServiceAccount."]);
  });

  it("recognises Flux and the GKE and Azure identity annotations", () => {
    const result = kube(
      [
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n",
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: gke\n  annotations:\n    iam.gke.io/gcp-service-account: app@p.iam.gserviceaccount.com\n",
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: aks\n  annotations:\n    azure.workload.identity/client-id: 00000000-0000-0000-0000-000000000000\n",
      ].join("---\n"),
    );
    expect(result.facts.filter((fact) => fact.id !== "platform").map((fact) => `${fact.id}=${fact.value}`)).toEqual([
      "gitops=flux",
      "workload-identity=yes",
      "workload-identity=yes",
    ]);
  });
});
