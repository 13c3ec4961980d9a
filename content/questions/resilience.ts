/** Resources, availability and scaling: topics the 2015 talk did not reach, asked only as far as they concern the workload. */
import { when, type Question } from "@/lib/engine/content-schema";

const notServerless = when.not(when.equals("orchestration.platform", "serverless"));

export const questions: Question[] = [
  {
    id: "resilience.workload-traits",
    area: "resilience",
    kind: "multi",
    prompt: "What is special about this workload? Choose all that apply.",
    help: "Most of what orchestrators do assumes a Linux service that can run as many copies as you like on any node. Each of these breaks that assumption in its own way and opens one short follow-up; if you are unsure whether instances coordinate with each other, choose the first option, whose follow-up offers 'Not sure'.",
    required: true,
    options: [
      {
        id: "clustered",
        label: "Instances find each other, elect a leader or must start in order",
        hint: "In-app clustering (Hazelcast, Infinispan, Akka or Pekko, Quartz clustering), a scheduler that must run once, a primary and replicas.",
      },
      { id: "windows", label: "Windows containers" },
      { id: "arm64", label: "arm64 nodes, a mixed amd64 and arm64 fleet, or edge sites" },
      { id: "gpu", label: "GPUs or other accelerators" },
      { id: "large-image", label: "A very large image (gigabytes) or a start-up measured in minutes" },
      { id: "kernel", label: "Kernel modules, host devices or special node settings (sysctls, huge pages)" },
      { id: "vendor", label: "Third-party software with its own support terms or per-core, per-host licences" },
      { id: "none", label: "None of these" },
    ],
  },
  {
    id: "resilience.resources",
    area: "resilience",
    kind: "single",
    prompt: "How are the containers' CPU and memory requests and limits set?",
    help: "The scheduler places containers by their requests and the kernel kills one that passes its memory limit, so guessed numbers mean either idle capacity you pay for or OOM kills under load. Language runtimes size their heaps from what they detect: a JVM takes a quarter of the limit by default, and a heap set by hand above the limit is killed the first time it fills.",
    required: true,
    options: [
      {
        id: "measured",
        label: "From measured usage, with memory limits set and the runtime's heap sized to the limit",
        hint: "VPA in recommendation mode or Goldilocks; -XX:MaxRAMPercentage for the JVM, --max-old-space-size for Node.js, GCHeapHardLimitPercent for .NET.",
      },
      { id: "measured-default-heap", label: "From measured usage, but heap sizes are left at defaults or set without regard to the limit" },
      { id: "guessed", label: "Guessed once, or copied from another service" },
      { id: "none", label: "Not set" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "resilience.autoscaling",
    area: "resilience",
    kind: "single",
    prompt: "How will capacity follow demand?",
    help: "Pods scale with a HorizontalPodAutoscaler or KEDA, but only if nodes scale too: without a node autoscaler the new pods wait in Pending exactly when load peaks. Scaling on CPU also only works when requests are realistic, because utilisation is measured against them.",
    required: true,
    when: when.any(
      when.includes("scope.goals", "elastic-scale"),
      when.includes("scope.goals", "not-sure"),
      when.in("orchestration.scale", ["large", "not-sure"]),
    ),
    options: [
      {
        id: "pods-and-nodes",
        label: "Pods scale (HPA or KEDA) and nodes follow (Cluster Autoscaler, Karpenter, or provider-managed nodes)",
      },
      { id: "platform", label: "A serverless platform scales for us, with minimum and maximum instances set" },
      { id: "pods-only", label: "Pods scale, but the number of nodes is fixed" },
      { id: "manual", label: "People change replica counts by hand" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "resilience.availability",
    area: "resilience",
    kind: "multi",
    prompt: "What keeps the service running while a node is drained or a zone fails? Choose all that apply.",
    help: "Nodes are drained on every upgrade and replaced all the time, and cloud zones do fail. One replica, or every replica in one zone, turns routine maintenance into downtime; PodDisruptionBudgets and topology spread constraints are how you say what must keep running.",
    required: true,
    when: notServerless,
    options: [
      { id: "replicas", label: "At least two replicas at all times" },
      { id: "zones", label: "Replicas spread across zones (topology spread constraints, multi-zone node pools)" },
      { id: "pdb", label: "PodDisruptionBudgets, so drains and upgrades leave enough replicas running" },
      { id: "none", label: "None of these yet" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "resilience.recovery",
    area: "resilience",
    kind: "single",
    prompt: "If the whole cluster, or the provider's region, were lost, how would you get the service back?",
    help: "Managed platforms fail too, and a cluster is lost to a botched upgrade or a deleted account more often than to a disaster. What counts is whether you can rebuild it from code and Git and restore its data within the recovery time and data-loss objectives (RTO and RPO) the business agreed to.",
    required: true,
    options: [
      {
        id: "practised",
        label: "Rebuilt from code and Git with data restored (Velero, provider backups), practised against an agreed RTO and RPO",
      },
      { id: "standby", label: "A second cluster or region already runs the service and takes over" },
      { id: "untimed", label: "Everything is in Git and backed up, but a rebuild has never been tried or timed" },
      { id: "provider", label: "We rely on the provider and have no plan of our own" },
      { id: "none", label: "It would be rebuilt by hand" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "resilience.replicas",
    area: "resilience",
    kind: "single",
    prompt: "Can two copies of the application run at the same time?",
    help: "Orchestrators start a second copy during every rolling update and whenever a node stops answering, even for a Deployment of one. Applications that find peers by multicast or a fixed list of addresses, or that assume they are alone, split into two clusters or do the same work twice when that happens.",
    required: true,
    when: when.includes("resilience.workload-traits", "clustered"),
    options: [
      {
        id: "coordinated",
        label: "Yes: they elect a leader (a Kubernetes Lease, a database lock) and find peers through DNS or the Kubernetes API",
      },
      { id: "ordered", label: "Yes, but they must start in a fixed order or keep a stable identity" },
      { id: "static-peers", label: "Only with clustering configured by multicast or a static list of peer addresses" },
      { id: "singleton", label: "No: only one copy may ever run" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
