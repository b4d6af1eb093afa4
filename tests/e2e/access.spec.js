// The server decides who sees what; the page only shows its answer.
const { test, expect } = require('@playwright/test');
const { demo, signInChild, apiSignInStaff, expectNoAxeViolations, screenshot } = require('./helpers');

async function jaysChildId(playwright, baseURL) {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(request, demo.tom);
  const caseload = await (await request.get('/api/children')).json();
  await request.dispose();
  const jay = caseload.children.find((c) => c.name.startsWith('Jay'));
  expect(jay, 'Jay is on Tom Reed\'s caseload').toBeTruthy();
  return jay.child_id;
}

test('Sam cannot open Jay\'s page by typing its address', async ({ page, playwright, baseURL }) => {
  const jayId = await jaysChildId(playwright, baseURL);
  await signInChild(page, demo.sam);
  await expect(page.getByText('Priya Shah')).toBeVisible();

  await page.goto(`/children/${jayId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'You cannot see this page' })).toBeVisible();
  await expect(page.getByText('Tom Reed')).toHaveCount(0);
  expect((await page.request.get(`/api/children/${jayId}/officer`)).status()).toBe(403);
  await screenshot(page, 'not-allowed-sam');
  await expectNoAxeViolations(page);
});

test('a signed-out visitor is sent to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  expect((await page.request.get('/api/children')).status()).toBe(401);
});
