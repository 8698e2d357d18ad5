/**
 * The search page's question helper: fetches the ladder's words on the first search, reads each query,
 * fetches a track's details and answer cards only when a question names something there, and the index vocabulary only
 * when a word found nothing. A file that cannot be fetched only costs the answer or the suggestion: the
 * results never wait on it failing.
 */
import { answerCard, needsCompetencyLevels, type AnswerCard } from './answer-card';
import type { CompetencyLevelAnswer, TrackAnswers } from './answers';
import { answersUrl, competencyLevelAnswersUrl, trackTermsUrl } from './files';
import type { TermsIndex, TrackDetails } from './terms';
import {
  answerTarget,
  answerTrack,
  lexicon,
  targetHref,
  understand,
  type AnswerTarget,
  type Understanding,
} from './understand';
import { didYouMean } from './vocabulary';

export interface ReadQuestion {
  understanding: Understanding;
  /** The named competencies and levels as the index's filter values (names and codes). */
  named: { competency: string[]; level: string[] };
  card?: AnswerCard;
  href?: string;
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

/** Fetches once, remembers the answer; a failure is remembered as undefined. */
const once = <T>(load: () => Promise<T>) => {
  let value: Promise<T | undefined> | undefined;
  return () => (value ??= load().catch((error: unknown) => (console.error(error), undefined)));
};

export function questionReader(termsUrl: string, vocabularyUrl: string) {
  const terms = once(async () => {
    const index = await getJson<TermsIndex>(termsUrl);
    return { index, phrases: lexicon(index) };
  });
  const files = new Map<string, () => Promise<unknown>>();
  /** Each answer file fetched once, by its URL. */
  const fetchOnce = <T>(url: string) => {
    if (!files.has(url))
      files.set(
        url,
        once(() => getJson<T>(url)),
      );
    return files.get(url)!() as Promise<T | undefined>;
  };
  /** The competency's levels a card lists: the one named, or all of them for a kind across levels. */
  const levelsOf = async (
    base: string,
    answers: TrackAnswers,
    target: Extract<AnswerTarget, { type: 'competencyLevel' | 'competencyKind' }>,
  ) => {
    const codes =
      target.type === 'competencyLevel'
        ? [target.level]
        : (answers.competencies.find((competency) => competency.slug === target.competency)?.levels ?? []);
    const files = await Promise.all(
      codes.map((code) =>
        fetchOnce<CompetencyLevelAnswer>(competencyLevelAnswersUrl(base, target.track, target.competency, code)),
      ),
    );
    return files.filter((file): file is CompetencyLevelAnswer => file !== undefined);
  };
  const vocabulary = once(() => getJson<string[]>(vocabularyUrl));

  return {
    /** Starts fetching the ladder's words (on focus, before the first search). */
    preload: () => void terms(),
    /** What a query names, and its answer card if it has one; undefined when the words could not load. */
    async read(query: string): Promise<ReadQuestion | undefined> {
      const loaded = await terms();
      if (!loaded) return undefined;
      const { index, phrases } = loaded;
      const { base } = index;
      const understanding = understand(query, index, phrases);
      const slug = answerTrack(understanding, index);
      const track = slug ? await fetchOnce<TrackDetails>(trackTermsUrl(base, slug)) : undefined;
      const named = {
        competency: understanding.competencies.flatMap(
          (competency) => track?.competencies.find((candidate) => candidate.slug === competency)?.name ?? [],
        ),
        level: understanding.levels.map((level) => level.code),
      };
      const target = track && answerTarget(understanding, track);
      if (!target) return { understanding, named };
      const trackAnswers = await fetchOnce<TrackAnswers>(answersUrl(base, target.track));
      const levels = trackAnswers && needsCompetencyLevels(target) ? await levelsOf(base, trackAnswers, target) : [];
      const card = trackAnswers && answerCard(target, trackAnswers, levels);
      return card ? { understanding, named, card, href: targetHref(target, track, base) } : { understanding, named };
    },
    /** The query with `words` the index does not hold replaced by the closest ones it does. */
    async suggest(query: string, words: string[]): Promise<string | undefined> {
      const known = await vocabulary();
      return known && didYouMean(query, known, words);
    },
  };
}

export type QuestionReader = ReturnType<typeof questionReader>;
