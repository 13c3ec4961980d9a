/** The shape of a coverage entry and the titles of the talk's framing slides. */
export interface CoverageEntry {
  /** The talk's words. */
  talkPoint: string;
  /** The slide's title. */
  slide: string;
  /** Question, risk or action ids that answer the point. */
  ids: string[];
  /** What is true now, especially where the talk is dated. */
  today: string;
}

export const OVERVIEW_SLIDE = "Quick overview of Docker";
export const MISCONCEPTIONS_SLIDE = "Some common misconceptions";
