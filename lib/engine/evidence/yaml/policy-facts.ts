/**
 * Kubernetes objects that govern workloads rather than run them: NetworkPolicies (what
 * ingress and egress they allow), PodDisruptionBudgets, HorizontalPodAutoscalers, and
 * namespaces labelled with a Pod Security Standards level.
 */
import type { KubeObject } from "./kube-object";
import type { FactSink } from "./fact-sink";
import { hasEntries, isValueMap, listAt, mapAt, scalarText, stringAt, stringsOf, valueAt } from "./values";

/** A rule that admits any peer on any port: `{}`, or a peer of 0.0.0.0/0 with no ports. */
function isOpenRule(rule: unknown, peersKey: "from" | "to"): boolean {
  if (rule === null) return true;
  if (!isValueMap(rule) || hasEntries(valueAt(rule, "ports"))) return false;
  const peers = listAt(rule, peersKey);
  if (peers.length === 0) return true;
  return peers.some((peer) => {
    const block = mapAt(peer, "ipBlock");
    const cidr = stringAt(block, "cidr")?.trim();
    return (cidr === "0.0.0.0/0" || cidr === "::/0") && !hasEntries(valueAt(block, "except"));
  });
}

function selectsAllPods(spec: unknown): boolean {
  const selector = valueAt(spec, "podSelector");
  if (selector === undefined || selector === null) return true;
  return isValueMap(selector) && !hasEntries(valueAt(selector, "matchLabels")) && !hasEntries(valueAt(selector, "matchExpressions"));
}

export function readNetworkPolicy(sink: FactSink, object: KubeObject): void {
  const { place, subject } = object;
  const spec = mapAt(object.value, "spec") ?? {};
  const types = stringsOf(valueAt(spec, "policyTypes"));
  // Without policyTypes a policy covers Ingress always and Egress when it lists egress rules.
  const coversIngress = types.length > 0 ? types.includes("Ingress") : true;
  const coversEgress = types.length > 0 ? types.includes("Egress") : valueAt(spec, "egress") !== undefined;
  const whom = selectsAllPods(spec) ? "every pod in its namespace" : "the pods it selects";

  if (coversIngress) {
    const rules = listAt(spec, "ingress");
    const open = rules.findIndex((rule) => isOpenRule(rule, "from"));
    if (open >= 0) {
      sink.add(
        "network-policy",
        "open",
        subject,
        place.at(["spec", "ingress", open]),
        `${subject} admits traffic to ${whom} from anywhere.`,
      );
    } else if (rules.length === 0 && selectsAllPods(spec)) {
      const at = place.at(valueAt(spec, "policyTypes") !== undefined ? ["spec", "policyTypes"] : ["spec"]);
      sink.add("network-policy", "default-deny", subject, at, `${subject} denies all ingress to ${whom} unless another policy allows it.`);
    } else {
      const at = place.at(rules.length > 0 ? ["spec", "ingress"] : ["spec", "podSelector"]);
      const note =
        rules.length > 0
          ? `${subject} admits traffic to ${whom} only from the peers and ports it lists.`
          : `${subject} denies all ingress to ${whom}.`;
      sink.add("network-policy", "restricted", subject, at, note);
    }
  }
  if (coversEgress) {
    const rules = listAt(spec, "egress");
    const open = rules.findIndex((rule) => isOpenRule(rule, "to"));
    if (open >= 0)
      sink.add("egress-policy", "open", subject, place.at(["spec", "egress", open]), `${subject} lets ${whom} connect anywhere.`);
    else {
      const at = place.at(rules.length > 0 ? ["spec", "egress"] : ["spec", "policyTypes"]);
      sink.add("egress-policy", "restricted", subject, at, `${subject} limits where ${whom} may connect.`);
    }
  }
}

export function readDisruptionBudget(sink: FactSink, object: KubeObject): void {
  const spec = mapAt(object.value, "spec");
  const min = scalarText(valueAt(spec, "minAvailable"));
  const max = scalarText(valueAt(spec, "maxUnavailable"));
  const rule = min !== undefined ? `at least ${min} available` : max !== undefined ? `at most ${max} unavailable` : "a budget";
  const note = `${object.subject} keeps ${rule} during voluntary disruptions such as node drains.`;
  sink.add("disruption-budget", "yes", object.subject, object.place.at(["kind"]), note);
}

export function readAutoscaler(sink: FactSink, object: KubeObject): void {
  const spec = mapAt(object.value, "spec");
  const target = stringAt(mapAt(spec, "scaleTargetRef"), "name");
  const min = scalarText(valueAt(spec, "minReplicas")) ?? "1";
  const max = scalarText(valueAt(spec, "maxReplicas"));
  const range = max === undefined ? "" : ` between ${min} and ${max} replicas`;
  const note = `${object.subject} scales ${target ?? "its target"}${range} with load.`;
  sink.add("autoscaler", "yes", object.subject, object.place.at(["kind"]), note);
}

const POD_SECURITY_LEVELS = ["restricted", "baseline", "privileged"] as const;

export function readNamespace(sink: FactSink, object: KubeObject): void {
  const label = "pod-security.kubernetes.io/enforce";
  const level = stringAt(mapAt(mapAt(object.value, "metadata"), "labels"), label)?.trim();
  const known = POD_SECURITY_LEVELS.find((candidate) => candidate === level);
  if (known === undefined) return;
  const note =
    known === "privileged"
      ? `${object.subject} enforces the privileged Pod Security level: nothing is refused.`
      : `${object.subject} enforces the ${known} Pod Security level: pods that break it are refused.`;
  sink.add("pod-security", known, object.subject, object.place.at(["metadata", "labels", label]), note);
}
