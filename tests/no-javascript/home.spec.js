// A child's home with JavaScript off: who their officer is, how to reach
// them, when the next review is and what they can do about it, then signing
// out. The page is the server's own HTML.
const { test, expect } = require('@playwright/test');
const { demo, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, screenshot, longDate } = require('../e2e/helpers');

test('Sam signs in and sees Priya, how to reach her and when his next review is', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Username').fill(demo.sam.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.sam.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toBeVisible();
  await expect(page.getByRole('link', { name: /priya@example\.org/ })).toHaveAttribute('href', 'mailto:priya@example.org');
  await expect(page.getByRole('link', { name: /01632 960 123/ })).toHaveAttribute('href', /^tel:/);
  const officer = await (await page.request.get('/api/me').then(async (r) => {
    const me = await r.json();
    return page.request.get(`/api/children/${me.child_id}/officer`);
  })).json();
  await expect(page.getByText(longDate(officer.next_review_due))).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tell Priya what you think' })).toHaveAttribute('href', '/my-views');
  await expect(page.getByRole('link', { name: "I don't feel safe" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'no-js-home-sam');

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the home fits a 320 px screen with no sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(demo.jay.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.jay.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Tom Reed')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
