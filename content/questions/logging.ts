/** Logging: the runtime captures only stdout and stderr. */
import { when, type Question } from "@/lib/engine/content-schema";

const mayWriteFiles = when.any(when.includes("logging.destination", "files"), when.includes("logging.destination", "not-sure"));

export const questions: Question[] = [
  {
    id: "logging.destination",
    area: "logging",
    kind: "multi",
    prompt: "Where does the application write its logs today? Choose all that apply.",
    help: "Container runtimes and orchestrators capture only standard output and standard error (docker logs, kubectl logs). Log files written inside the container vanish with it, usually just after the crash you needed them for.",
    required: true,
    options: [
      { id: "stdout", label: "Standard output and standard error" },
      { id: "files", label: "Log files on local disk" },
      { id: "syslog", label: "Syslog, or straight to a log service over the network" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "logging.can-change",
    area: "logging",
    kind: "single",
    prompt: "If it writes log files, can it be made to log to stdout and stderr instead?",
    help: "Re-pointing the application's logging is the clean fix the talk recommended, and often a configuration switch. If it cannot change, the files need a way out of the container.",
    required: true,
    when: mayWriteFiles,
    options: [
      { id: "config", label: "Yes, by configuration" },
      { id: "code", label: "Yes, with a code change we own" },
      { id: "no", label: "No: it is third-party or frozen code" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "logging.file-handling",
    area: "logging",
    kind: "single",
    prompt: "Until it logs to stdout, how will the log files get out of the container?",
    help: "Each way out has a cost: an agent inside the container makes it multi-process, a host path ties it to a host, and doing nothing loses the logs. Symlinking files to /dev/stdout is often the cheapest fix.",
    required: true,
    when: when.all(mayWriteFiles, when.in("logging.can-change", ["code", "no", "not-sure"])),
    options: [
      { id: "symlink", label: "Link the log files to /dev/stdout and /dev/stderr" },
      { id: "sidecar", label: "A small sidecar streams them from a shared volume" },
      { id: "agent-inside", label: "A log-shipping agent inside the application container" },
      { id: "volume", label: "Write them to a volume and read them there when needed" },
      { id: "nothing", label: "Nothing planned: they stay in the container" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "logging.format",
    area: "logging",
    kind: "single",
    prompt: "What do the log lines look like?",
    help: "A node-level collector reads output line by line. Multi-line entries such as stack traces are split into fragments unless the log is structured or a parser is configured for it.",
    required: true,
    options: [
      { id: "json", label: "Structured (JSON), one event per line" },
      { id: "plain", label: "Plain text, one event per line" },
      { id: "multiline", label: "Plain text with multi-line entries such as stack traces" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "logging.aggregation",
    area: "logging",
    kind: "single",
    prompt: "Where do logs end up for people to search?",
    help: "With many short-lived replicas on many hosts, logs on each node are scattered and rotated away within hours. A central store with retention is what makes them evidence.",
    required: true,
    // The central log platform is a shared service; how each application logs is asked beside it.
    level: "programme",
    options: [
      { id: "central", label: "A central log platform with retention set (e.g. Loki, OpenSearch, a cloud logging service)" },
      { id: "node-only", label: "They stay on each host (docker logs, kubectl logs)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
