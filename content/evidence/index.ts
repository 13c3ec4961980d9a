/**
 * Every evidence rule, in the order single-choice questions try them. Loaded only on the
 * evidence path (reading files), never at start-up.
 */
import type { EvidenceRule } from "@/lib/engine/content-schema";
import { configurationRules } from "./configuration";
import { platformRules } from "./platform";
import { runtimeRules } from "./runtime";

export const evidenceRules: EvidenceRule[] = [...runtimeRules, ...configurationRules, ...platformRules];
