/**
 * Kubernetes manifests to facts: one `platform` fact for the file, then per object (the
 * subject is `Kind/name`, and `Kind/name container` for a container) what the workloads
 * run and may do, how traffic reaches them, and the policies around them. Kinds it does
 * not know (ConfigMaps, RBAC, custom resources) give no facts, only a count in the notes.
 */
import type { Fact } from "../facts";
import { readKubeDiscovery } from "./discovery-facts";
import { FactSink } from "./fact-sink";
import { objectsOf, type KubeObject } from "./kube-object";
import type { YamlDocument } from "./parse-yaml";
import { readExternalSecret, readGitOps, readMonitor, readSecretProviderClass, readServiceAccount } from "./platform-service-facts";
import { readAutoscaler, readDisruptionBudget, readNamespace, readNetworkPolicy } from "./policy-facts";
import { readIngress, readRoute, readService } from "./traffic-facts";
import { isWorkloadKind, readWorkload } from "./workload-facts";

const READERS: Partial<Record<string, (sink: FactSink, object: KubeObject) => void>> = {
  Service: readService,
  Ingress: readIngress,
  HTTPRoute: readRoute,
  GRPCRoute: readRoute,
  NetworkPolicy: readNetworkPolicy,
  PodDisruptionBudget: readDisruptionBudget,
  HorizontalPodAutoscaler: readAutoscaler,
  Namespace: readNamespace,
  ServiceMonitor: readMonitor,
  PodMonitor: readMonitor,
  ExternalSecret: readExternalSecret,
  SecretProviderClass: readSecretProviderClass,
  Application: readGitOps,
  ApplicationSet: readGitOps,
  Kustomization: readGitOps,
  HelmRelease: readGitOps,
  ServiceAccount: readServiceAccount,
};

const SOMETIMES_READ = new Set([
  "ServiceAccount",
  "ServiceMonitor",
  "PodMonitor",
  "ExternalSecret",
  "SecretProviderClass",
  "Application",
  "ApplicationSet",
  "Kustomization",
  "HelmRelease",
]);

export function readKubernetes(fileName: string, documents: readonly YamlDocument[]): { facts: Fact[]; notes: string[] } {
  const sink = new FactSink();
  const unread = new Map<string, number>();
  const all: KubeObject[] = [];
  let withoutKind = 0;
  for (const doc of documents) {
    const objects = objectsOf(fileName, doc);
    if (objects.length === 0) withoutKind += 1;
    all.push(...objects);
    for (const object of objects) {
      sink.add("platform", "kubernetes", fileName, object.place.at(["kind"]), `${fileName} holds Kubernetes manifests.`);
      const reader = isWorkloadKind(object.kind) ? readWorkload : READERS[object.kind];
      const before = sink.facts.length;
      reader?.(sink, object);
      // Some kinds are read only for one thing (a ServiceAccount's cloud identity, a custom resource of one
      // project's API group); one that showed nothing is as good as unread.
      const silent = reader === undefined || (SOMETIMES_READ.has(object.kind) && sink.facts.length === before);
      if (silent) unread.set(object.kind, (unread.get(object.kind) ?? 0) + 1);
    }
  }
  readKubeDiscovery(sink, all);
  if (unread.size > 0) {
    const kinds = [...unread].map(([kind, count]) => (count > 1 ? `${count} ${kind}` : kind)).join(", ");
    sink.note(`No facts are read from ${kinds}.`);
  }
  if (withoutKind > 0)
    sink.note(
      `${withoutKind === 1 ? "One document has" : `${withoutKind} documents have`} no apiVersion and kind and ${withoutKind === 1 ? "was" : "were"} skipped.`,
    );
  return sink.result();
}
