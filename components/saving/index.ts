/** What other parts of the UI may use of the notices about saving and saved data. */
export { SaveNotice } from "./save-notice";
export { UnreadableNotice } from "./unreadable-notice";
