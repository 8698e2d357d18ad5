import { describe, expect, it } from 'vitest';
import { buildLadder } from '@lib/ladder/model';
import { buildSearchRecords, filterValues } from '@integrations/pagefind-records';
import { miniSources } from '../lib/ladder/support';
import { seedLadder } from '../../fixtures/ladders';

const seed = seedLadder();
const seedTrack = seed.tracks[0]!;

describe('search records of the seed ladder', () => {
  const records = buildSearchRecords(seed, '/');

  it('gives every record a unique deep link on the site', () => {
    const urls = records.map((record) => record.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^\/software-engineer\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
  });

  it('indexes every behaviour, output, trap, anti-signal and "what you would see" of every competency level', () => {
    for (const competency of seedTrack.competencies) {
      for (const block of competency.levels) {
        const items = [...block.behaviours, ...block.outputs, ...block.traps, block.wouldSee, block.antiSignal];
        for (const item of items) {
          const found = records.find(
            (record) => record.url === `/software-engineer/competencies/${competency.slug}/#${item.id}`,
          );
          expect(found?.content, `${competency.slug} ${item.id}`).toBe(item.text);
          expect(found?.filters.competency).toEqual([competency.name]);
          expect(found?.filters.level).toEqual([block.level]);
        }
      }
    }
  });

  it('indexes a matrix cell with its competency, level, dimension and anchor', () => {
    const debugging = seedTrack.competencies
      .find((competency) => competency.slug === 'technical-mastery')!
      .dimensions.find((dimension) => dimension.name === 'Debugging')!;
    const cell = debugging.cells.L4!;
    const found = records.find(
      (record) => record.url === `/software-engineer/competencies/technical-mastery/#${cell.id}`,
    );
    expect(found).toBeDefined();
    expect(found!.content).toContain(cell.text);
    expect(found!.content).toContain('Debugging');
    expect(found!.meta).toMatchObject({ competency: 'Technical Mastery', level: 'L4', kind: 'Measurement matrix' });
    expect(found!.meta.title).toBe('Technical Mastery · L4 · Measurement matrix · Debugging');
  });

  it('links promotion criteria to the promotion page with the step-prefixed anchor and both levels as filters', () => {
    const step = seedTrack.promotions.find((promotion) => promotion.from === 'L2' && promotion.to === 'L3')!;
    const mentoring = step.portfolio.find((item) => item.text.startsWith('Mentoring evidence'))!;
    const found = records.find((record) => record.content === mentoring.text)!;
    expect(found.url).toBe(`/software-engineer/promotion/#${step.slug}--${mentoring.id}`);
    expect(found.filters.level).toEqual(['L2', 'L3']);
    expect(found.filters.competency).toEqual([]);
    expect(found.meta).toMatchObject({ level: 'L2 → L3', kind: 'Portfolio (CORE)' });
    // Every demonstrate, portfolio and verification item of every step is there.
    const promotionItems = seedTrack.promotions.flatMap((p) => [...p.demonstrate, ...p.portfolio, ...p.verification]);
    expect(records.filter((record) => record.url.includes('/promotion/#'))).toHaveLength(promotionItems.length);
  });

  it('names the sub-track of a sub-track-specific criterion in its title', () => {
    const found = records.find((record) => record.content.startsWith('Principal: technical RFC'))!;
    expect(found.meta.title).toContain('Principal Engineer');
  });

  it('indexes each IC track once with its body text and facts, at its level', () => {
    for (const icTrack of seedTrack.icTracks) {
      const found = records.filter((record) => record.url === `/software-engineer/ic-tracks/#${icTrack.slug}`);
      expect(found).toHaveLength(1);
      expect(found[0]!.content).toContain(icTrack.whenToConsider[0]!);
      expect(found[0]!.content).toContain(icTrack.facts[0]!.value);
      expect(found[0]!.filters.level).toEqual([icTrack.level]);
    }
    const principal = records.find((record) => record.url.endsWith('#principal-engineer'))!;
    expect(principal.content).toContain('Drives technical direction through code');
  });

  it('offers the competencies in ladder order and levels in rank order as filter values', () => {
    const values = filterValues(records);
    expect(values.competency).toEqual(seedTrack.competencies.map((competency) => competency.name));
    expect(values.level).toEqual(seedTrack.levels.map((level) => level.code));
    expect(values.kind).toContain('Common traps');
  });
});

describe('search records under a base path', () => {
  it('prefixes every URL with the base path', () => {
    const records = buildSearchRecords(seed, '/ladder/');
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record.url.startsWith('/ladder/software-engineer/')).toBe(true);
  });
});

describe('search records of another track', () => {
  it("follow that track's slug, names and renamed labels", () => {
    const sources = miniSources();
    sources.tracks[0]!.data.labels = { ...sources.tracks[0]!.data.labels, commonTraps: 'Pitfalls' };
    const ladder = buildLadder(sources);
    const track = ladder.tracks[0]!;
    const records = buildSearchRecords(ladder, '/');
    expect(records.every((record) => record.url.startsWith(`/${track.slug}/`))).toBe(true);
    expect(records.every((record) => record.meta.track === track.name)).toBe(true);
    const traps = records.filter((record) => record.meta.kind === 'Pitfalls');
    expect(traps.length).toBeGreaterThan(0);
    expect(traps.length).toBe(track.competencies.flatMap((c) => c.levels.flatMap((l) => l.traps)).length);
  });
});
