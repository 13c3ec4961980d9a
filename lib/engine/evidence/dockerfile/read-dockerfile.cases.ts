/**
 * What an expert reads from each Dockerfile fixture (one per pattern in PATTERNS.md and per
 * edge case): the table read-dockerfile.fixtures.test.ts holds the reader to. Test data only.
 */
export interface Expectation {
  subject: string;
  facts: string[];
  /** Facts an expert must not read here: `id` (any value) or `id=value`. */
  absent: string[];
  notes?: RegExp[];
}

export const EXPECTED: Record<string, Expectation> = {
  "postgres-gosu.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "user-step-down=present@9",
      "image-user=undetermined@9",
      "pid1=undetermined@20",
      "start-form=exec@20",
      "storage=image-volume@17",
      "stop-signal=other@22",
    ],
    absent: ["image-user=root", "image-user=non-root", "pid1=app", "log-files", "processes"],
    notes: [/docker-entrypoint\.sh: what PID 1 becomes depends on that script, which was not given/],
  },
  "nginx-log-links.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "log-link=stdout@5",
      "stop-signal=other@16",
      "pid1=app@18",
      "start-form=exec@18",
    ],
    absent: ["log-files", "stop-signal=sigterm", "user-step-down", "storage"],
  },
  "numeric-user-labels.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=registry@2",
      "oci-source=present@5",
      "image-user=non-root@21",
      "pid1=undetermined@22",
      "start-form=exec@22",
    ],
    absent: ["oci-revision", "image-user=root", "plain-secret"],
  },
  "supervisord.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "pid1=init@16",
      "start-form=exec@16",
      "processes=several@16",
      "process-manager=supervisor@16",
    ],
    absent: ["process-manager=script", "image-user=non-root"],
  },
  "tini-exec.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=official@2", "image-user=non-root@12", "pid1=init@14", "start-form=exec@14"],
    absent: ["pid1=app", "processes"],
  },
  "multistage-distroless.Dockerfile": {
    subject: "stage 2",
    facts: ["base-image-ref=latest@9", "base-image-source=registry@9", "image-user=root@9", "pid1=app@14", "start-form=exec@14"],
    absent: ["base-image-ref=digest", "image-user=non-root", "base-image-source=official"],
    notes: [/stage builder is pinned by digest, but only the final stage's base image ships/],
  },
  "shell-form-java.Dockerfile": {
    subject: "stage 2",
    facts: ["base-image-ref=tag@9", "base-image-source=official@9", "image-user=root@9", "pid1=shell@12", "start-form=shell@12"],
    absent: ["pid1=app", "start-form=exec"],
  },
  "windows-iis.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@4",
      "base-image-source=registry@4",
      "windows=yes@4",
      "image-user=root@4",
      "pid1=app@16",
      "start-form=exec@16",
      "log-files=yes@16",
    ],
    absent: ["processes", "image-user=undetermined", "pid1=undetermined"],
  },
  "user-earlier-stage.Dockerfile": {
    subject: "stage 2",
    facts: ["base-image-ref=tag@11", "base-image-source=official@11", "image-user=root@11", "pid1=app@16", "start-form=exec@16"],
    absent: ["image-user=non-root"],
    notes: [/line 5: USER node is set in stage build, but the final stage starts FROM another image/],
  },
  "sh-c-exec.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=official@2", "image-user=non-root@8", "pid1=app@11", "start-form=exec@11"],
    absent: ["pid1=shell", "processes"],
  },
  "entrypoint-script.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=official@2", "image-user=non-root@15", "pid1=app@18", "start-form=exec@18"],
    absent: ["pid1=undetermined", "user-step-down", "processes"],
  },
  "crlf.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "oci-source=present@5",
      "oci-revision=present@5",
      "image-user=non-root@8",
      "health-check=present@9",
      "pid1=app@11",
      "start-form=exec@11",
    ],
    absent: ["image-user=root"],
  },
  "heredoc.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=non-root@11",
      "stop-signal=sigterm@12",
      "pid1=app@13",
      "start-form=exec@13",
    ],
    absent: ["stop-signal=other", "image-user=root"],
  },
  "env-secrets.Dockerfile": {
    subject: "stage 2",
    facts: [
      "plain-secret=image@2",
      "base-image-ref=tag@9",
      "base-image-source=official@9",
      "orchestrator-secret=present@13",
      "plain-secret=image@18",
      "plain-secret=image@19",
      "image-user=non-root@20",
      "pid1=app@21",
      "start-form=exec@21",
    ],
    absent: ["plain-secret=configuration"],
    notes: [/line 7: RUN --mount=type=secret uses a build secret/],
  },
  "background-processes.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "pid1=shell@9",
      "start-form=shell@9",
      "processes=several@9",
      "process-manager=script@9",
    ],
    absent: ["process-manager=supervisor"],
  },
  "cuda.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=registry@2", "gpu=yes@2", "image-user=root@2", "pid1=app@11", "start-form=exec@11"],
    absent: ["windows"],
  },
  "healthcheck.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "storage=image-volume@5",
      "storage=image-volume@6",
      "log-files=yes@6",
      "protocol=udp@7",
      "health-check=present@8",
      "pid1=app@9",
      "start-form=exec@9",
    ],
    absent: ["health-check=disabled", "protocol=tcp", "protocol=http", "log-link"],
  },
};
