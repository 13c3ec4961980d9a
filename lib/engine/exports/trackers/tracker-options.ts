/**
 * What a tracker import carries. A team usually imports what is left to do, so "open"
 * is the default; "all" keeps the actions already done or ruled out, marked as such, for
 * a tracker that should hold the whole plan's history.
 */
export interface TrackerOptions {
  include: "open" | "all";
}

export const DEFAULT_TRACKER_OPTIONS: TrackerOptions = { include: "open" };
