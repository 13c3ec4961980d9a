/** An in-memory stand-in for localStorage, for tests. One instance can back several simulated tabs. */
import type { KeyValueStore } from "./record-storage";

export class MemoryStorage implements KeyValueStore {
  private readonly items = new Map<string, string>();
  /** Keys whose writes fail, as a full or broken storage would. */
  readonly failingKeys = new Set<string>();
  /** Every write fails as a full storage's would. */
  full = false;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.full || this.failingKeys.has(key)) throw new DOMException(`Quota exceeded writing ${key}`, "QuotaExceededError");
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  keys(): string[] {
    return [...this.items.keys()];
  }
}
