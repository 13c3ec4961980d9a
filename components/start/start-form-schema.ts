import "@/lib/engine/zod-config";
import { z } from "zod";
import { meaningfulName, NAME_MAX_LENGTH } from "@/lib/engine/assessment";
import { visibleText } from "@/lib/engine/visible-text";

export const startFormSchema = z.object({
  // A name of only spaces or invisible characters (zero-width spaces, say) names nothing.
  name: meaningfulName({
    empty: "Enter the name of the application or team you are assessing",
    tooLong: `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
  }),
  assessor: z.string().transform(visibleText).pipe(z.string().max(NAME_MAX_LENGTH, `Your name must be ${NAME_MAX_LENGTH} characters or fewer`)),
});

export type StartFormValues = z.input<typeof startFormSchema>;
export type StartFormOutput = z.output<typeof startFormSchema>;
