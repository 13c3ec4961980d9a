/** Coverage of the talk's non-technical challenge slides. */
import type { CoverageEntry } from "./entry";

export const entries: CoverageEntry[] = [
  // Managing project scope
  {
    slide: "Managing project scope",
    talkPoint: "You may end up building (and maintaining) your own tools to make Docker work in your environment",
    ids: ["scope.build-appetite", "scope.tooling-owner", "scope.tooling-burden", "adopt-before-build", "platform-team-paved-road"],
    today:
      "Rarely necessary now: registry, scheduling, secrets, delivery and observability are off the shelf; what remains to build is glue and a paved road.",
  },
  {
    slide: "Managing project scope",
    talkPoint: "Spotify had to build Helios",
    ids: ["scope.build-appetite", "scope.tooling-burden", "adopt-before-build"],
    today: "Spotify later moved to Kubernetes and retired Helios: even a well-run in-house scheduler lost to the ecosystem.",
  },
  {
    slide: "Managing project scope",
    talkPoint: "New Relic had to build Centurion and Shipright",
    ids: ["scope.tooling-burden", "gitops-delivery", "adopt-before-build"],
    today: "Deployment tooling of that kind is covered by Kubernetes rollouts and GitOps controllers such as Argo CD and Flux.",
  },
  {
    slide: "Managing project scope",
    talkPoint: "Shopify had to build ejson",
    ids: ["app-knowledge.config", "security.secrets-exposed", "secrets-from-a-manager"],
    today:
      "Secret delivery is solved: secret managers with External Secrets Operator or the Secrets Store CSI Driver, or SOPS for encrypted files in git.",
  },
  {
    slide: "Managing project scope",
    talkPoint: 'Make sure you don\'t try to "boil the ocean," focus on an achievable goal',
    ids: [
      "scope.breadth",
      "scope.success-criteria",
      "scope.boil-the-ocean",
      "scope.no-success-measure",
      "choose-pilot-service",
      "roll-out-in-waves",
    ],
    today: "Still the best advice: one pilot with measured success criteria, then small waves ordered by readiness.",
  },

  // Staff readiness
  {
    slide: "Staff readiness",
    talkPoint: "Deploying Docker means new skills are going to be needed",
    ids: ["skills.training", "skills-matrix", "training-and-backstop"],
    today: "Certifications (CKA, CKAD, CKS) and managed platforms shorten the path, but teams still need budgeted time and practice.",
  },
  {
    slide: "Staff readiness",
    talkPoint: "Orchestration tools",
    ids: ["skills.orchestration", "skills.gap-plan", "skills.orchestration-gap"],
    today: "Kubernetes is the skill to have; managed and autopilot modes remove the control plane, not the need to debug workloads.",
  },
  {
    slide: "Staff readiness",
    talkPoint: "Consensus mechanisms",
    ids: ["skills.distributed", "orchestration.etcd-backup", "orchestration.etcd-loss", "etcd-backups"],
    today:
      "etcd's Raft consensus is hidden by managed control planes; only self-run clusters must operate it, but distributed-failure thinking is still needed.",
  },
  {
    slide: "Staff readiness",
    talkPoint: "Service registration and discovery",
    ids: ["skills.distributed", "networking.discovery", "discovery-by-name"],
    today: "Built into the platform: Kubernetes Services and cluster DNS, or Consul and Cloud Map outside Kubernetes.",
  },
  {
    slide: "Staff readiness",
    talkPoint: "Application architectures",
    ids: ["skills.app-architecture", "skills.app-design-gap", "externalise-config"],
    today: "Twelve-factor, disposable, observable services are the shape the platforms assume.",
  },

  // Organizational and/or operational changes
  {
    slide: "Organizational and/or operational changes",
    talkPoint: "Who will own Docker images?",
    ids: ["ownership.dockerfile-owner", "ownership.base-images", "ownership.unpatched-images", "set-operating-model", "curate-base-images"],
    today:
      "Usually application teams own their images and a platform team owns curated base images, with automated rebuilds keeping both patched.",
  },
  {
    slide: "Organizational and/or operational changes",
    talkPoint: "Who will own the Dockerfiles?",
    ids: ["ownership.dockerfile-owner", "set-operating-model"],
    today: "The team that owns the code, made explicit with CODEOWNERS and reviewed against a shared template.",
  },
  {
    slide: "Organizational and/or operational changes",
    talkPoint: "How do you provide traceability from running container all the way back to Git commits in the source code?",
    ids: [
      "ownership.build",
      "ownership.traceability",
      "ownership.tagging",
      "ownership.no-traceability",
      "build-images-in-ci",
      "pin-images-by-digest",
      "gitops-delivery",
      "sign-and-verify-images",
    ],
    today:
      "Solved by convention: OCI labels (org.opencontainers.image.revision and .source), digest pinning, SLSA provenance and GitOps give an end-to-end chain.",
  },
  {
    slide: "Organizational and/or operational changes",
    talkPoint: "If you still have issues between Dev and Ops, Docker isn't going to magically fix them",
    ids: ["ownership.dev-ops", "ownership.incident-review", "ownership.dev-ops-friction", "set-operating-model", "blameless-reviews"],
    today: "Still true; 'you build it, you run it', platform teams and blameless reviews are organisational answers, not tools.",
  },
];
