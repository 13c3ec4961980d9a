import { when, type Risk } from "@/lib/engine/content-schema";

const mayWriteFiles = when.any(when.includes("logging.destination", "files"), when.includes("logging.destination", "not-sure"));
const regimes = ["pci-dss", "hipaa", "dora-nis2", "fedramp", "soc2-iso", "not-sure"];
const regime = when.any(...regimes.map((name) => when.includes("security.compliance", name)));

export const risks: Risk[] = [
  {
    id: "logging.lost-logs",
    area: "logging",
    title: "Logs die with the container",
    description:
      "The application writes log files inside the container and nothing takes them out, so they are deleted when the container is replaced: exactly after the crash you needed them for. Disk use also grows inside the container until it is evicted.",
    affects: "On-call staff diagnosing incidents, and auditors",
    rules: [
      {
        when: when.all(mayWriteFiles, when.in("logging.file-handling", ["nothing", "not-sure"])),
        likelihood: 5,
        impact: 4,
        reason: "Files in the writable layer vanish with the container; the runtime only captures stdout and stderr.",
      },
      {
        when: when.all(mayWriteFiles, when.equals("logging.file-handling", "agent-inside")),
        likelihood: 3,
        impact: 4,
        reason:
          "An agent inside the application container is a second process nobody watches: when it dies, logs stop leaving and nothing says so.",
      },
      {
        when: when.any(when.includes("logging.destination", "syslog"), when.includes("logging.destination", "not-sure")),
        likelihood: 3,
        impact: 4,
        reason:
          "Syslog to /dev/log (possible too while the destination is unknown) finds no daemon inside a container, and the lines vanish without an error.",
      },
      {
        when: when.all(mayWriteFiles, when.equals("logging.file-handling", "volume")),
        likelihood: 3,
        impact: 3,
        reason:
          "On a volume the files survive, but on a host path they are tied to one host and nobody rotates or searches them (the talk's storage concerns).",
      },
    ],
  },
  {
    id: "logging.node-only-logs",
    area: "logging",
    title: "Logs stay scattered on nodes and are rotated away",
    description:
      "Logs are kept only where each container ran. The kubelet keeps about 50 MiB per container by default and only the current and previous instance, so crash loops and node replacements erase the evidence, and nobody can search across replicas.",
    affects: "On-call staff, security investigators and auditors",
    rules: [
      {
        when: when.all(when.equals("logging.aggregation", "not-sure"), regime),
        likelihood: 5,
        impact: 4,
        reason:
          "Without a known central store logs are on nodes by default, and regimes require retained, searchable logs (PCI DSS: a year).",
      },
      {
        when: when.all(when.equals("logging.aggregation", "node-only"), regime),
        likelihood: 4,
        impact: 4,
        reason: "Regimes require retained, searchable logs (PCI DSS: a year); node-local logs cannot provide them.",
      },
      {
        when: when.equals("logging.aggregation", "not-sure"),
        likelihood: 5,
        impact: 3,
        reason: "Without a known central store, logs are on nodes by default.",
      },
      {
        when: when.equals("logging.aggregation", "node-only"),
        likelihood: 4,
        impact: 3,
        reason: "kubectl logs shows one instance at a time and rotation discards the rest within hours.",
      },
    ],
  },
  {
    id: "logging.unparseable",
    area: "logging",
    title: "Logs cannot be searched or correlated",
    description:
      "The collector splits multi-line entries into fragments and free text defeats queries, so a stack trace becomes forty unrelated events. Correlating one request across services is guesswork.",
    affects: "Developers and on-call staff during incidents",
    rules: [
      {
        when: when.in("logging.format", ["multiline", "not-sure"]),
        likelihood: 4,
        impact: 2,
        reason: "Line-based collection splits stack traces unless multi-line parsing is configured per format.",
      },
      {
        when: when.equals("logging.format", "plain"),
        likelihood: 3,
        impact: 2,
        reason: "Plain text can be searched, but not filtered by field or joined by trace id.",
      },
    ],
  },
];
