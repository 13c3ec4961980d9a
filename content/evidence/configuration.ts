/** Evidence rules for configuration, secrets, images and their traceability. */
import { facts, type EvidenceRule } from "@/lib/engine/content-schema";

export const configurationRules: EvidenceRule[] = [
  {
    id: "secrets.baked",
    question: "app-knowledge.secrets",
    when: facts.some("plain-secret", "image"),
    propose: ["baked"],
    reason: "A secret-looking ENV or ARG has a value in the Dockerfile, so it is in the image and its history.",
  },
  {
    id: "secrets.plain",
    question: "app-knowledge.secrets",
    when: facts.some("plain-secret", "configuration"),
    propose: ["plain"],
    reason: "A secret-looking setting is written in plain text in the deployment file.",
  },
  {
    id: "secrets.manager",
    question: "app-knowledge.secrets",
    when: facts.some("secret-manager", "external-secrets", "secrets-store-csi"),
    propose: ["manager"],
    reason: "Secrets are fetched from a secret manager at runtime (an ExternalSecret or a SecretProviderClass).",
  },
  {
    id: "secrets.orchestrator",
    question: "app-knowledge.secrets",
    when: facts.some("orchestrator-secret", "present"),
    propose: ["k8s-secrets"],
    reason: "Secrets come from the orchestrator (a Secret reference, a mounted secret, a *_FILE setting).",
  },
  {
    id: "config.injected",
    question: "app-knowledge.config",
    when: facts.some("injected-config", "yes"),
    propose: ["injected"],
    reason: "Settings are handed in at start-up from the deployment files (environment, ConfigMaps, env files).",
  },
  {
    id: "tagging.latest",
    question: "ownership.tagging",
    when: facts.some("deploy-image-ref", "latest"),
    propose: ["latest"],
    reason: "A deployment refers to an image by latest, or with no tag at all.",
  },
  {
    id: "tagging.digest",
    question: "ownership.tagging",
    when: facts.every("deploy-image-ref", "digest"),
    propose: ["digest"],
    reason: "Every deployment refers to its image by digest.",
  },
  {
    id: "tagging.version",
    question: "ownership.tagging",
    when: facts.every("deploy-image-ref", "digest", "tag"),
    propose: ["version-tag"],
    reason: "Deployments refer to images by tag; none uses latest.",
  },
  {
    id: "base-images.official",
    question: "ownership.base-images",
    when: facts.every("base-image-source", "official", "scratch"),
    propose: ["official"],
    reason: "Every final stage starts from a Docker Official Image (or from scratch).",
  },
  {
    id: "traceability.labels",
    question: "ownership.traceability",
    when: facts.all(facts.some("oci-source", "present"), facts.some("oci-revision", "present")),
    propose: ["labels"],
    reason: "The image carries OCI labels for its source repository and revision.",
  },
];
