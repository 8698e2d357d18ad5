/**
 * The geometry of the ladder picture (components/ladder/LadderPicture.astro): the levels as a staircase
 * on the overall-score axis. Each level is a block in its own column that spans its score band, so the
 * blocks climb from L1 to the top level; the hire bar is a line across at the hire-bar level's lowest
 * score; a level with sub-tracks (management and IC) is split into one lane per sub-track, and a fork
 * joins the last single-track level to the first lanes. Pure numbers from the track, drawn by the component.
 */
import type { Level, Track } from '../ladder/model';
import { formatBand, levelCardTitle, oneDecimal } from './format';

export interface PictureLayout {
  width: number;
  /** Room above the plot for the labels of the top level. */
  top: number;
  plotHeight: number;
  /** Room on the left for the score axis. */
  left: number;
  /** Font size of the level labels; the other sizes follow from it. */
  fontSize: number;
  /** Also write each level's title and its sub-tracks' names (the wide picture). */
  titles: boolean;
}

export const WIDE: PictureLayout = { width: 760, top: 104, plotHeight: 236, left: 46, fontSize: 13, titles: true };
export const COMPACT: PictureLayout = { width: 330, top: 48, plotHeight: 236, left: 36, fontSize: 14, titles: false };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Lane extends Box {
  /** "Mgmt" or "IC". */
  label: string;
  name: string;
}

export interface Step extends Box {
  level: Level;
  /** One lane per sub-track, left to right, or none. */
  lanes: Lane[];
  /** Lines written above the block, top to bottom. */
  label: string[];
  /** Baseline of the first label line. */
  labelY: number;
}

export interface LadderPicture {
  width: number;
  height: number;
  steps: Step[];
  /** Score axis: a tick per whole score. */
  axis: { x: number; top: number; bottom: number; ticks: { value: string; y: number }[] };
  hireBar: { y: number; label: string; x1: number; x2: number } | undefined;
  /**
   * Curves from the side of the last single-track level to the foot of each first lane, and from each lane
   * to the lane of the same kind one level up.
   */
  fork: { x1: number; y1: number; x2: number; y2: number }[];
}

const GAP = 6;

/** Greedy word wrap for an approximate character width (SVG text does not wrap by itself). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const laneLabel = (kind: 'management' | 'ic'): string => (kind === 'ic' ? 'IC' : 'Mgmt');

/** The lane's label, shortened to "M" when "Mgmt" does not fit the lane (lane text is 0.85 of the font size). */
const fittingLaneLabel = (kind: 'management' | 'ic', width: number, fontSize: number): string => {
  const label = laneLabel(kind);
  return label.length * fontSize * 0.85 * 0.62 + 4 <= width ? label : label.charAt(0);
};

/** Where scores and columns fall in the drawing. */
interface Scale {
  low: number;
  high: number;
  /** The height of a score on the axis. */
  y: (score: number) => number;
  /** The width of one level's column. */
  column: number;
}

function pictureScale(levels: Level[], layout: PictureLayout): Scale {
  const low = Math.min(...levels.map((level) => level.band.min));
  const high = Math.max(...levels.map((level) => level.band.max));
  const { top, left, plotHeight } = layout;
  const y = (score: number) => top + ((high - score) / (high - low || 1)) * plotHeight;
  const column = (layout.width - left - GAP) / levels.length;
  return { low, high, y, column };
}

/** One block per level, split into lanes by sub-track, with the lines written above it. */
function placeSteps(levels: Level[], layout: PictureLayout, { y, column }: Scale): Step[] {
  const { left, fontSize } = layout;
  const lineHeight = fontSize * 1.25;
  const maxChars = Math.max(4, Math.floor((column - GAP) / (fontSize * 0.58)));
  return levels.map((level, index): Step => {
    // Blocks reach up to the next level's band, so the stairs touch (bands leave 0.1 between them).
    const upper = levels[index + 1]?.band.min ?? level.band.max;
    const box = {
      x: left + GAP + index * column,
      y: y(upper),
      width: column - GAP,
      height: y(level.band.min) - y(upper),
    };
    const laneWidth = box.width / Math.max(1, level.subTracks.length);
    const lanes = level.subTracks.map((sub, i) => ({
      x: box.x + i * laneWidth + (i > 0 ? 1 : 0),
      y: box.y,
      width: laneWidth - (i > 0 ? 1 : 0),
      height: box.height,
      label: fittingLaneLabel(sub.kind, laneWidth, fontSize),
      name: sub.name,
    }));
    const label = layout.titles
      ? [
          ...wrap(`${level.code} ${level.title}`, maxChars),
          formatBand(level.band),
          ...level.subTracks.flatMap((sub) => wrap(`${laneLabel(sub.kind)}: ${sub.name}`, maxChars)),
        ]
      : [level.code, formatBand(level.band).replace(/ /g, '')];
    return { ...box, level, lanes, label, labelY: box.y - 6 - (label.length - 1) * lineHeight };
  });
}

