// "I want an extra review" with JavaScript off: a missing answer is said
// at the top and by its question with nothing lost; the check step says
// who will read it and can go back to change it; Send makes one request
// however often it is pressed; Tom, in his own session, has it to answer.
const { test, expect } = require('@playwright/test');
const { demo, apiSignInStaff, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, longDate } = require('../e2e/helpers');

test('Jay asks for an extra review with no script, and it reaches Tom once', async ({ page, playwright, baseURL }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(demo.jay.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.jay.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'I want an extra review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'I want an extra review' })).toBeVisible();

  const why = `I want to be nearer my brother ${Date.now().toString(36)}`;
  await page.getByLabel('Tell us more (optional)').fill(why);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Choose when you would like the review' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('Tell us more (optional)')).toHaveValue(why);
  await expectNoAxeViolations(page);

  await page.getByLabel('I want to move').check();
  await page.getByLabel('As soon as possible').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check what you are sending' })).toBeVisible();
  await expect(page.locator('.answers')).toContainText(why);
  await expect(page.getByText('Tom will read this.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to change it: every answer is still there.
  await page.getByRole('button', { name: 'Change what I wrote' }).click();
  await expect(page.getByLabel('Tell us more (optional)')).toHaveValue(why);
  await expect(page.getByLabel('I want to move')).toBeChecked();
  await expect(page.getByLabel('As soon as possible')).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send my request' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Your request is sent' })).toBeVisible();
  const id = Number(new URL(page.url()).searchParams.get('sent'));

  const me = await (await page.request.get('/api/me')).json();
  const request = await (await page.request.get(`/api/children/${me.child_id}/requests/${id}`)).json();
  expect(request.asking.extra_review.why).toBe(why);
  // Tom, in his own session, has it to answer.
  const tom = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(tom, demo.tom);
  const his = await tom.get(`/api/children/${me.child_id}/requests/${id}`);
  expect(his.status()).toBe(200);
  expect((await his.json()).asking.extra_review.why).toBe(why);
  await tom.dispose();
  await expect(page.getByText(`Tom will answer by ${longDate(request.answer_due)}.`)).toBeVisible();
  // Once, however often Send was pressed.
  const all = await (await page.request.get(`/api/children/${me.child_id}/requests`)).json();
  expect(all.filter((r) => r.asking.extra_review && r.asking.extra_review.why === why)).toHaveLength(1);
});
