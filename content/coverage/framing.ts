/** Coverage of the talk's overview and misconceptions slides. */
import type { CoverageEntry } from "./entry";
import { MISCONCEPTIONS_SLIDE, OVERVIEW_SLIDE } from "./entry";

export const entries: CoverageEntry[] = [
  // Quick overview of Docker
  {
    slide: OVERVIEW_SLIDE,
    talkPoint: "Leverages Linux kernel features (cgroups, namespaces)",
    ids: ["security.tenancy", "security.cross-tenant-escape", "security.hardening", "tenant-isolation"],
    today:
      "Still the foundation, and the reason every container shares the host kernel; user namespaces for pods (hostUsers: false) are stable since Kubernetes 1.36.",
  },
  {
    slide: OVERVIEW_SLIDE,
    talkPoint: "Depends on copy-on-write mechanisms for fast deployment and reduced resource usage",
    ids: ["storage.stateful", "storage.data-loss-on-reschedule", "move-state-out"],
    today:
      "overlayfs is the default everywhere; the writable layer is still thrown away with the container, so state belongs in volumes or managed services.",
  },
  {
    slide: OVERVIEW_SLIDE,
    talkPoint: "Provides an developer-friendly CLI",
    ids: ["adopt-before-build"],
    today:
      "OCI standardised images and runtimes, so Docker, Podman, nerdctl and BuildKit interoperate; Docker Desktop needs a paid subscription in larger companies.",
  },
  {
    slide: OVERVIEW_SLIDE,
    talkPoint: "Uses a simple, easy-to-understand language",
    ids: ["ownership.dockerfile-owner", "containerise-pilot"],
    today: "The Dockerfile is still the lingua franca, now with multi-stage builds, BuildKit and linting (hadolint).",
  },
  {
    slide: OVERVIEW_SLIDE,
    talkPoint: "Enables easy sharing of images to enable and encourage collaboration",
    ids: ["ownership.base-images", "security.supply-chain", "security.supply-chain-compromise", "scan-and-sbom", "sign-and-verify-images"],
    today:
      "Easy sharing is also the supply-chain attack path: images are scanned, signed with Sigstore and carry SBOMs and SLSA provenance, and Docker Hub rate-limits anonymous pulls.",
  },

  // Some common misconceptions
  {
    slide: MISCONCEPTIONS_SLIDE,
    talkPoint: "“Run any app anywhere”",
    ids: ["scope.goals", "skills.app-design-gap", "containerise-pilot"],
    today:
      "Still a misconception: containers carry the userland, not the kernel or CPU architecture, and apps that assume a fixed disk, address or start order break when moved.",
  },
  {
    slide: MISCONCEPTIONS_SLIDE,
    talkPoint: "“They’re like lightweight VMs”",
    ids: ["security.isolation", "security.cross-tenant-escape", "tenant-isolation"],
    today:
      "Still false: containers share the host kernel; where VM-grade isolation is needed, sandboxed runtimes (gVisor, Kata Containers, Firecracker microVMs) provide it.",
  },
  {
    slide: MISCONCEPTIONS_SLIDE,
    talkPoint: "“Docker will replace <insert configuration management tool here>”",
    ids: [
      "shared-services.host-management",
      "orchestration.static-automation",
      "automate-static-placement",
      "immutable-hosts",
      "scope.goals",
      "scope.expects-no-config-management",
      "state-what-containers-replace",
    ],
    today:
      "Hosts still need managing; immutable host OSes (Bottlerocket, Flatcar, Talos), infrastructure as code and GitOps took over much of configuration management's job, not Docker.",
  },
  {
    slide: MISCONCEPTIONS_SLIDE,
    talkPoint: "“Docker will eliminate need for <insert hypervisor name here>”",
    ids: ["security.isolation", "orchestration.k8s-mode", "tenant-isolation", "scope.expects-no-vms", "state-what-containers-replace"],
    today:
      "Most containers in 2026 run on VMs (every managed Kubernetes node is one), and microVMs are a common isolation boundary for untrusted code.",
  },
];
