/** The zod schema of a condition, for checking authored content and anything read back. */
import "./zod-config";
import * as z from "zod/mini";
import type { Condition } from "./condition";

const scalarValueSchema = z.union([z.string().check(z.minLength(1)), z.number().check(z.int())]);

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.discriminatedUnion("op", [
    z.strictObject({ op: z.literal("all"), conditions: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ op: z.literal("any"), conditions: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ op: z.literal("not"), condition: conditionSchema }),
    z.strictObject({ op: z.literal("equals"), question: z.string().check(z.minLength(1)), value: scalarValueSchema }),
    z.strictObject({
      op: z.literal("in"),
      question: z.string().check(z.minLength(1)),
      values: z.array(scalarValueSchema).check(z.minLength(1)),
    }),
    z.strictObject({ op: z.literal("includes"), question: z.string().check(z.minLength(1)), option: z.string().check(z.minLength(1)) }),
    z.strictObject({ op: z.literal("answered"), question: z.string().check(z.minLength(1)) }),
  ]),
);
