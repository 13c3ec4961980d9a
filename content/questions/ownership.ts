/** Ownership, traceability and Dev/Ops working: the talk's "Organizational and/or operational changes". */
import { when } from "@/lib/engine/condition";
import type { Question } from "@/lib/engine/questionnaire";

export const questions: Question[] = [
  {
    id: "ownership.dockerfile-owner",
    area: "ownership",
    kind: "single",
    prompt: "Who owns the Dockerfiles (or other image build definitions)?",
    help: "A Dockerfile mixes the application's dependencies with the operating system beneath them. If nobody owns it, nobody updates the base image, and known vulnerabilities ship for years.",
    required: true,
    options: [
      { id: "app-team", label: "The team that writes the application" },
      { id: "platform-team", label: "A separate operations or platform team" },
      { id: "shared", label: "Shared: the app team writes it, the platform team owns the base images and reviews" },
      { id: "not-sure", label: "Not sure: nobody clearly owns them" },
    ],
  },
  {
    id: "ownership.base-images",
    area: "ownership",
    kind: "single",
    prompt: "Where do base images come from?",
    help: "Most of an image's vulnerabilities arrive with its base. Public images change and vanish without notice (Bitnami moved most of its free catalogue behind a subscription in 2025), so where you start decides how much you must patch.",
    required: true,
    options: [
      {
        id: "curated",
        label: "A small set of approved base images we rebuild regularly",
        hint: "For example distroless, Chainguard/Wolfi, Docker Hardened Images, UBI micro or a slim Debian.",
      },
      { id: "official", label: "Official images from Docker Hub or vendors, chosen per project" },
      { id: "anything", label: "Whatever each Dockerfile names, from any public registry" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "ownership.build",
    area: "ownership",
    kind: "single",
    prompt: "How are images built and pushed?",
    help: "An image built on a laptop contains whatever was on that laptop. Building in CI from a commit is what makes an image reproducible, scannable and traceable.",
    required: true,
    options: [
      { id: "ci", label: "In CI, from the main branch, on every merge" },
      { id: "ci-and-manual", label: "Mostly in CI, but some images are built by hand" },
      { id: "manual", label: "On developers' or admins' machines, pushed by hand" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "ownership.traceability",
    area: "ownership",
    kind: "single",
    prompt: "Given a running container, can you find the exact commit it was built from?",
    help: "The talk asked for traceability from running container back to Git commit. In an incident it is the first question: what code is this? OCI image labels such as org.opencontainers.image.revision answer it in seconds.",
    required: true,
    when: when.in("ownership.build", ["ci", "ci-and-manual", "not-sure"]),
    options: [
      { id: "labels", label: "Yes: image labels carry the source repository and commit" },
      { id: "tags", label: "Roughly: tags include a version or commit, but tags can be moved" },
      { id: "no", label: "No" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "ownership.tagging",
    area: "ownership",
    kind: "single",
    prompt: "How do deployments refer to images?",
    help: "A tag is a pointer that can move; a digest names exact bytes. With a moving tag, a node that restarts a container may pull a different image from the one you tested.",
    required: true,
    options: [
      { id: "digest", label: "By digest (image@sha256:…), or by tags the registry makes immutable" },
      { id: "version-tag", label: "By version tag" },
      { id: "latest", label: "By latest or another moving tag" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "ownership.dev-ops",
    area: "ownership",
    kind: "single",
    prompt: "How do development and operations work together today?",
    help: "As the talk says, if Dev and Ops still have issues, containers will not magically fix them. An image is a hand-over artefact; friction shows up as images nobody will change and incidents nobody owns.",
    required: true,
    options: [
      { id: "one-team", label: "One team builds and runs each service" },
      { id: "collaborate", label: "Separate teams that share goals, on-call and incident reviews" },
      { id: "handoff", label: "Separate teams; work is handed over by ticket" },
      { id: "friction", label: "Separate teams, with open friction between them" },
    ],
  },
  {
    id: "ownership.incident-review",
    area: "ownership",
    kind: "single",
    prompt: "After an incident, what usually happens?",
    help: "Where teams are separate, the post-incident review is where they learn together or blame each other. Blame teaches people to hide the next problem.",
    required: true,
    when: when.in("ownership.dev-ops", ["handoff", "friction"]),
    options: [
      { id: "blameless", label: "A blameless review with both teams, and the actions are tracked" },
      { id: "blame", label: "We look for who caused it" },
      { id: "nothing", label: "Usually nothing formal" },
    ],
  },
];
