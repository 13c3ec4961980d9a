"use client";
/** What deciding on risks needs on the team's own results: the store's change and the decision records. */
import { useMemo, useState } from "react";
import { exportDecision, exportDecisionArchive, type AssessmentView } from "@/lib/engine";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { downloadBytes, downloadText } from "@/lib/browser/download";
import { todayHere } from "../ui/today";
import type { RiskDecisionActions } from "./risk-decision-panel";

const moment = () => ({ now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });

export function useRiskDecisions(view: AssessmentView | undefined): RiskDecisionActions | undefined {
  const decideRisk = useAssessmentStore((state) => state.decideRisk);
  const [today] = useState(todayHere);
  return useMemo(() => {
    if (!view) return undefined;
    return {
      today,
      onDecide: decideRisk,
      onExport: (riskId) => {
        void exportDecision(view, riskId, moment()).then((file) => downloadText(file.fileName, file.text, file.mimeType));
      },
      onExportAll: () => {
        void exportDecisionArchive(view, moment()).then((file) => downloadBytes(file.fileName, file.bytes, file.mimeType));
      },
    };
  }, [view, decideRisk, today]);
}
