/** The browser side of set-aside (unreadable) data: download it or throw it away. */
import { discardSetAside, readSetAside } from "./record-storage";
import { downloadText } from "@/lib/browser/download";

export function downloadSetAsideData(): void {
  const records = readSetAside(window.localStorage);
  downloadText("know-before-you-deploy-unreadable-data.json", JSON.stringify(records, null, 2), "application/json");
}

export function discardSetAsideData(): void {
  discardSetAside(window.localStorage);
}
