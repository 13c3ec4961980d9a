/**
 * Compile-time proof that a hand-written type and a zod schema's inferred type are one and
 * the same (mutual assignability is not enough: it lets an optional field pass for a
 * required one). Used where a type is written by hand so its module can stay free of zod.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Assert<T extends true> = T;
