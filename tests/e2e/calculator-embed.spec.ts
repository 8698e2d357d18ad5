// The embed on a wiki of the same site as the ladder (wiki.corp.example next to ladder.corp.example; here
// two ports of 127.0.0.1): the frame shares the ladder's storage, so it could read a person's saved
// assessments and hand their result to the wiki on load. It must do neither until the person acts.
import { RESULT_MESSAGE } from '../../src/lib/embed/messages';
import {
  CALCULATOR_PATH,
  PEOPLE_KEY,
  competency,
  flatRater,
  levelOption,
  model,
  savedPeople,
} from './calculator-support';
import { EMBED_PATH, calculatorLoaded, receivedMessages, testWithHost } from './embed-support';
import { expect } from './support/test.ts';

const test = testWithHost;

const mastery = competency('technical-mastery');

test('a same-site embed reads saved assessments only after the person chooses to, and posts only after a rating', async ({
  page,
  baseURL,
  host,
}) => {
  // Alex was rated on the ladder's own self-assessment page, in this browser: the ladder's origin saved him. (Any
  // document of that origin writes the same storage; its robots.txt is the cheapest to load.)
  await page.goto('robots.txt');
  expect(new URL(page.url()).origin).toBe(new URL(CALCULATOR_PATH, baseURL).origin);
  const alex = savedPeople([{ name: 'Alex', raters: { self: flatRater(3) } }]);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PEOPLE_KEY, JSON.stringify(alex)]);

  const embedUrl = new URL(
    `${EMBED_PATH}?storage=local&postResults=1&parentOrigin=${encodeURIComponent(host.origin)}`,
    baseURL,
  );
  expect(new URL(host.origin).hostname).toBe(embedUrl.hostname);
  await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));
  const frame = page.frameLocator('#calculator');
  await calculatorLoaded(frame);
  const messages = () => receivedMessages(page);
  const results = async () => (await messages()).filter((m) => m.data.type === RESULT_MESSAGE);

  // Loaded and talking to the host (it sized the frame), but it shows nothing saved and sent no result.
  await expect.poll(async () => (await messages()).length).toBeGreaterThan(0);
  await expect(frame.getByTestId('score-pending')).toBeVisible();
  await expect(frame.getByText('What is stored where: nothing.', { exact: false })).toBeVisible();
  expect(await results()).toEqual([]);

  // The person chooses to use what they saved: Alex appears, and still nothing is sent.
  await frame.getByRole('button', { name: 'Use my saved assessments' }).click();
  await expect(frame.getByTestId('score')).toHaveText('3.00');
  await expect(frame.getByRole('combobox', { name: 'Person' }).locator('option:checked')).toHaveText('Alex');
  expect(await results()).toEqual([]);

  // A rating made here is what the host receives: one dimension at L1 demotes Technical Mastery to L2.
  const group = frame.getByRole('radiogroup', { name: `${mastery.shortName}: ${mastery.dimensions[0]!.name}` });
  await levelOption(group, 1).check();
  await expect.poll(async () => (await results()).length).toBeGreaterThan(0);
  const received = await results();
  for (const message of received) {
    expect(message.origin).toBe(embedUrl.origin);
    expect(message.data.competencies).toContainEqual({ id: mastery.id, level: model.levels[1]!.code });
  }
});
