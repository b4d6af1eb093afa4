// "What's new" with JavaScript off: Leah asks for an extra review, Priya
// answers it in her own session; Leah sees the count in the header, opens
// the list, reads the news in words marked new, and the count is gone.
const { test, expect } = require('@playwright/test');
const { demo, csrf, apiSignInStaff, expectNoAxeViolationsWithoutScripts: expectNoAxeViolations } = require('../e2e/helpers');

test("Priya's answer reaches Leah's What's new, and opening it clears the count", async ({ page, playwright, baseURL }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(demo.leah.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.leah.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  const me = await (await page.request.get('/api/me')).json();
  const asked = await page.request.post(`/api/children/${me.child_id}/requests`, {
    headers: csrf,
    data: {
      send_id: `no-js-news-${Date.now()}`,
      asking: { extra_review: { why: 'I want to talk about school', quick_reasons: [], when: 'i_dont_mind' } },
    },
  });
  expect(asked.status()).toBe(201);
  const request = await asked.json();

  const priya = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(priya, demo.priya);
  const decided = await priya.post(`/api/children/${me.child_id}/requests/${request.request_id}/decision`, {
    headers: csrf,
    data: { outcome: { declined: { reasons: 'Your review is next week. We will talk about school then.' } } },
  });
  expect(decided.status()).toBe(201);
  await priya.dispose();

  await page.reload();
  const badge = page.getByRole('link', { name: /^What's new \d+ new$/ });
  await expect(badge).toBeVisible();
  await badge.click();
  await expect(page.getByRole('heading', { level: 1, name: "What's new" })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'answered what you asked. You can see why.' }).first();
  await expect(item.getByText('New', { exact: true })).toBeVisible();
  await expect(item.getByRole('link')).toHaveAttribute('href', '/my-requests');
  await expect(page.getByRole('link', { name: "What's new", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
