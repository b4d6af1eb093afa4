// "My requests" with JavaScript off: Jay asks for an extra review, Tom
// says no in his own session, and Jay reads Tom's reasons word for word
// and what he can do next, on a page that is the server's own HTML.
const { test, expect } = require('@playwright/test');
const { demo, csrf, apiSignInStaff, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, longDate } = require('../e2e/helpers');

test("Jay reads Tom's reasons for saying no, and what he can do next", async ({ page, playwright, baseURL }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(demo.jay.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.jay.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);

  const me = await (await page.request.get('/api/me')).json();
  const why = `I want to live nearer my school ${Date.now().toString(36)}`;
  const asked = await page.request.post(`/api/children/${me.child_id}/requests`, {
    headers: csrf,
    data: {
      send_id: `no-js-${Date.now()}`,
      asking: { extra_review: { why, quick_reasons: ['want_to_move'], when: 'as_soon_as_possible' } },
    },
  });
  expect(asked.status()).toBe(201);
  const request = await asked.json();

  // Before an answer: when it will come.
  await page.getByRole('link', { name: 'My requests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
  const mine = page.locator('article.request').filter({ hasText: why });
  await expect(mine.getByText(`Tom will answer by ${longDate(request.answer_due)}.`)).toBeVisible();

  const tom = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(tom, demo.tom);
  const reasons = 'Your review is in two weeks. We will talk about where you live then.';
  const decided = await tom.post(`/api/children/${me.child_id}/requests/${request.request_id}/decision`, {
    headers: csrf,
    data: { outcome: { declined: { reasons } } },
  });
  expect(decided.status()).toBe(201);
  await tom.dispose();

  await page.reload();
  await expect(mine.getByText("Tom said no. These are Tom's reasons, word for word:")).toBeVisible();
  await expect(mine.locator('blockquote.reasons')).toHaveText(reasons);
  await expect(mine.getByRole('heading', { name: 'What you can do next' })).toBeVisible();
  await expect(mine.getByText(`You asked on ${longDate(request.asked_on)}`)).toBeVisible();
  await expectNoAxeViolations(page);
});
