/**
 * What an expert reads from each compose files fixture, fact by fact with its line, and what
 * must not be read: the table read-compose.test.ts holds the reader to. Test data only.
 */
import type { ReaderCase } from "./fixture-check";

export const CASES: ReaderCase[] = [
  {
    file: "compose/voting-app.compose.yaml",
    facts: [
      ["platform", "compose", "voting-app.compose.yaml", 2],
      ["health-check", "present", "vote", 9],
      ["storage", "bind-mount", "vote", 15],
      ["ingress-route", "published-port", "vote", 16],
      ["resources", "none", "vote", 3],
      // The override replaces the image's tini ENTRYPOINT: nodemon is PID 1 with no init.
      ["runtime-pid1", "app", "result", 25],
      ["entrypoint-override", "without-init", "result", 25],
      ["storage", "bind-mount", "result", 30],
      ["ingress-route", "published-port", "result", 31],
      ["resources", "none", "result", 22],
      ["resources", "none", "worker", 38],
      ["health-check", "present", "redis", 53],
      ["storage", "bind-mount", "redis", 52],
      ["deploy-image-ref", "tag", "redis", 50],
      ["resources", "none", "redis", 49],
      ["health-check", "present", "db", 67],
      ["storage", "named-volume", "db", 65],
      ["storage", "bind-mount", "db", 66],
      ["plain-secret", "configuration", "db", 63],
      ["injected-config", "yes", "db", 61],
      ["deploy-image-ref", "tag", "db", 60],
      ["resources", "none", "db", 59],
    ],
    absent: [
      // `command: python app.py` replaces CMD only; the image's ENTRYPOINT still decides PID 1.
      ["runtime-pid1", "vote"],
      ["entrypoint-override", "vote"],
      // Built, not pulled: no image reference to judge.
      ["deploy-image-ref", "vote"],
      ["deploy-image-ref", "worker"],
      ["health-check", "worker"],
      ["plain-secret", "vote"],
      ["orchestrator-secret", "db"],
      ["replicas", "db"],
    ],
    notes: [
      "Service vote starts only once redis reports healthy.",
      "Service result starts only once db reports healthy.",
      "Service worker starts only once redis reports healthy.",
      "Service worker starts only once db reports healthy.",
    ],
  },
  {
    file: "compose/secrets-from-file.compose.yaml",
    facts: [
      ["platform", "compose", "secrets-from-file.compose.yaml", 2],
      ["orchestrator-secret", "present", "backend", 7],
      ["injected-config", "yes", "backend", 9],
      ["service-discovery", "by-name", "backend", 10],
      ["resources", "none", "backend", 3],
      ["health-check", "present", "db", 20],
      ["storage", "named-volume", "db", 28],
      ["orchestrator-secret", "present", "db", 25],
      ["injected-config", "yes", "db", 29],
      ["deploy-image-ref", "tag", "db", 17],
      ["resources", "none", "db", 16],
      ["storage", "bind-mount", "proxy", 36],
      ["deploy-image-ref", "latest", "proxy", 34],
      ["ingress-route", "published-port", "proxy", 40],
      ["resources", "none", "proxy", 33],
    ],
    absent: [
      // *_PASSWORD_FILE names a file, not a password.
      ["plain-secret", "backend"],
      ["plain-secret", "db"],
      // `read_only: true` on a bind mount makes the mount read-only, not the root filesystem.
      ["read-only-root", "proxy"],
      // A command that is not `sh -c` says nothing about PID 1.
      ["runtime-pid1", "db"],
    ],
    notes: ["Service backend starts only once db reports healthy."],
  },
  {
    file: "compose/init-true.compose.yaml",
    facts: [
      ["platform", "compose", "init-true.compose.yaml", 2],
      ["runtime-user", "non-root", "api", 7],
      ["runtime-pid1", "init", "api", 5],
      ["grace-period", "longer", "api", 8],
      ["injected-config", "yes", "api", 9],
      ["deploy-image-ref", "tag", "api", 4],
      ["ingress-route", "published-port", "api", 12],
      ["resources", "none", "api", 3],
      ["runtime-pid1", "init", "jobs", 17],
      ["deploy-image-ref", "tag", "jobs", 16],
      ["replicas", "several", "jobs", 20],
      ["resources", "limits-only", "jobs", 21],
    ],
    absent: [
      // With init: true Docker's init is PID 1 and the entrypoint runs under it.
      ["entrypoint-override", "jobs"],
      ["plain-secret", "api"],
    ],
  },
  {
    file: "compose/hardened.compose.yaml",
    facts: [
      ["platform", "compose", "hardened.compose.yaml", 2],
      ["runtime-user", "non-root", "web", 6],
      ["stop-signal", "other", "web", 13],
      ["grace-period", "shorter", "web", 14],
      ["read-only-root", "yes", "web", 5],
      ["dropped-capabilities", "all", "web", 7],
      ["added-capabilities", "yes", "web", 8],
      ["mandatory-access-control", "apparmor", "web", 11],
      ["seccomp", "localhost", "web", 12],
      ["storage", "memory", "web", 15],
      ["deploy-image-ref", "digest", "web", 4],
      ["replicas", "several", "web", 18],
      ["resources", "requests-and-limits", "web", 19],
      ["runtime-user", "root", "debug", 32],
      ["runtime-pid1", "shell", "debug", 35],
      ["entrypoint-override", "without-init", "debug", 35],
      ["privileged", "yes", "debug", 29],
      ["dropped-capabilities", "some", "debug", 36],
      ["seccomp", "unconfined", "debug", 34],
      ["host-network", "yes", "debug", 30],
      ["deploy-image-ref", "latest", "debug", 28],
      ["resources", "none", "debug", 27],
      // ${WANDB_API_KEY:-local-dev-key} falls back to a literal key; ${HF_TOKEN} is only a reference.
      ["plain-secret", "configuration", "trainer", 44],
      ["injected-config", "yes", "trainer", 42],
      ["deploy-image-ref", "latest", "trainer", 39],
      // A GPU reservation is not a CPU or memory request; mem_reservation is.
      ["resources", "requests-only", "trainer", 41],
      ["gpu", "yes", "trainer", 49],
      // `entrypoint: []` clears the image's entrypoint, so the command is PID 1.
      ["runtime-pid1", "app", "migrate", 56],
      ["entrypoint-override", "without-init", "migrate", 55],
      ["injected-config", "yes", "migrate", 57],
      ["deploy-image-ref", "tag", "migrate", 54],
      ["resources", "none", "migrate", 53],
      ["windows", "yes", "legacy", 61],
      ["storage", "bind-mount", "legacy", 65],
      ["deploy-image-ref", "tag", "legacy", 60],
      ["resources", "limits-only", "legacy", 63],
    ],
    absent: [
      // `sh -c "exec python train.py"` execs the app, so no shell stays PID 1.
      ["runtime-pid1", "trainer"],
      ["privileged", "web"],
      ["seccomp", "trainer"],
    ],
    notes: ["Service debug shares the host's process namespace (pid: host)."],
  },
];
