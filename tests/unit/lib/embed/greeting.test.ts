import { describe, expect, it } from 'vitest';
import { hostMissingLine, viewInsets } from '@lib/embed/greeting';
import { VIEW_MESSAGE, readViewMessage } from '@lib/embed/messages';

const HELP = 'https://ladder.example.com/software-engineer/embed-help/';

describe('the host view', () => {
  it('accepts only a well-formed view message', () => {
    expect(readViewMessage({ type: VIEW_MESSAGE, version: 1, top: 120, bottom: 920 })).toEqual({
      type: VIEW_MESSAGE,
      version: 1,
      top: 120,
      bottom: 920,
    });
    for (const data of [
      null,
      'career-ladder:view',
      { type: VIEW_MESSAGE, version: 2, top: 0, bottom: 10 },
      { type: VIEW_MESSAGE, version: 1, top: '0', bottom: 10 },
      { type: VIEW_MESSAGE, version: 1, top: -5, bottom: 10 },
      { type: VIEW_MESSAGE, version: 1, top: 20, bottom: 10 },
      { type: VIEW_MESSAGE, version: 1, top: 0, bottom: Infinity },
    ]) {
      expect(readViewMessage(data)).toBeUndefined();
    }
  });

  it('turns the on-screen part into insets from the frame edges, clamped to the frame', () => {
    expect(viewInsets({ top: 1000, bottom: 1800 }, 4000)).toEqual({ top: 1000, bottom: 2200, height: 800 });
    // The frame's top is below the top of the screen: the whole visible part starts at 0.
    expect(viewInsets({ top: 0, bottom: 500 }, 4000)).toEqual({ top: 0, bottom: 3500, height: 500 });
    // A host that rounds past the frame's edge.
    expect(viewInsets({ top: 3900, bottom: 4001 }, 4000)).toEqual({ top: 3900, bottom: 0, height: 100 });
  });
});

describe('the line shown when no host script answered', () => {
  it('names the wiki, what does not work, and links to the builder made for that wiki', () => {
    const line = hostMissingLine('https://wiki.example.com', true, HELP);
    expect(line.text).toBe(
      'No host script answered from the page at https://wiki.example.com, so this frame keeps a fixed height and ' +
        'scrolls inside, and your result is not sent to the page.',
    );
    expect(line.fixLabel).toBe('How to fix it on https://wiki.example.com');
    expect(line.fixHref).toBe(`${HELP}?address=https%3A%2F%2Fwiki.example.com#no-host-script`);
  });

  it('says nothing about results that were not asked for, and works without knowing the wiki', () => {
    const line = hostMissingLine(undefined, false, HELP);
    expect(line.text).toBe(
      'No host script answered from the page around this calculator, so this frame keeps a fixed height and scrolls inside.',
    );
    expect(line.fixHref).toBe(`${HELP}#no-host-script`);
  });
});
