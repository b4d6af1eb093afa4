// Signing in: errors that help, nothing typed is lost, and it all works by keyboard.
const { test, expect } = require('@playwright/test');
const { demo, expectNoAxeViolations, screenshot } = require('./helpers');

test('a wrong passphrase shows a clear error and keeps the username', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill('sam');
  await page.getByLabel('Passphrase', { exact: true }).fill('not-my-passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByText(/username or passphrase is not right/).first()).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('Username')).toHaveValue('sam');
  await screenshot(page, 'sign-in-error');
  await expectNoAxeViolations(page);
});

test('a child signs in using only the keyboard', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  await page.getByLabel('Username').focus();
  await page.keyboard.type(demo.leah.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(demo.leah.passphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Priya Shah')).toBeVisible();
});

test('the passphrase is hidden until the child chooses to show it', async ({ page }) => {
  await page.goto('/sign-in');
  const field = page.getByLabel('Passphrase', { exact: true });
  await expect(field).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: /Show/ }).click();
  await expect(field).toHaveAttribute('type', 'text');
});

for (const [name, path, heading] of [
  ['child sign-in page', '/sign-in', 'Sign in to My Say'],
  ['staff sign-in page', '/sign-in/staff', 'Sign in for staff and carers'],
  ['first sign-in page (with a code)', '/activate', 'Choose your passphrase'],
  ['page for an unknown address', '/no-such-page', 'Page not found'],
]) {
  test(`the ${name} passes an accessibility scan`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await screenshot(page, `page-${path.replace(/\W+/g, '-')}`);
    await expectNoAxeViolations(page);
  });
}

test('a child with a code from their officer chooses a passphrase and is signed in', async ({ page }) => {
  await page.goto('/activate');
  await page.getByLabel('Username').fill(demo.ruby.username);
  await page.getByLabel(/Code from your CISRO/).fill(demo.ruby.code);
  const passphrase = page.getByLabel(/Choose a passphrase/);
  await passphrase.fill('short');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(page.getByText(/at least 8/).first()).toBeVisible();
  await expect(page.getByLabel(/Code from your CISRO/)).toHaveValue(demo.ruby.code);

  await passphrase.fill('purple-otter-55');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toBeVisible();
});
