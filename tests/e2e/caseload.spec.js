// A reviewing officer's first page: their children, soonest review first.
const { test, expect } = require('@playwright/test');
const { demo, signInStaff, expectNoAxeViolations, screenshot } = require('./helpers');

test('Priya signs in and sees Sam and Leah but not Jay', async ({ page }) => {
  await signInStaff(page, demo.priya);
  await expect(page.getByRole('heading', { level: 1, name: 'Your children' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /Sam Taylor/ })).toBeVisible();
  await expect(main.getByRole('link', { name: /Leah Taylor/ })).toBeVisible();
  await expect(main.getByText(/Jay/)).toHaveCount(0);
  // An overdue review is flagged in words, not colour alone.
  await expect(main.getByText('Overdue').first()).toBeVisible();
  await screenshot(page, 'caseload-priya');
  await expectNoAxeViolations(page);
});

test('the manager sees children waiting too long for a reviewing officer', async ({ page }) => {
  await signInStaff(page, demo.manager);
  await expect(page.getByRole('heading', { level: 1, name: 'All children' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Children without a CISRO' })).toBeVisible();
  await expect(page.getByText(/working days in care without a CISRO/).first()).toBeVisible();
  await screenshot(page, 'caseload-manager');
  await expectNoAxeViolations(page);
});

test('an officer opens a child from the list and sees their officer page', async ({ page }) => {
  await signInStaff(page, demo.priya);
  await page.getByRole('link', { name: /Sam Taylor/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Sam's CISRO" })).toBeVisible();
  // The header also names Priya as the person signed in: look at the page body.
  await expect(page.getByRole('main').getByText('Priya Shah')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a child with no reviewing officer yet says so and names their social worker', async ({ page }) => {
  await signInStaff(page, demo.manager);
  const waiting = page.getByRole('region', { name: 'Children without a CISRO' });
  await waiting.getByRole('link', { name: /Kai Evans/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Kai's CISRO" })).toBeVisible();
  await expect(page.getByText('Kai does not have a CISRO yet.')).toBeVisible();
  await expect(page.getByText("Kai's social worker is Sunita Rao.")).toBeVisible();
  await screenshot(page, 'no-officer-kai');
  await expectNoAxeViolations(page);
});

test("Sam and Leah's social worker signs in and sees only them", async ({ page }) => {
  await signInStaff(page, demo.dana);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Children you are the social worker for' }),
  ).toBeVisible();
  const main = page.getByRole('main');
  // Two children, and the way to the requests she gets copies of.
  await expect(main.locator('.cards').getByRole('link')).toHaveCount(2);
  await expect(main.getByRole('link', { name: 'Requests from children' })).toBeVisible();
  await expect(main.getByRole('link', { name: /Sam Taylor/ })).toBeVisible();
  await expect(main.getByRole('link', { name: /Leah Taylor/ })).toBeVisible();
  // A social worker is not the officer, so each card names the officer.
  await expect(main.getByText('Priya Shah').first()).toBeVisible();
  await screenshot(page, 'caseload-social-worker');
  await expectNoAxeViolations(page);
});
