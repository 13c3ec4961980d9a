/** What other parts of the UI may use of the plan. */
export { PlanBody } from "./plan-body";
