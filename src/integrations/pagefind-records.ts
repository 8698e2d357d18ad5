/**
 * Turns the ladder into search records: one Pagefind custom record per ladder item (behaviour, output,
 * "what you would see", trap, anti-signal, matrix cell, promotion criterion, IC track), each linking to the
 * item's own anchor. Indexing the model instead of the built HTML keeps navigation and footers out of the
 * index and lets every result say which competency, level and kind of item it is.
 *
 * Pure: ladder + base path in, records out (the integration in pagefind.ts writes them).
 */
import { subTrackName } from '../lib/ladder/lookup';
import type { Competency, IcTrack, Item, Ladder, Promotion, Track } from '../lib/ladder/model';
import { anchors, joinBase, routes } from '../lib/routes';
import { shortLabel } from '../lib/reading/format';

/** The fields Pagefind's addCustomRecord() takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: SearchMeta;
  filters: SearchFilters;
}

// Type aliases, not interfaces: they must fit Pagefind's Record<string, ...> fields.
export type SearchMeta = {
  /** "Technical Mastery · L2 · Observable behaviors" */
  title: string;
  track: string;
  /** Competency name; empty for promotion items and IC tracks. */
  competency: string;
  /** "L2", or "L2 → L3" for a promotion step. */
  level: string;
  /** The section the item sits in, as the pages label it ("Common traps", "Measurement matrix"). */
  kind: string;
};

export type SearchFilters = {
  track: string[];
  competency: string[];
  level: string[];
  kind: string[];
};

/** The site is written in English (<html lang="en">); Pagefind splits indexes by language. */
export const SEARCH_LANGUAGE = 'en';

const SEPARATOR = ' · ';

/**
 * Kind names (filter values) for one track: its own section labels, so results use the words the pages use.
 * Level summaries and IC tracks have no single-item label, so they get a short one here.
 */
export function kindNames(track: Track) {
  const { labels } = track;
  return {
    summary: 'Level summary',
    behaviour: shortLabel(labels.observableBehaviours),
    output: shortLabel(labels.expectedOutputs),
    wouldSee: shortLabel(labels.whatYouWouldSee),
    trap: shortLabel(labels.commonTraps),
    antiSignal: shortLabel(labels.antiSignal),
    matrix: shortLabel(labels.measurementMatrix),
    demonstrate: shortLabel(labels.whatToDemonstrate),
    portfolio: shortLabel(labels.portfolio),
    verification: shortLabel(labels.verificationPath),
    icTrack: 'IC track',
  } as const;
}

interface RecordContext {
  track: Track;
  base: string;
}

function record(
  { track, base }: RecordContext,
  path: string,
  anchor: string,
  content: string,
  meta: Omit<SearchMeta, 'track'>,
  levels: string[],
): SearchRecord {
  return {
    url: `${joinBase(base, path)}#${anchor}`,
    content,
    language: SEARCH_LANGUAGE,
    meta: { ...meta, track: track.name },
    filters: {
      track: [track.name],
      competency: meta.competency ? [meta.competency] : [],
      level: levels,
      kind: [meta.kind],
    },
  };
}

