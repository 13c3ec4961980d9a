/** The phases of an adoption plan, in order. A plan is read phase by phase. */
import type { Phase } from "@/lib/engine/content-schema";

export const phases = [
  { id: "decide", title: "Decide", summary: "Agree what you are doing, for which workload, and who owns what, before anything is built." },
  {
    id: "foundations",
    title: "Foundations",
    summary: "Put the pipeline, registry, platform and skills in place that every containerised service will rely on.",
  },
  { id: "pilot", title: "Pilot", summary: "Containerise the first workload properly and learn from running it where failure is cheap." },
  {
    id: "production",
    title: "Production",
    summary: "Make the pilot safe to run for real: resilience, security controls, observability and restore drills.",
  },
  { id: "scale", title: "Scale", summary: "Extend what worked to more services and teams without each one reinventing it." },
] as const satisfies readonly Phase[];
