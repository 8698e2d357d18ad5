/**
 * The answer card as DOM: a section above the results with a heading, its facts, a sentence or two, one
 * short list and a link to the answer's exact place. Built from text only (never inserted as HTML).
 */
import type { AnswerCard } from './answer-card';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Fills `container` with the card (or empties and hides it when there is none). */
export function renderAnswer(container: HTMLElement, card: AnswerCard | undefined, href: string): void {
  container.replaceChildren();
  container.hidden = !card;
  if (!card) return;
  const kicker = element('p', 'search-answer-kicker', 'Answer');
  const heading = element('h2', 'search-answer-title', card.title);
  heading.id = 'search-answer-title';
  container.setAttribute('aria-labelledby', heading.id);
  container.append(kicker, heading);
  if (card.facts.length) container.append(element('p', 'search-answer-facts', card.facts.join(' · ')));
  if (card.summary) container.append(element('p', 'search-answer-summary', card.summary));
  if (card.list && card.list.items.length) {
    // A list the card's title already names ("Mentoring: Anti-signal") needs no second heading.
    if (!card.title.includes(card.list.heading))
      container.append(element('h3', 'search-answer-list-title', card.list.heading));
    const list = element('ul', 'search-answer-list');
    list.append(...card.list.items.map((text) => element('li', '', text)));
    container.append(list);
  }
  const open = element('a', 'search-answer-link', `${card.linkText} →`);
  open.href = href;
  container.append(open);
}
