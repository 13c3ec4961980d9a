/**
 * Which guide belongs to which area. A Record keyed by AreaId makes a missing guide a type
 * error, and each entry is a lazy import so a page loads only the guide it shows.
 */
import type { AreaId } from "@/content/areas";

export type GuideModule = typeof import("./scope.mdx");

export const guideModules: Record<AreaId, () => Promise<GuideModule>> = {
  scope: () => import("./scope.mdx"),
  skills: () => import("./skills.mdx"),
  ownership: () => import("./ownership.mdx"),
  storage: () => import("./storage.mdx"),
  logging: () => import("./logging.mdx"),
  processes: () => import("./processes.mdx"),
  security: () => import("./security.mdx"),
  "app-knowledge": () => import("./app-knowledge.mdx"),
  networking: () => import("./networking.mdx"),
  orchestration: () => import("./orchestration.mdx"),
  resilience: () => import("./resilience.mdx"),
  "shared-services": () => import("./shared-services.mdx"),
  operations: () => import("./operations.mdx"),
};
