/** The zod schema of a condition, for checking authored content and anything read back. */
import "./zod-config";
import { z } from "zod";
import type { Condition } from "./condition";

const scalarValueSchema = z.union([z.string().min(1), z.number().int()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("op", [
    z.strictObject({ op: z.literal("all"), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ op: z.literal("any"), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ op: z.literal("not"), condition: conditionSchema }),
    z.strictObject({ op: z.literal("equals"), question: z.string().min(1), value: scalarValueSchema }),
    z.strictObject({ op: z.literal("in"), question: z.string().min(1), values: z.array(scalarValueSchema).min(1) }),
    z.strictObject({ op: z.literal("includes"), question: z.string().min(1), option: z.string().min(1) }),
    z.strictObject({ op: z.literal("answered"), question: z.string().min(1) }),
  ]),
);
