// A child signs in and sees who their reviewing officer is, how to reach
// them, and when their next review must happen by.
const { test, expect } = require('@playwright/test');
const { demo, signInChild, expectNoAxeViolations, screenshot, longDate } = require('./helpers');

test('Sam signs in and sees Priya Shah, her email and the next review date', async ({ page }) => {
  await signInChild(page, demo.sam);

  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toBeVisible();
  const email = page.getByRole('link', { name: /priya@example\.org/ });
  await expect(email).toHaveAttribute('href', 'mailto:priya@example.org');
  await expect(page.getByRole('link', { name: /01632 960 123/ })).toHaveAttribute('href', /^tel:/);

  // The date the page shows is the one the server computed from the rules.
  const me = await (await page.request.get('/api/me')).json();
  const officer = await (await page.request.get(`/api/children/${me.child_id}/officer`)).json();
  await expect(page.getByText(longDate(officer.next_review_due))).toBeVisible();
  await expect(page.getByText(/Leah has the same CISRO as you/)).toBeVisible();

  await expect(page).toHaveTitle(/My Say/);
  await screenshot(page, 'child-home-sam');
  await expectNoAxeViolations(page);
});

test('the home page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await signInChild(page, demo.jay);
  await expect(page.getByText('Tom Reed')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'child-home-jay-320');
});

test('signing out ends the session and returns to the sign-in page', async ({ page }) => {
  await signInChild(page, demo.leah);
  await expect(page.getByText('Priya Shah')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);
});
