// The header's "What's new" link counts what is new in words ("1 new"), and
// the list says what changed, marks the new, and clears the count.
const { test, expect } = require('@playwright/test');
const { demo, csrf, signInChild, apiSignInStaff, expectNoAxeViolations, screenshot } = require('./helpers');
const { childId } = require('./review_helpers');

test('the badge shows a new update and the list clears it', async ({ page, playwright, baseURL }) => {
  // Tom suggests an advocate for Jay: something new for Jay.
  const jayId = await childId(playwright, baseURL, demo.tom, 'Jay');
  const tom = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(tom, demo.tom);
  const suggested = await tom.post(`/api/children/${jayId}/referrals`, { headers: csrf, data: { send_id: `jay-${Date.now()}` } });
  expect(suggested.status()).toBe(201);
  await tom.dispose();

  await signInChild(page, demo.jay);
  await expect(page.getByText('Tom Reed').first()).toBeVisible();
  const badge = page.getByRole('link', { name: /^What's new \d+ new$/ });
  await expect(badge).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'updates-badge');

  await badge.click();
  await expect(page.getByRole('heading', { level: 1, name: "What's new" })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'Someone thinks an advocate could help you.' }).first();
  await expect(item.getByText('New', { exact: true })).toBeVisible();
  await expect(item.getByRole('link', { name: 'Someone thinks an advocate could help you.' })).toHaveAttribute('href', '/');
  await expectNoAxeViolations(page);
  await screenshot(page, 'updates-list');

  // Seen: the header no longer counts anything new.
  await expect(page.getByRole('link', { name: "What's new", exact: true })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: "What's new", exact: true })).toBeVisible();
});
