/**
 * The start and rename forms validate without zod now. This holds them to what they did
 * with zod: the zod schemas they used (copied here as they were) through zodResolver, and
 * the engine's form checks through formCheckResolver, give react-hook-form the same answer
 * (values, or each field's message, kind and place) for any text typed.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import fc from "fast-check";
import type { FieldValues, Resolver, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { checkAssessmentMeta, checkAssessmentName, hasVisibleText, NAME_MAX_LENGTH, visibleText } from "@/lib/engine";
import { formCheckResolver } from "./form-check-resolver";

// The schemas as lib/engine/assessment-meta.ts and assessment.ts had them.
function meaningfulName(messages: { empty: string; tooLong: string }) {
  return z.pipe(
    z.pipe(z.string(), z.transform(visibleText)),
    z.string().check(z.refine(hasVisibleText, messages.empty), z.maxLength(NAME_MAX_LENGTH, messages.tooLong)),
  );
}
const assessmentMetaSchema = z.object({
  name: meaningfulName({
    empty: "Enter the name of the application or team you are assessing",
    tooLong: `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
  }),
  assessor: z.pipe(
    z.pipe(z.string(), z.transform(visibleText)),
    z.string().check(z.maxLength(NAME_MAX_LENGTH, `Your name must be ${NAME_MAX_LENGTH} characters or fewer`)),
  ),
});
const assessmentNameSchema = z.pick(assessmentMetaSchema, { name: true });

/** What people type, and what hides in pasted text: invisible ends, emoji, marks, controls. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "Z", "7", "é", "日", "😀", "👩‍💻", "🏳️‍🌈") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(" ", "\t", "\u00A0", "\u200B", "\uFEFF", "\u2066", "\u2069", "\u200D", "\u3164", "\u2800", "\u0007"),
  },
  { weight: 1, arbitrary: fc.constantFrom("\u0600", "\u0301", "\uD800", "\uDC00") },
);
const typed = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
  // Around the limit, where counting characters rather than UTF-16 units matters.
  fc.array(piece, { minLength: NAME_MAX_LENGTH - 3, maxLength: NAME_MAX_LENGTH + 3 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme", maxLength: 90 }),
);

/** What react-hook-form passes a resolver for a form without native validation. */
const options = <T extends FieldValues>(): ResolverOptions<T> => ({ fields: {}, shouldUseNativeValidation: false });

async function sameAnswer<T extends FieldValues>(ours: Resolver<T, unknown, T>, theirs: Resolver<T, unknown, T>, values: T) {
  expect(await ours(values, undefined, options())).toEqual(await theirs(values, undefined, options()));
}

describe("the forms' checks answer as their zod schemas did", () => {
  it("the start form", async () => {
    await fc.assert(
      fc.asyncProperty(typed, typed, async (name, assessor) => {
        await sameAnswer(formCheckResolver(checkAssessmentMeta), zodResolver(assessmentMetaSchema), { name, assessor });
      }),
      { numRuns: 500 },
    );
  });

  it("the rename form", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (name) => {
        await sameAnswer(formCheckResolver(checkAssessmentName), zodResolver(assessmentNameSchema), { name });
      }),
      { numRuns: 300 },
    );
  });

  it("and say so on the field, in the form's words", async () => {
    const result = await formCheckResolver(checkAssessmentMeta)({ name: "\u200B", assessor: "" }, undefined, options());
    expect(result).toEqual({
      values: {},
      errors: { name: { message: "Enter the name of the application or team you are assessing", type: "custom", ref: undefined } },
    });
  });
});
