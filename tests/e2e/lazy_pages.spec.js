// A child's first view (sign-in and home) is HTML from the server and
// downloads no WebAssembly; each page the app still draws fetches its chunk
// the first time it is opened, saying "Loading…" meanwhile.
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

test("Sam's first view loads no WebAssembly at all", async ({ page }) => {
  const fetched = wasmFetched(page);
  await signInChild(page, demo.sam);
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...fetched]).toEqual([]);
});

test("Priya's caseload fetches its code only when she opens it", async ({ page }) => {
  const fetched = wasmFetched(page);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in as an adult who works with children' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in for staff and carers' })).toBeVisible();
  // The sign-in forms are the server's: no code at all.
  expect(fetched.size).toBe(0);

  await page.getByLabel('Email address').fill(demo.priya.email);
  await page.getByLabel('Password', { exact: true }).fill(demo.priya.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your children' })).toBeVisible();
  expect(fetched.has('split_caseload.wasm')).toBe(true);
  await expectNoAxeViolations(page);
});

test('a page says it is loading while its code arrives, and offers another go if it fails', async ({ page }) => {
  await signInChild(page, demo.sam);
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();

  // The first attempt never arrives; the second is slow, then succeeds.
  let attempts = 0;
  await page.route(/split_ask_advocate\.wasm$/, async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort('internetdisconnected');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return route.continue();
  });
  await page.getByRole('link', { name: 'I want an advocate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, this page did not load' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like help with? (optional)' })).toBeVisible();
  expect(attempts).toBe(2);
});
