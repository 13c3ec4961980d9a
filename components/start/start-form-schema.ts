import "@/lib/engine/zod-config";
import { z } from "zod";
import { NAME_MAX_LENGTH } from "@/lib/engine/assessment";

export const startFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the name of the application or team you are assessing")
    .max(NAME_MAX_LENGTH, `The name must be ${NAME_MAX_LENGTH} characters or fewer`),
  assessor: z.string().trim().max(NAME_MAX_LENGTH, `Your name must be ${NAME_MAX_LENGTH} characters or fewer`),
});

export type StartFormValues = z.infer<typeof startFormSchema>;
