/**
 * How outside traffic reaches Kubernetes workloads: Services of type LoadBalancer or
 * NodePort, Ingresses, and Gateway API routes (HTTPRoute, GRPCRoute); and UDP service ports.
 */
import type { FactSink } from "./fact-sink";
import type { KubeObject } from "./kube-object";
import { listAt, mapAt, stringAt, stringsOf, valueAt } from "./values";

export function readService(sink: FactSink, object: KubeObject): void {
  const { place, subject } = object;
  const spec = mapAt(object.value, "spec");
  const type = stringAt(spec, "type")?.trim();
  if (type === "LoadBalancer") {
    sink.add(
      "ingress-route",
      "load-balancer",
      subject,
      place.at(["spec", "type"]),
      `${subject} asks the cloud for a load balancer in front of its pods.`,
    );
  } else if (type === "NodePort") {
    sink.add("ingress-route", "node-port", subject, place.at(["spec", "type"]), `${subject} opens a port on every node for its pods.`);
  }
  listAt(spec, "ports").forEach((port, i) => {
    if (stringAt(port, "protocol")?.trim().toUpperCase() === "UDP") {
      sink.add("protocol", "udp", subject, place.at(["spec", "ports", i, "protocol"]), `${subject} serves UDP.`);
    }
  });
}

export function readIngress(sink: FactSink, object: KubeObject): void {
  const hosts = listAt(mapAt(object.value, "spec"), "rules").flatMap((rule) => {
    const host = stringAt(rule, "host");
    return host === undefined ? [] : [host];
  });
  const through = hosts.length > 0 ? ` for ${hosts.join(", ")}` : "";
  sink.add(
    "ingress-route",
    "ingress",
    object.subject,
    object.place.at(["kind"]),
    `${object.subject} routes outside HTTP traffic${through} through an ingress controller.`,
  );
}

/** HTTPRoute and GRPCRoute (gateway.networking.k8s.io/v1): routes attached to a Gateway. */
export function readRoute(sink: FactSink, object: KubeObject): void {
  const spec = mapAt(object.value, "spec");
  const gateways = listAt(spec, "parentRefs").flatMap((ref) => {
    const name = stringAt(ref, "name");
    return name === undefined ? [] : [name];
  });
  const hosts = stringsOf(valueAt(spec, "hostnames"));
  const via = gateways.length > 0 ? ` through the Gateway ${gateways.join(", ")}` : " through a Gateway";
  const forHosts = hosts.length > 0 ? ` for ${hosts.join(", ")}` : "";
  const what = object.kind === "GRPCRoute" ? "gRPC" : "HTTP";
  sink.add(
    "ingress-route",
    "http-route",
    object.subject,
    object.place.at(["kind"]),
    `${object.subject} routes ${what} traffic${forHosts}${via}.`,
  );
  if (object.kind === "GRPCRoute")
    sink.add("protocol", "grpc", object.subject, object.place.at(["kind"]), `${object.subject} carries gRPC.`);
}
