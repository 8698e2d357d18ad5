/**
 * What the search page loads on its first search, as one chunk: reading questions, the answer card, results
 * with some of the words and "did you mean". The page's own script stays small; a reader who never searches
 * never downloads this.
 */
export { renderAnswer } from './answer-view';
export { questionReader, type QuestionReader, type ReadQuestion } from './question';
export { rankByWords, someWordsItems } from './some-words';
export { unseenWords } from './vocabulary';
export { tokens } from './words';
