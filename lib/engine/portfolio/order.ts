/** One order for names everywhere in the portfolio: by name (case and accents aside), then by id, so equal names never swap. */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
