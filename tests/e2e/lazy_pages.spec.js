// A child's first view downloads only its own code; every other page fetches
// its chunk the first time it is opened, saying "Loading…" meanwhile.
const { test, expect } = require('@playwright/test');
const { demo, signInChild, expectNoAxeViolations } = require('./helpers');

/// The names of the WebAssembly modules the page fetches from now on.
function wasmFetched(page) {
  const names = new Set();
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) names.add(name);
  });
  return names;
}

test("Sam's first view loads no code for other pages", async ({ page }) => {
  const fetched = wasmFetched(page);
  await signInChild(page, demo.sam);
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toBeVisible();
  expect([...fetched]).toEqual(['app_bg.wasm']);
});

test("Priya's caseload fetches its code only when she opens it", async ({ page }) => {
  const fetched = wasmFetched(page);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in as an adult who works with children' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in for staff and carers' })).toBeVisible();
  expect(fetched.has('split_staff_sign_in.wasm')).toBe(true);
  expect(fetched.has('split_caseload.wasm')).toBe(false);

  await page.getByLabel('Email address').fill(demo.priya.email);
  await page.getByLabel('Password', { exact: true }).fill(demo.priya.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your children' })).toBeVisible();
  expect(fetched.has('split_caseload.wasm')).toBe(true);
  await expectNoAxeViolations(page);
});

test('a page says it is loading while its code arrives, and offers another go if it fails', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();

  // The first attempt never arrives; the second is slow, then succeeds.
  let attempts = 0;
  await page.route(/split_activate\.wasm$/, async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort('internetdisconnected');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return route.continue();
  });
  await page.getByRole('link', { name: /First time/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, this page did not load' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your passphrase' })).toBeVisible();
  expect(attempts).toBe(2);
});
