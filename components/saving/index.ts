/** What other parts of the UI may use of the notices about saving and saved data. */
export { SaveNoticeSlot } from "./save-notice-slot";
export { UnreadableNotice } from "./unreadable-notice";
