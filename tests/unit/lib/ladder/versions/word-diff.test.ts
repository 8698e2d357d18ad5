import { describe, expect, it } from 'vitest';
import { changesWords, wordDiff } from '@lib/ladder/versions/word-diff';

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('Writes design docs in English.', 'Writes clear design docs in plain English.')).toEqual([
      { change: 'same', text: 'Writes ' },
      { change: 'inserted', text: 'clear ' },
      { change: 'same', text: 'design docs in ' },
      { change: 'inserted', text: 'plain ' },
      { change: 'same', text: 'English.' },
    ]);
    expect(wordDiff('Window functions.', 'Window functions and CTEs.')).toEqual([
      { change: 'same', text: 'Window functions ' },
      { change: 'inserted', text: 'and CTEs' },
      { change: 'same', text: '.' },
    ]);
  });

  it('gives the texts back: the same and inserted words make the new one, the same and deleted the old one', () => {
    // Unchanged words carry the new text's spacing, so the old text comes back with its words, not its spaces.
    const words = (text: string) => text.replace(/\s+/g, ' ').replace(/ (?=[.,])/g, '');
    const before = 'Reviews code within a day and explains every request.';
    const after = 'Reviews most code within two days and explains each request kindly.';
    const runs = wordDiff(before, after);
    expect(
      words(
        runs
          .filter((run) => run.change !== 'inserted')
          .map((run) => run.text)
          .join(''),
      ),
    ).toBe(before);
    expect(
      runs
        .filter((run) => run.change !== 'deleted')
        .map((run) => run.text)
        .join(''),
    ).toBe(after);
  });

  it('puts a replaced word as deleted then inserted, punctuation apart from the words', () => {
    expect(wordDiff('Plain charts.', 'Plain memos.')).toEqual([
      { change: 'same', text: 'Plain ' },
      { change: 'deleted', text: 'charts' },
      { change: 'inserted', text: 'memos' },
      { change: 'same', text: '.' },
    ]);
  });

  it('sees no change when only the spacing differs', () => {
    expect(changesWords(wordDiff('Plain  charts.', 'Plain charts.'))).toBe(false);
    expect(changesWords(wordDiff('Plain charts.', 'Plain memos.'))).toBe(true);
  });

  it('marks a whole text inserted or deleted when the other side is empty', () => {
    expect(wordDiff('', 'New words.')).toEqual([{ change: 'inserted', text: 'New words.' }]);
    expect(wordDiff('Old words.', '')).toEqual([{ change: 'deleted', text: 'Old words.' }]);
  });
});
