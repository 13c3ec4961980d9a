/** The zod schema of the id history (share/id-history.ts), for the content test that checks it. */
import "../zod-config";
import * as z from "zod/mini";
import type { Assert, Same } from "../check/same-type";
import type { IdHistory } from "./id-history";

const changesSchema = z.strictObject({
  renamed: z.record(z.string(), z.string()),
  removed: z.array(z.string()),
});

export const idHistorySchema = z.strictObject({
  questions: changesSchema,
  options: z.record(z.string(), changesSchema),
  actions: changesSchema,
});

type _IdHistoryMatches = Assert<Same<z.infer<typeof idHistorySchema>, IdHistory>>;