function competencyRecords(context: RecordContext, competency: Competency): SearchRecord[] {
  const { track } = context;
  const kinds = kindNames(track);
  const page = routes.competency(track.slug, competency.slug);
  const itemRecord = (item: Item, level: string, kind: string, titleTail = kind) =>
    record(
      context,
      page,
      anchors.item(item.id),
      item.text,
      { title: [competency.name, level, titleTail].join(SEPARATOR), competency: competency.name, level, kind },
      [level],
    );

  const perLevel = competency.levels.flatMap((block) => [
    record(
      context,
      page,
      anchors.competencyLevel(block.level),
      `${block.quote} ${block.summary}`,
      {
        title: [competency.name, block.level, kinds.summary].join(SEPARATOR),
        competency: competency.name,
        level: block.level,
        kind: kinds.summary,
      },
      [block.level],
    ),
    ...block.behaviours.map((item) => itemRecord(item, block.level, kinds.behaviour)),
    ...block.outputs.map((item) => itemRecord(item, block.level, kinds.output)),
    itemRecord(block.wouldSee, block.level, kinds.wouldSee),
    ...block.traps.map((item) => itemRecord(item, block.level, kinds.trap)),
    itemRecord(block.antiSignal, block.level, kinds.antiSignal),
  ]);

  const cells = competency.dimensions.flatMap((dimension) =>
    track.levels
      .map((level) => ({ level: level.code, cell: dimension.cells[level.code] }))
      .filter((entry): entry is { level: string; cell: Item } => Boolean(entry.cell?.text))
      .map(({ level, cell }) =>
        // The dimension name goes into the text too: a terse cell means little without it.
        itemRecord(
          { id: cell.id, text: `${dimension.name}: ${cell.text}` },
          level,
          kinds.matrix,
          `${kinds.matrix}${SEPARATOR}${dimension.name}`,
        ),
      ),
  );
  return [...perLevel, ...cells];
}

function promotionRecords(context: RecordContext, promotion: Promotion): SearchRecord[] {
  const { track } = context;
  const kinds = kindNames(track);
  const page = routes.promotion(track.slug);
  const step = `${promotion.from} → ${promotion.to}`;
  const itemRecord = (item: Item & { subTrack?: string }, kind: string) => {
    const subTrack = subTrackName(track, item.subTrack);
    return record(
      context,
      page,
      anchors.promotionItem(promotion.slug, item.id),
      item.text,
      {
        title: [step, kind, ...(subTrack ? [subTrack] : [])].join(SEPARATOR),
        competency: '',
        level: step,
        kind,
      },
      // Both ends: someone at L2 and someone aiming for L3 both look for this step.
      [promotion.from, promotion.to],
    );
  };
  return [
    ...promotion.demonstrate.map((item) => itemRecord(item, kinds.demonstrate)),
    ...promotion.portfolio.map((item) => itemRecord(item, kinds.portfolio)),
    ...promotion.verification.map((item) => itemRecord(item, kinds.verification)),
  ];
}

function icTrackRecord(context: RecordContext, icTrack: IcTrack): SearchRecord {
  const { track } = context;
  const kinds = kindNames(track);
  const text = [
    icTrack.title,
    icTrack.bodyText,
    ...icTrack.whenToConsider,
    ...icTrack.profileFit,
    ...icTrack.facts.map((fact) => `${fact.label}: ${fact.value}`),
  ]
    .filter(Boolean)
    .join(' ');
  return record(
    context,
    routes.icTracks(track.slug),
    anchors.icTrack(icTrack.slug),
    text,
    {
      title: [icTrack.title, icTrack.level, kinds.icTrack].join(SEPARATOR),
      competency: '',
      level: icTrack.level,
      kind: kinds.icTrack,
    },
    [icTrack.level],
  );
}

/** Every search record of the ladder, in reading order. `base` is the site's base path ("/" or "/ladder/"). */
export function buildSearchRecords(ladder: Ladder, base: string): SearchRecord[] {
  return ladder.tracks.flatMap((track) => {
    const context = { track, base };
    return [
      ...track.competencies.flatMap((competency) => competencyRecords(context, competency)),
      ...track.promotions.flatMap((promotion) => promotionRecords(context, promotion)),
      ...track.icTracks.map((icTrack) => icTrackRecord(context, icTrack)),
    ];
  });
}

/** The distinct filter values of a set of records, in first-seen order (the search page's filter options). */
export function filterValues(records: SearchRecord[]): SearchFilters {
  const values: SearchFilters = { track: [], competency: [], level: [], kind: [] };
  for (const { filters } of records) {
    for (const key of Object.keys(values) as (keyof SearchFilters)[]) {
      for (const value of filters[key] ?? []) if (!values[key].includes(value)) values[key].push(value);
    }
  }
  return values;
}
