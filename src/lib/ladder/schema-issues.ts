/**
 * zod's complaints about one file, as one line each that names the field, what was found and what was
 * expected, in the words of someone editing YAML rather than a TypeScript type:
 *   weight: found .nan (not a number); expected a number
 *   title: found the date 2024-01-01; expected text (put it in quotes)
 *   wieght: found a field this file does not have; expected one of order, name, … (did you mean "weight"?)
 */
import { z } from 'zod';
import type { ContentIssue } from './issues';

type Path = readonly PropertyKey[];

/** "dimensions[0].cells.L2" */
export const fieldName = (path: Path): string =>
  path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  ) || '(file)';

const truncate = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** A YAML value as someone who wrote it would recognise it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'no value';
  if (value === null) return 'an empty value';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan (not a number)';
    if (!Number.isFinite(value)) return `${value > 0 ? '.inf' : '-.inf'} (not a finite number)`;
    return String(value);
  }
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `"${truncate(value)}"`;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'a date' : `the date ${value.toISOString().replace(/T00:00:00\.000Z$/, '')}`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty map' : `a map of ${keys.map((key) => `"${truncate(key)}"`).join(', ')}`;
  }
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  record: 'a map',
  date: 'a date',
};

/** The schema that validates `path` inside `schema`, when it can be told (for the field names of a map). */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current && unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else if (current instanceof z.ZodUnion) {
      const objects = (current.options as z.ZodType[]).map(unwrap).filter((option) => option instanceof z.ZodObject);
      current = objects[0]?.shape[String(key)] as z.ZodType | undefined;
    } else return undefined;
  }
  return current && unwrap(current);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else return current;
  }
}

/** Edits between two words, a swap of neighbours counting as one (optimal string alignment). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i || j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** The known field most like a misspelt one, if it is close enough to be a typo. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const [best] = candidates
    .map((candidate) => ({ candidate, score: distance(word.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.score - b.score);
  return best && best.score <= Math.max(1, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

function expectedFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'too_small':
      if (issue.origin === 'array') return `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'non-empty text';
      return `a number ${issue.inclusive ? 'of at least' : 'above'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `at most ${issue.maximum} items`;
      return `a number ${issue.inclusive ? 'of at most' : 'below'} ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return issue.message.replace(/^expected /, '');
  }
}

/**
 * One ContentIssue per zod issue of `file`. The issues must come from a parse with `reportInput: true`,
 * which puts the offending value on each issue.
 */
export function schemaIssues(file: string, schema: z.ZodType, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      const target = schemaAt(schema, issue.path);
      const known = target instanceof z.ZodObject ? Object.keys(target.shape) : [];
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return {
          file,
          field: fieldName([...issue.path, key]),
          found: 'a field this file does not have',
          expected: known.length
            ? `one of ${known.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`
            : 'no other fields',
        };
      });
    }
    const field = fieldName(issue.path);
    // Our own refinements already say what they found and expected.
    if (issue.code === 'custom' && /^found /.test(issue.message)) {
      return [{ file, field, found: issue.message, expected: '' }];
    }
    const found = describeValue(issue.input);
    const quoteHint = issue.input instanceof Date && issue.code === 'invalid_type' ? ' (put the date in quotes)' : '';
    return [{ file, field, found, expected: `${expectedFor(issue)}${quoteHint}` }];
  });
}
