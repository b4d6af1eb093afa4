// The ways in with JavaScript off: a child's sign-in, the first sign-in with
// a code, and staff sign-in, as forms the server answers; the quick exit's
// note; and signing out.
const { test, expect } = require('@playwright/test');
const { demo, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, screenshot } = require('../e2e/helpers');

test('a wrong passphrase comes back with the problem first and the username kept', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  // No script, so no "Show" button: the box works on its own.
  await expect(page.getByRole('button', { name: /Show/ })).toHaveCount(0);
  await page.getByLabel('Username').fill('sam');
  await page.getByLabel('Passphrase', { exact: true }).fill('not-my-passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Sign in to My Say/);
  await expect(page.getByLabel('Username')).toHaveValue('sam');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  // The summary's link takes the person to the box.
  await summary.getByRole('link').click();
  await expect(page).toHaveURL(/#username$/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'no-js-sign-in-error');
});

test('a child signs in and out without JavaScript', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(demo.leah.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.leah.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);

  await page.goto('/not-safe');
  await expect(page.getByRole('banner')).toContainText('Signed in as Leah');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('banner')).not.toContainText('Signed in as');
});

test('the quick exit is explained until the child says they have read it', async ({ page }) => {
  const note = "The 'Leave this page' button takes you to another website straight away and signs you out.";
  await page.goto('/sign-in');
  await expect(page.getByText(note)).toBeVisible();
  await page.getByRole('button', { name: 'OK, got it' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(note)).toHaveCount(0);
  await page.goto('/activate');
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
});

test('a first sign-in with a code, and staff sign-in, work as forms', async ({ browser }) => {
  const ruby = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await ruby.goto('/activate');
  await expect(ruby.getByRole('heading', { level: 1, name: 'Choose your passphrase' })).toBeVisible();
  await ruby.getByLabel('Username').fill(demo.ruby.username);
  await ruby.getByLabel(/Code from your CISRO/).fill(demo.ruby.code);
  await ruby.getByLabel(/Choose a passphrase/).fill('short');
  await ruby.getByRole('button', { name: 'Continue' }).click();
  await expect(ruby.getByText(/at least 8/).first()).toBeVisible();
  await expect(ruby.getByLabel(/Code from your CISRO/)).toHaveValue(demo.ruby.code);
  await expectNoAxeViolations(ruby);

  const tom = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await tom.goto('/sign-in/staff');
  await expect(tom.getByRole('button', { name: 'Leave this page' })).toHaveCount(0);
  await tom.getByLabel('Email address').fill(demo.tom.email);
  await tom.getByLabel('Password', { exact: true }).fill(demo.tom.password);
  await tom.getByRole('button', { name: 'Sign in' }).click();
  await expect(tom).not.toHaveURL(/\/sign-in/);
  await tom.goto('/not-safe');
  await expect(tom.getByRole('banner')).toContainText('Signed in as Tom');
  await expectNoAxeViolations(tom);
});
