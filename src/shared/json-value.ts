// Reading untyped JSON (API answers, Thread files) without casts scattered through the importers.

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** a non-empty string, else undefined */
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** a whole number of 0 or more, else undefined */
export const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

export const objects = (v: unknown): JsonObject[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Drops undefined fields, so the Thread JSON carries only what the answer had. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Like defined, but undefined when no field is left (an empty `metrics` says nothing). */
export function definedOrNone<T extends object>(value: T): T | undefined {
  const kept = defined(value);
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** the distinct defined values, in first-seen order */
export const unique = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined))];

/** undefined for an empty list, so optional arrays are left out rather than written empty */
export const nonEmpty = (values: string[]): string[] | undefined => (values.length > 0 ? values : undefined);
