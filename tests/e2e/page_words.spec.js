// Each language's words come in files: the first view's, fetched when the
// app starts, and each page's, fetched with its code the first time it is
// opened. A child's first view (sign-in and home, from the server) has its
// words written in and fetches none.
const { test, expect } = require('@playwright/test');
const { demo, signInChild, expectNoAxeViolations } = require('./helpers');

/// The names of the word files the page fetches from now on, in order.
function wordsFetched(page) {
  const names = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.ftl')) names.push(name);
  });
  return names;
}

/// `en-GB.0123456789abcdef.ask_advocate.ftl` is ['en-GB', 'ask_advocate'].
const parts = (name) => {
  const [tag, hash, chunk, ext] = name.split('.');
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(ext).toBe('ftl');
  return [tag, chunk];
};

test("Sam's first view fetches no words; I want an advocate fetches the app's first words and its own", async ({ page }) => {
  const fetched = wordsFetched(page);
  await signInChild(page, demo.sam);
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  // "Tell Priya what you think" is a page from the server too: no words to fetch.
  await page.getByRole('link', { name: /^Tell .* what you think$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Tell .* what you think$/ })).toBeVisible();
  expect(fetched).toEqual([]);
  await page.goto('/');
  await page.getByRole('link', { name: 'I want an advocate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like help with? (optional)' })).toBeVisible();
  expect(fetched.map(parts)).toEqual([['en-GB', 'first'], ['en-GB', 'ask_advocate']]);
});

test('word files are kept by the browser for ever, and a page reads its words from them', async ({ page }) => {
  // The build's list of languages and their files.
  const list = require('../../dist/locales/languages.json');
  const file = list.find((l) => l.tag === 'en-GB').files.find((f) => f.endsWith('.first.ftl'));
  const english = { words: `/locales/${file.replace(/\.first\.ftl$/, '')}` };
  const response = await page.request.get(`${english.words}.ask_advocate.ftl`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('immutable');
  const text = await response.text();
  expect(text).toContain('advocate-what =');
  // The first view's words are not repeated in a page's file.
  expect(text).not.toContain('sign-out =');
  const first = await (await page.request.get(`${english.words}.first.ftl`)).text();
  expect(first).toContain('sign-out =');
  expect(first).not.toContain('advocate-what =');
});

test("a page whose words do not arrive says so and offers another go", async ({ page }) => {
  await signInChild(page, demo.sam);
  await expect(page.getByRole('heading', { level: 1, name: 'Your CISRO' })).toBeVisible();
  let attempts = 0;
  await page.route(/\.ask_advocate\.ftl$/, async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort('internetdisconnected');
    return route.continue();
  });
  await page.getByRole('link', { name: 'I want an advocate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, this page did not load' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like help with? (optional)' })).toBeVisible();
  expect(attempts).toBe(2);
});

// Keeping what was typed across a switch is tested on the server's pages
// (languages.spec.js); the app's "I want an advocate" does not keep it yet.
test("switching language fetches the new language's words of every page opened", async ({ page }) => {
  const fetched = wordsFetched(page);
  await signInChild(page, demo.jay);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/advocate?lang=en-XA');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^\[/);

  await page.locator('#language').selectOption('en-GB');
  await expect(heading).toHaveText('What would you like help with? (optional)');
  const english = fetched.map(parts).filter(([tag]) => tag === 'en-GB').map(([, chunk]) => chunk);
  expect(english).toContain('first');
  expect(english).toContain('ask_advocate');
  await expectNoAxeViolations(page);
});
