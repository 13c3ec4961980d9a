/** The id of a risk's entry in the register, which in-page links ("#risk-…") point at. */
export const RISK_ELEMENT_PREFIX = "risk-";

export const riskElementId = (riskId: string): string => `${RISK_ELEMENT_PREFIX}${riskId}`;
