/** An MDX body's plain text and parts, as search, /ladder.json and the checks see them. */
import { describe, expect, it } from 'vitest';
import { blocksText, bodyBlocks, BodySyntaxError, splitSummaryAndExample } from '@lib/ladder/body';

describe('the plain text of a body', () => {
  it('keeps the words of MDX and drops its markup, imports and expressions', () => {
    const body = 'import X from "y";\n\n## Heading\n\nSome **bold** [link](/a/) <Tag prop="1" />text {1 + 1}.';
    expect(blocksText(bodyBlocks(body))).toBe('Heading Some bold link text .');
  });

  it('keeps quotes, apostrophes and dashes as written (the pages add typography, search does not)', () => {
    expect(blocksText(bodyBlocks(`The team's "idiomatic" pattern -- mostly...`))).toBe(
      `The team's "idiomatic" pattern -- mostly...`,
    );
  });

  it('reads the items of a list as words, not one run-on word', () => {
    expect(blocksText(bodyBlocks('- One\n- Two'))).toBe('One Two');
  });
});

describe('a competency level body', () => {
  const body = 'Summary *one*.\n\nSummary two.\n\n## What you would see\n\nThe example.';

  it('splits at its one level-2 heading into the summary and the example', () => {
    const { summary, heading, example } = splitSummaryAndExample(bodyBlocks(body));
    expect(blocksText(summary)).toBe('Summary one. Summary two.');
    expect(heading?.text).toBe('What you would see');
    expect(blocksText(example)).toBe('The example.');
  });

  it('is all summary when it has no heading', () => {
    const { summary, heading, example } = splitSummaryAndExample(bodyBlocks('Only a summary.'));
    expect([blocksText(summary), heading, example]).toEqual(['Only a summary.', undefined, []]);
  });
});

describe('a body that is not valid MDX', () => {
  it('throws with the line and the reason', () => {
    expect(() => bodyBlocks('Fine.\n\nAn unclosed {expression')).toThrow(BodySyntaxError);
    try {
      bodyBlocks('Fine.\n\nAn unclosed {expression');
    } catch (error) {
      expect((error as BodySyntaxError).line).toBe(3);
      expect((error as BodySyntaxError).reason).toMatch(/closing brace/);
    }
  });
});
