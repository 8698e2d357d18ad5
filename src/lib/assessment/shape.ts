/**
 * Shapes for the data the calculator reads back in the browser (saved assessments, imported files): a
 * shape is declared once, its TypeScript type is derived from it (Infer), and checking a value names the
 * path of the first problem ("raters.self.ratings.english.writing: expected a number, found "three"").
 *
 * Why not zod here: zod/mini adds 6.4 kB gzipped to the calculator page for these few object shapes, and
 * that page has a 90 kB budget (docs/decisions/0006). The ladder's content is still validated by zod.
 */

/** A value's shape: returns the value (new objects hold only declared keys) or throws ShapeProblem. */
export interface Shape<T> {
  (value: unknown, path: readonly string[]): T;
  /** Set on optional() shapes: the key may be absent. */
  optional?: true;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

export class ShapeProblem extends Error {
  constructor(
    readonly path: readonly string[],
    readonly expected: string,
    readonly found: unknown,
  ) {
    super(`${path.length ? `${path.join('.')}: ` : ''}expected ${expected}, found ${describe(found)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const string =
  (max = Infinity): Shape<string> =>
  (value, path) => {
    if (typeof value !== 'string') throw new ShapeProblem(path, 'a string', value);
    if (value.length > max) throw new ShapeProblem(path, `at most ${max} characters`, value.length);
    return value;
  };

export const nonEmptyString =
  (max = Infinity): Shape<string> =>
  (value, path) => {
    const text = string(max)(value, path);
    if (text === '') throw new ShapeProblem(path, 'a non-empty string', value);
    return text;
  };

export const number: Shape<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeProblem(path, 'a number', value);
  return value;
};

export const boolean: Shape<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeProblem(path, 'true or false', value);
  return value;
};

export const literal =
  <V extends string | number>(expected: V): Shape<V> =>
  (value, path) => {
    if (value !== expected) throw new ShapeProblem(path, JSON.stringify(expected), value);
    return expected;
  };

export function optional<T>(inner: Shape<T>): Shape<T | undefined> {
  const shape: Shape<T | undefined> = (value, path) => (value === undefined ? undefined : inner(value, path));
  shape.optional = true;
  return shape;
}

export const array =
  <T>(inner: Shape<T>, max = Infinity): Shape<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) throw new ShapeProblem(path, 'a list', value);
    if (value.length > max) throw new ShapeProblem(path, `at most ${max} items`, value.length);
    return value.map((item, index) => inner(item, [...path, String(index)]));
  };

export const record =
  <T>(inner: Shape<T>): Shape<Record<string, T>> =>
  (value, path) => {
    if (!isPlainObject(value)) throw new ShapeProblem(path, 'an object', value);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inner(item, [...path, key])]));
  };

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends Infer<F[K]> ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<F extends Fields> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & {
    [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined>;
  }
>;

/** An object with these fields; keys not declared are dropped, absent optional ones stay absent. */
export const object =
  <F extends Fields>(fields: F): Shape<ObjectOf<F>> =>
  (value, path) => {
    if (!isPlainObject(value)) throw new ShapeProblem(path, 'an object', value);
    const result: Record<string, unknown> = {};
    for (const [key, shape] of Object.entries(fields)) {
      const checked = shape(value[key], [...path, key]);
      if (checked !== undefined || !shape.optional) result[key] = checked;
    }
    return result as ObjectOf<F>;
  };

export type ShapeCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Checks a value against a shape without throwing. */
export function checkShape<T>(shape: Shape<T>, value: unknown): ShapeCheck<T> {
  try {
    return { ok: true, value: shape(value, []) };
  } catch (error) {
    if (error instanceof ShapeProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
