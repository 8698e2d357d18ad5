// Share links as they arrive after mail, chat and wikis. A link that was mangled in a way whose intent is
// clear (upper-cased prefix, a leading space, %2E for its dots, a direction mark) still opens; anything else
// that was meant as a link (cut short, %00, upper-cased as a whole) gets the one "damaged or incomplete"
// message and changes nothing. The rules are in src/lib/assessment/fragment-text.ts.
import { encodeShareLink } from '../../src/lib/assessment/share-link';
import {
  CALCULATOR_PATH,
  calculatorReady,
  flatRater,
  model,
  savedNow,
  savedPeople,
  score,
  seedPeople,
} from './calculator-support';
import { expect, test } from './support/test.ts';

/** A link to a self-assessment of level 4 everywhere: it shows a score of 4.00 when it opens. */
const link = encodeShareLink(model, { self: flatRater(4), manager: { ratings: {}, antiSignals: {} } });

const refused = [
  ['cut short to one letter', '#c'],
  ['cut short to two letters', '#cl'],
  ['cut short before its first dot', '#cl2'],
  ['upper-cased as a whole', `#${link.toUpperCase()}`],
  ['with %00 in front', `#%00${link}`],
  ['with %00 inside', `#${link.slice(0, 12)}%00${link.slice(12)}`],
] as const;

const repaired = [
  ['with an upper-case prefix', `#${link.replace('cl2.', 'CL2.')}`],
  ['with a leading space', `# ${link}`],
  ['with its dots written %2E', `#${link.replaceAll('.', '%2E')}`],
  ['with a right-to-left mark in front', `#\u200f${link}`],
] as const;

test.describe('calculator: share-link fragments', () => {
  test('a fragment meant as a link but not one says so in one message and changes nothing', async ({ page }) => {
    await seedPeople(page, savedPeople([{ name: 'Alex', raters: { self: flatRater(2), manager: flatRater(2) } }]));
    await page.goto(CALCULATOR_PATH);
    await calculatorReady(page);
    const before = await savedNow(page);
    const alert = page.getByRole('alert');
    for (const [what, fragment] of refused) {
      await test.step(what, async () => {
        await page.goto('about:blank');
        await page.goto(`${CALCULATOR_PATH}${fragment}`);
        await calculatorReady(page);
        await expect(alert).toHaveCount(1);
        await expect(alert).toHaveText(
          'This shared link could not be opened. The shared link is damaged or incomplete; check that the whole ' +
            'link was copied. Your own saved assessments are shown instead and were not changed.' +
            'Continue with my assessment',
        );
        await expect(page.getByRole('form', { name: 'You opened a shared assessment' })).toHaveCount(0);
        await expect(score(page)).toHaveText('2.00');
        expect(await savedNow(page)).toEqual(before);
      });
    }
  });

  test('an in-page anchor is not taken for a link, and a link pasted cut short into the open page says so', async ({
    page,
  }) => {
    await page.goto(`${CALCULATOR_PATH}#main`);
    await calculatorReady(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'You opened a shared assessment' })).toHaveCount(0);

    await page.evaluate(() => (window.location.hash = 'cl'));
    await expect(page.getByRole('alert')).toContainText('The shared link is damaged or incomplete');
    await page.getByRole('button', { name: 'Continue with my assessment' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The address is cleared once the link check (loaded with the decoder) has said it was a link.
    await expect.poll(() => new URL(page.url()).hash).toBe('');
  });

  test('a link mangled in a way whose intent is clear opens', async ({ page }) => {
    const alert = page.getByRole('alert');
    const choice = page.getByRole('form', { name: 'You opened a shared assessment' });
    for (const [what, fragment] of repaired) {
      await test.step(`a link ${what} opens`, async () => {
        // A page opened with the link, not a fragment changed in an open page.
        await page.goto('about:blank');
        await page.goto(`${CALCULATOR_PATH}${fragment}`);
        await calculatorReady(page);
        await expect(choice, `a link ${what}`).toBeVisible();
        await expect(score(page), `a link ${what}`).toHaveText('4.00');
        await expect(alert, `a link ${what}`).toHaveCount(0);
      });
    }
  });
});
