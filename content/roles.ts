/** Who owns an action. Kept to roles every organisation has in some form. */
import type { Role } from "@/lib/engine/content-schema";

export const roles = [
  { id: "architecture", title: "Architecture" },
  { id: "development", title: "Development" },
  { id: "operations", title: "Operations / platform" },
  { id: "security", title: "Security" },
  { id: "management", title: "Management" },
] as const satisfies readonly Role[];
