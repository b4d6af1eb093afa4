// "I don't feel safe" with JavaScript off: the help numbers on the first
// screen of a phone, the button that tells the adults, the words shown back,
// the quick exit, and the language menu, all as plain HTML and forms.
const { test, expect } = require('@playwright/test');
const { demo, csrf, apiSignInStaff, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, screenshot } = require('../e2e/helpers');

async function apiSignInChild(request, who) {
  const res = await request.post('/api/session/child', { headers: csrf, data: who });
  expect(res.status()).toBe(200);
}

/// The alerts an adult sees, over the API in a browser of their own.
async function alertsFor(playwright, baseURL, adult) {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(request, adult);
  const alerts = await (await request.get('/api/alerts')).json();
  await request.dispose();
  return alerts;
}

test('signed out, 999 and Childline are tap-to-call links on the first screen', async ({ page }) => {
  await page.goto('/not-safe');
  await expect(page.getByRole('heading', { level: 1, name: "I don't feel safe" })).toBeVisible();
  for (const [name, href] of [['Call 999', 'tel:999'], ['Call Childline: 0800 1111', 'tel:08001111']]) {
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href);
    const box = await link.boundingBox();
    expect(box.y + box.height, `${name} is within the first 640 px`).toBeLessThanOrEqual(640);
  }
  await expect(page.getByRole('button', { name: 'Tell my adults now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'no-js-not-safe-signed-out');
});

test('Jay tells his adults without JavaScript: once, with his words; Tom sees them', async ({ browser, playwright, baseURL }) => {
  const marker = `No script ${Date.now()}: someone is shouting`;
  const context = await browser.newContext();
  const jay = await context.newPage();
  await apiSignInChild(jay.request, demo.jay);
  const before = (await alertsFor(playwright, baseURL, demo.tom)).length;

  await jay.goto('/not-safe');
  await jay.reload();
  expect((await alertsFor(playwright, baseURL, demo.tom)).length, 'opening the page tells nobody').toBe(before);

  await jay.getByLabel("What is happening? You don't have to say.").fill(marker);
  // Two quick taps send the same form twice: one press.
  await jay.getByRole('button', { name: 'Tell my adults now' }).dblclick();
  await expect(jay.getByRole('status')).toHaveText(/We have told your CISRO, your social worker and a manager/);
  await expect(jay.getByText(marker)).toBeVisible();
  await expectNoAxeViolations(jay);
  await screenshot(jay, 'no-js-not-safe-told');

  // Reloading the answer tells nobody again.
  await jay.reload();
  await expect(jay.getByRole('status')).toHaveText(/We have told your CISRO/);
  const alerts = await alertsFor(playwright, baseURL, demo.tom);
  expect(alerts.filter((a) => a.said === marker)).toHaveLength(1);
  expect(alerts.length).toBe(before + 1);
  await context.close();
});

test('the quick exit signs out and leaves without JavaScript', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await apiSignInChild(page.request, demo.jay);
  await page.goto('/not-safe');
  await page.getByRole('button', { name: 'Leave this page' }).click();
  await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('the language menu works without JavaScript, and the choice stays', async ({ page }) => {
  await page.goto('/not-safe?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.locator('#language').selectOption('cy');
  await page.locator('form.language-menu button').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/\/not-safe$/);
  await page.goto('/not-safe');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expectNoAxeViolations(page);
});
