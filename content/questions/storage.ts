/** Persistent storage: the container filesystem disappears when the container exits. */
import { when } from "@/lib/engine/condition";
import type { Question } from "@/lib/engine/questionnaire";

export const questions: Question[] = [
  {
    id: "storage.stateful",
    area: "storage",
    kind: "single",
    prompt: "Does the application keep state on its own disk or in its own memory that must survive a restart?",
    help: "A container's writable layer is deleted with the container, and an orchestrator replaces containers routinely: on every deployment, node upgrade or eviction. Anything that must survive has to live somewhere else.",
    required: true,
    options: [
      { id: "no", label: "No: all state is in external services (database, object storage, cache)" },
      { id: "yes", label: "Yes" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "storage.state-kind",
    area: "storage",
    kind: "multi",
    prompt: "What state does it keep locally? Choose all that apply.",
    help: "Losing a cache costs a slow minute; losing uploads or a database costs the business. The kind of state decides how much protection it needs.",
    required: true,
    when: when.in("storage.stateful", ["yes", "not-sure"]),
    options: [
      { id: "database", label: "A database, search index or message broker running beside the app" },
      { id: "files", label: "User uploads or generated files" },
      { id: "queue", label: "A local queue, spool or outbox of work not yet done" },
      { id: "sessions", label: "User sessions" },
      { id: "cache", label: "A cache that can be rebuilt" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "storage.state-location",
    area: "storage",
    kind: "single",
    prompt: "Where will that state live once the application runs in containers?",
    help: "Host paths work but tie the container to one host; the talk put it well: they shift the problem, they do not fix it. Today volumes are first-class (CSI drivers for every cloud and storage array), and managed services remove the problem altogether.",
    required: true,
    when: when.in("storage.stateful", ["yes", "not-sure"]),
    options: [
      { id: "managed-service", label: "Moved to a managed service (managed database, object storage, managed cache)" },
      { id: "network-volume", label: "A network volume that follows the container (CSI block or file storage)" },
      { id: "host-path", label: "A directory on the host (bind mount or hostPath)" },
      { id: "container-fs", label: "Inside the container's own filesystem" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "storage.shared-writes",
    area: "storage",
    kind: "single",
    prompt: "Will several instances write to the same files at the same time?",
    help: "Shared read-write file systems (NFS, EFS, Azure Files) do not give the locking that embedded databases and many file formats assume. Scaling from one replica to three is when it starts corrupting data.",
    required: true,
    when: when.in("storage.state-location", ["network-volume", "host-path", "not-sure"]),
    options: [
      { id: "no", label: "No: one writer per volume" },
      { id: "yes", label: "Yes: a shared read-write volume" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "storage.backup",
    area: "storage",
    kind: "single",
    prompt: "How is that state backed up, and when did you last restore it?",
    help: "A backup that has never been restored is a hope. Containers add new ways to lose data (a deleted volume claim, a replaced node), so restores need practice on the new platform too.",
    required: true,
    when: when.in("storage.stateful", ["yes", "not-sure"]),
    options: [
      { id: "tested", label: "Backed up, and a restore was tested in the last quarter" },
      { id: "untested", label: "Backed up, but not restored recently (or ever)" },
      { id: "none", label: "Not backed up" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
];
