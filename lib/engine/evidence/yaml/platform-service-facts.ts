/**
 * Objects that show which platform services a workload relies on: Prometheus Operator
 * monitors, secret managers (External Secrets Operator, the Secrets Store CSI Driver), GitOps
 * controllers (Argo CD, Flux) and ServiceAccounts bound to a cloud identity. Custom
 * resources are recognised by kind and API group, so a same-named kind of another project
 * states nothing.
 */
import type { FactSink } from "./fact-sink";
import type { KubeObject } from "./kube-object";
import { mapAt, stringAt } from "./values";

const group = (object: KubeObject): string => (stringAt(object.value, "apiVersion") ?? "").split("/")[0] ?? "";

export function readMonitor(sink: FactSink, object: KubeObject): void {
  if (group(object) !== "monitoring.coreos.com") return;
  const note = `${object.subject} has Prometheus scrape the workload's metrics endpoint.`;
  sink.add("metrics-endpoint", "service-monitor", object.subject, object.place.at(["kind"]), note);
}

export function readExternalSecret(sink: FactSink, object: KubeObject): void {
  if (group(object) !== "external-secrets.io") return;
  const note = `${object.subject} fetches the secret from a secret manager through the External Secrets Operator.`;
  sink.add("secret-manager", "external-secrets", object.subject, object.place.at(["kind"]), note);
}

export function readSecretProviderClass(sink: FactSink, object: KubeObject): void {
  if (group(object) !== "secrets-store.csi.x-k8s.io") return;
  const note = `${object.subject} mounts secrets from a secret manager through the Secrets Store CSI Driver.`;
  sink.add("secret-manager", "secrets-store-csi", object.subject, object.place.at(["kind"]), note);
}

export function readGitOps(sink: FactSink, object: KubeObject): void {
  const apiGroup = group(object);
  if (apiGroup === "argoproj.io" && (object.kind === "Application" || object.kind === "ApplicationSet")) {
    sink.add("gitops", "argo-cd", object.subject, object.place.at(["kind"]), `${object.subject} has Argo CD apply what is in Git.`);
  } else if (apiGroup === "kustomize.toolkit.fluxcd.io" || apiGroup === "helm.toolkit.fluxcd.io") {
    sink.add("gitops", "flux", object.subject, object.place.at(["kind"]), `${object.subject} has Flux apply what is in Git.`);
  }
}

/** The annotations that bind a ServiceAccount to a cloud identity, by provider. */
const IDENTITY_ANNOTATIONS = ["eks.amazonaws.com/role-arn", "iam.gke.io/gcp-service-account", "azure.workload.identity/client-id"];

export function readServiceAccount(sink: FactSink, object: KubeObject): void {
  const annotations = mapAt(mapAt(object.value, "metadata"), "annotations");
  const key = IDENTITY_ANNOTATIONS.find((name) => stringAt(annotations, name)?.trim());
  if (key === undefined) return;
  const note = `${object.subject} is bound to a cloud identity (${key}): the pods get short-lived credentials, not a stored key.`;
  sink.add("workload-identity", "yes", object.subject, object.place.at(["metadata", "annotations", key]), note);
}
