/** Lists the site sorts by an `order` field: two entries with the same order would be shown in file order. */
import type { SourceEntry } from '../sources';
import { fileName, type Report } from './context';

/** Every entry of a list has an order of its own; `what` names the list for messages ("competency"). */
export function checkUniqueOrder(entries: SourceEntry<{ order: number }>[], what: string, report: Report): void {
  const seen = new Map<number, SourceEntry<unknown>>();
  for (const entry of entries) {
    const first = seen.get(entry.data.order);
    if (first) {
      report(
        entry,
        'order',
        `${entry.data.order}, the order of ${nameOf(first)} too`,
        `an order of its own: it sets where the ${what} is shown`,
      );
    } else seen.set(entry.data.order, entry);
  }
}

/** "sql/index.mdx" for a competency, "principal-engineer.mdx" for a file named after its entry. */
const nameOf = (entry: SourceEntry<unknown>) => {
  const name = fileName(entry);
  return name === 'index.mdx' ? entry.filePath.split('/').slice(-2).join('/') : name;
};