/** The fork into lanes, then each lane joined to the lane of its kind one level up. */
function forkCurves(steps: Step[]): LadderPicture['fork'] {
  const firstFork = steps.findIndex((step) => step.lanes.length > 1);
  const before = steps[firstFork - 1];
  const fork: LadderPicture['fork'] =
    firstFork > 0 && before
      ? steps[firstFork]!.lanes.map((lane) => ({
          x1: before.x + before.width,
          y1: before.y + Math.min(before.height / 2, 18),
          x2: lane.x + lane.width / 2,
          y2: lane.y + lane.height,
        }))
      : [];

  // Each track continues upwards: a lane joins the lane of the same kind on the next level.
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    step.lanes.forEach((lane, i) => {
      const kind = step.level.subTracks[i]?.kind;
      const j = next?.level.subTracks.findIndex((sub) => sub.kind === kind) ?? -1;
      const target = next?.lanes[j];
      if (target) {
        fork.push({
          x1: lane.x + lane.width,
          y1: lane.y + Math.min(lane.height / 2, 12),
          x2: target.x + target.width / 2,
          y2: target.y + target.height,
        });
      }
    });
  });
  return fork;
}

export function ladderPicture(track: Track, layout: PictureLayout): LadderPicture {
  const { levels } = track;
  const { top, left, plotHeight, fontSize } = layout;
  const bottom = top + plotHeight;
  const scale = pictureScale(levels, layout);
  const { low, high, y } = scale;
  const steps = placeSteps(levels, layout, scale);
  const hire = levels.find((level) => level.isHireBar);
  const fork = forkCurves(steps);

  const ticks: { value: string; y: number }[] = [];
  for (let score = Math.ceil(low); score <= Math.floor(high); score++)
    ticks.push({ value: oneDecimal(score), y: y(score) });
  return {
    width: layout.width,
    height: bottom + fontSize * 1.6,
    steps,
    axis: { x: left, top, bottom, ticks },
    hireBar: hire && {
      y: y(hire.band.min),
      label: `${track.labels.hireBar} ${oneDecimal(hire.band.min)}`,
      x1: left,
      x2: layout.width,
    },
    fork,
  };
}

/** The picture in words: its text equivalent, shown as the figure's caption. */
export function describeLadder(track: Track): string {
  const { levels } = track;
  const first = levels[0];
  const last = levels.at(-1);
  if (!first || !last) return '';
  const parts = [
    `The ${levels.length} levels on the overall-score axis, from ${first.code} ${first.title} (${formatBand(first.band)}) to ${last.code} ${last.title} (${formatBand(last.band)}).`,
  ];
  const hire = levels.find((level) => level.isHireBar);
  if (hire) parts.push(`The ${track.labels.hireBar} is ${hire.code}, from a score of ${oneDecimal(hire.band.min)}.`);
  const forked = levels.filter((level) => level.subTracks.length > 1);
  if (forked[0]) {
    const kinds = ['management', 'ic'] as const;
    const tracks = kinds
      .map((kind) => {
        const names = forked.flatMap((level) => level.subTracks.filter((sub) => sub.kind === kind).map((s) => s.name));
        return names.length > 0 ? `${kind === 'ic' ? 'an IC' : 'a management'} track (${names.join(', ')})` : '';
      })
      .filter(Boolean);
    parts.push(`From ${forked[0].code} the ladder forks into ${tracks.join(' and ')}.`);
  }
  return parts.join(' ');
}

/**
 * A step link's accessible name: the words it shows, in order (so speech input can say what it sees),
 * then what the compact drawing leaves out (the title) and whether it is the hire bar.
 */
export function stepName(step: Step, track: Track, layout: PictureLayout): string {
  const extras = [
    ...(layout.titles ? [] : [levelCardTitle(step.level)]),
    ...(step.level.isHireBar ? [track.labels.hireBar] : []),
  ];
  return [step.label.join(' '), ...extras].join(', ');
}
