/**
 * The whole questionnaire, assembled from the per-area and per-phase files and parsed
 * through the engine's schema, so malformed content fails at import time.
 */
import { questionnaireSchema, type Questionnaire } from "@/lib/engine/content-schema";
import { actions as decideActions } from "./actions/decide";
import { actions as foundationsActions } from "./actions/foundations";
import { actions as pilotActions } from "./actions/pilot";
import { actions as productionActions } from "./actions/production";
import { actions as scaleActions } from "./actions/scale";
import { areas } from "./areas";
import { phases } from "./phases";
import { questions as appKnowledgeQuestions } from "./questions/app-knowledge";
import { questions as loggingQuestions } from "./questions/logging";
import { questions as networkingQuestions } from "./questions/networking";
import { questions as operationsQuestions } from "./questions/operations";
import { questions as orchestrationQuestions } from "./questions/orchestration";
import { questions as ownershipQuestions } from "./questions/ownership";
import { questions as processesQuestions } from "./questions/processes";
import { questions as resilienceQuestions } from "./questions/resilience";
import { questions as scopeQuestions } from "./questions/scope";
import { questions as securityQuestions } from "./questions/security";
import { questions as sharedServicesQuestions } from "./questions/shared-services";
import { questions as skillsQuestions } from "./questions/skills";
import { questions as storageQuestions } from "./questions/storage";
import { risks as appKnowledgeRisks } from "./risks/app-knowledge";
import { risks as loggingRisks } from "./risks/logging";
import { risks as networkingRisks } from "./risks/networking";
import { risks as operationsRisks } from "./risks/operations";
import { risks as orchestrationRisks } from "./risks/orchestration";
import { risks as ownershipRisks } from "./risks/ownership";
import { risks as processesRisks } from "./risks/processes";
import { risks as resilienceRisks } from "./risks/resilience";
import { risks as scopeRisks } from "./risks/scope";
import { risks as securityRisks } from "./risks/security";
import { risks as sharedServicesRisks } from "./risks/shared-services";
import { risks as skillsRisks } from "./risks/skills";
import { risks as storageRisks } from "./risks/storage";
import { roles } from "./roles";

import { CONTENT_VERSION } from "./version";

export { CONTENT_VERSION };

/** Unparsed content, in area and phase order; `questionnaire` is this after the schema. */
export const rawContent = {
  version: CONTENT_VERSION,
  areas,
  questions: [
    ...scopeQuestions,
    ...skillsQuestions,
    ...ownershipQuestions,
    ...storageQuestions,
    ...loggingQuestions,
    ...processesQuestions,
    ...securityQuestions,
    ...appKnowledgeQuestions,
    ...networkingQuestions,
    ...orchestrationQuestions,
    ...resilienceQuestions,
    ...sharedServicesQuestions,
    ...operationsQuestions,
  ],
  risks: [
    ...scopeRisks,
    ...skillsRisks,
    ...ownershipRisks,
    ...storageRisks,
    ...loggingRisks,
    ...processesRisks,
    ...securityRisks,
    ...appKnowledgeRisks,
    ...networkingRisks,
    ...orchestrationRisks,
    ...resilienceRisks,
    ...sharedServicesRisks,
    ...operationsRisks,
  ],
  actions: [...decideActions, ...foundationsActions, ...pilotActions, ...productionActions, ...scaleActions],
  phases,
  roles,
};

export const questionnaire: Questionnaire = questionnaireSchema.parse(rawContent);
