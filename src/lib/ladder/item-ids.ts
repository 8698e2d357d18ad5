/**
 * The ids of the ladder's items, which the pages use as anchors: from their position ("l2-behaviour-3",
 * "demonstrate-1"), or the id the content gives an item. The model (model.ts) and the duplicate-id check
 * (validate/) both take them from here.
 */
import type { z } from 'zod';
import type { ladderShape } from './ladder-schema';
import type { CompetencyLevelData, ListItem } from './schemas';

type Item = z.infer<typeof ladderShape.item>;

/** Listed items with their ids: `prefix-1`, `prefix-2`, … unless an item names its own. */
export const listItems = (items: readonly ListItem[], prefix: string): Item[] =>
  items.map((item, index) =>
    typeof item === 'string' ? { id: `${prefix}-${index + 1}`, text: item } : { id: item.id, text: item.text },
  );

/** The prefix of a competency level's ids, and its section's anchor: "l2" for level code "L2". */
export const levelPrefix = (code: string): string => code.toLowerCase();

/** The id of a measurement-matrix cell: "debugging-l4". */
export const cellId = (dimension: string, code: string): string => `${dimension}-${levelPrefix(code)}`;

/** The listed items of a competency level, with their ids. */
export function competencyLevelLists(code: string, data: CompetencyLevelData) {
  const prefix = levelPrefix(code);
  return {
    behaviours: listItems(data.behaviours, `${prefix}-behaviour`),
    outputs: listItems(data.outputs, `${prefix}-output`),
    traps: listItems(data.traps, `${prefix}-trap`),
  };
}

/** The ids of a competency level's single items. */
export const wouldSeeId = (code: string): string => `${levelPrefix(code)}-would-see`;
export const antiSignalId = (code: string): string => `${levelPrefix(code)}-anti-signal`;
