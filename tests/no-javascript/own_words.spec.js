// A child's own words with JavaScript off. "Tell Tom what you think": Jay
// keeps a draft with "Save my draft", checks it, chooses who else may read
// it (the words above Send follow his ticks with no script), sends it, and
// adds to it; Tom reads it in his own session, and Jay's page says so.
// "My meeting": Jay's wishes reach Tom's view of his next review.
const { test, expect } = require('@playwright/test');
const { demo, apiSignInStaff, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, screenshot } = require('../e2e/helpers');

// These tests write Jay's drafts on one shared server: one at a time.
test.describe.configure({ mode: 'serial' });

const GOING_WELL = 'What is going well? (optional)';
const WANT_TO_CHANGE = 'What do you want to change? (optional)';

function fresh(words) {
  return `${words} ${Date.now().toString(36)}`;
}

async function signIn(page, who) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(who.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
}

test('Jay keeps a draft, sends his views to Tom, sees Tom read them, and adds to them', async ({ page, playwright, baseURL }) => {
  await signIn(page, demo.jay);
  await page.getByRole('link', { name: 'Tell Tom what you think' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tell Tom what you think' })).toBeVisible();
  const first = fresh('Football on Saturdays.');
  await page.getByLabel(GOING_WELL).fill(first);
  await page.getByRole('button', { name: 'Save my draft' }).click();
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await expectNoAxeViolations(page);

  // Away and back: the draft is the server's.
  await page.goto('/');
  await page.getByRole('link', { name: 'Tell Tom what you think' }).click();
  await expect(page.getByLabel(GOING_WELL)).toHaveValue(first);
  const second = fresh('I want to call my mum more.');
  await page.getByLabel(WANT_TO_CHANGE).fill(second);
  await page.getByRole('button', { name: 'Check and send' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check what you are sending' })).toBeVisible();
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText(second)).toBeVisible();
  await expect(page.getByText('Only Tom can read this.')).toBeVisible();
  await page.getByLabel('Your social worker').check();
  await expect(page.getByText('Only Tom can read this.')).toBeHidden();
  await expect(page.getByText('These people can read this:')).toBeVisible();
  await page.getByLabel('Your social worker').uncheck();
  await expect(page.getByText('Only Tom can read this.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'no-js-my-views-check');
  await page.getByRole('button', { name: 'Send it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your views are sent' })).toBeVisible();
  const id = Number(new URL(page.url()).searchParams.get('sent'));
  expect(id).toBeGreaterThan(0);

  // Tom, in his own session, opens it.
  const me = await (await page.request.get('/api/me')).json();
  const tom = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(tom, demo.tom);
  const opened = await tom.get(`/api/children/${me.child_id}/contributions/${id}`);
  expect(opened.status()).toBe(200);
  expect(await opened.text()).toContain(second);
  await tom.dispose();

  // Jay sees that Tom read it, and the form is empty for next time.
  await page.goto('/my-views');
  const mine = page.locator('article.sent').filter({ hasText: second });
  await expect(mine).toContainText(/Tom Reed read this on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(page.getByLabel(GOING_WELL)).toHaveValue('');

  // "I want to add something" opens with no script.
  await mine.getByText('I want to add something').click();
  const more = fresh('And I like my new school.');
  await mine.getByLabel('What do you want to add?').fill(more);
  await mine.getByRole('button', { name: 'Add this' }).click();
  const after = page.locator('article.sent').filter({ hasText: second });
  await expect(after).toContainText(more);
  await expect(after).toContainText(/Added on \d{1,2} [A-Z][a-z]+ \d{4}/);
});

test('nothing written gets a clear message, and a box over the limit keeps every word', async ({ page }) => {
  await signIn(page, demo.jay);
  await page.goto('/my-views');
  for (const label of [GOING_WELL, 'What is not going well? (optional)', WANT_TO_CHANGE]) {
    await page.getByLabel(label).fill('');
  }
  await page.getByLabel(/Is there anything else you want .* to know\? \(optional\)/).fill('');
  await page.getByRole('button', { name: 'Check and send' }).click();
  await expect(page.getByRole('alert')).toContainText('You have not written anything yet');
  await expect(page).toHaveTitle(/^Error: /);
  const long = 'a'.repeat(3005);
  await page.getByLabel(GOING_WELL).fill(long);
  await page.getByRole('button', { name: 'Save my draft' }).click();
  await expect(page.getByRole('alert')).toContainText('It can be up to 3000 characters');
  await expect(page.getByLabel(GOING_WELL)).toHaveValue(long);
  await expectNoAxeViolations(page);
});

test('the page fits a 320 px screen with no sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await signIn(page, demo.jay);
  await page.goto('/my-views');
  await expect(page.getByRole('heading', { level: 1, name: 'Tell Tom what you think' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("Jay's meeting wishes reach Tom's view of his next review", async ({ page, playwright, baseURL }) => {
  await signIn(page, demo.jay);
  await page.getByRole('link', { name: 'My meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My meeting' })).toBeVisible();
  await page.getByRole('group', { name: /Do you want to come/ }).getByLabel('Yes', { exact: true }).check();
  await page.getByRole('group', { name: /chair/ }).getByLabel('Yes, on my own').check();
  const who = fresh('My social worker and my nan');
  await page.getByLabel('Who do you want to be there? (optional)').fill(who);
  await page.getByLabel('Help to communicate').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Check and send' }).click();
  await expect(page.getByText(who)).toBeVisible();
  await expect(page.getByText('Yes, on my own')).toBeVisible();
  await page.getByRole('button', { name: 'Send my wishes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your wishes are sent' })).toBeVisible();

  const me = await (await page.request.get('/api/me')).json();
  const tom = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(tom, demo.tom);
  const review = await (await tom.get(`/api/children/${me.child_id}/reviews/next`)).json();
  await tom.dispose();
  expect(review.meeting_wishes.who_i_want).toBe(who);
  expect(review.meeting_wishes.want_to_chair).toBe('on_my_own');
  expect(review.meeting_wishes.need_communication_help).toBe(true);

  // Next time the form starts from what he sent.
  await page.goto('/my-meeting');
  await expect(page.getByLabel('Who do you want to be there? (optional)')).toHaveValue(who);
  await expect(page.getByRole('group', { name: /chair/ }).getByLabel('Yes, on my own')).toBeChecked();
});
