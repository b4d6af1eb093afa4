// "I don't feel safe": one tap from every child page and from sign-in. The
// page comes from the server: the help numbers first, whatever happens to
// the alert; opening it tells nobody, "Tell my adults now" does, and then
// the child's officer sees it at once, marked urgent in words.
const { test, expect } = require('@playwright/test');
const { demo, csrf, signInChild, signInStaff, apiSignInStaff, expectNoAxeViolations, screenshot } = require('./helpers');

async function expectHelpNumbers(page) {
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('link', { name: 'Call Childline: 0800 1111' })).toHaveAttribute('href', 'tel:08001111');
  await expect(page.getByRole('link', { name: 'Call Coram Voice: 0808 800 5792' })).toHaveAttribute('href', 'tel:08088005792');
}

test('Jay presses "I don\'t feel safe": Tom sees the urgent alert, Jay sees the numbers to call', async ({ browser }) => {
  const jayContext = await browser.newContext();
  const jay = await jayContext.newPage();
  await signInChild(jay, demo.jay);
  await expect(jay.getByText('Tom Reed')).toBeVisible();
  await jay.getByRole('link', { name: "I don't feel safe" }).click();
  await expect(jay.getByRole('heading', { level: 1, name: "I don't feel safe" })).toBeVisible();
  await jay.getByLabel("What is happening? You don't have to say.").fill('I am scared to go home');
  await jay.getByRole('button', { name: 'Tell my adults now' }).click();
  await expect(jay.getByRole('status')).toHaveText(/We have told your CISRO, your social worker and a manager/);
  await expectHelpNumbers(jay);
  // The quick exit stays beside it.
  await expect(jay.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expectNoAxeViolations(jay);
  await screenshot(jay, 'not-safe-sent');
  await jayContext.close();

  const tomContext = await browser.newContext();
  const tom = await tomContext.newPage();
  await signInStaff(tom, demo.tom);
  const alerts = tom.getByRole('alert').filter({ hasText: /Urgent: a child does not feel safe|Urgent: \d+ children do not feel safe/ });
  await expect(alerts).toBeVisible();
  await expect(alerts.getByText(/^Urgent: Jay pressed 'I don't feel safe' on /).first()).toBeVisible();
  // What Jay wrote reaches Tom unchanged.
  await expect(alerts.getByText('I am scared to go home').first()).toBeVisible();
  // Said before the list, so it is the first thing Tom reads.
  const alertsBox = await alerts.boundingBox();
  const heading = await tom.getByRole('heading', { level: 1 }).boundingBox();
  expect(alertsBox.y).toBeLessThan(heading.y);
  await expectNoAxeViolations(tom);
  await screenshot(tom, 'not-safe-officer-alert');

  // And in his list of what changed, marked urgent in words.
  await tom.getByRole('link', { name: /What's new/ }).click();
  await expect(tom.getByRole('heading', { level: 1, name: "What's new" })).toBeVisible();
  const item = tom.getByRole('listitem').filter({ hasText: "Urgent: Jay pressed 'I don't feel safe'." }).first();
  await expect(item.getByText('Urgent', { exact: true })).toBeVisible();
  await expectNoAxeViolations(tom);
  await tomContext.close();
});

test('the numbers show even when the alert cannot go: signed out behind the page', async ({ page }) => {
  await signInChild(page, demo.jay);
  await expect(page.getByText('Tom Reed')).toBeVisible();
  await page.getByRole('link', { name: "I don't feel safe" }).click();
  await expectHelpNumbers(page);

  // The session ends behind the page's back: pressing says so, and the numbers stay.
  expect((await page.request.delete('/api/session', { headers: csrf })).status()).toBeLessThan(300);
  await page.getByRole('button', { name: 'Tell my adults now' }).click();
  await expect(page.getByRole('status')).toHaveText(/You are signed out, so we could not tell them/);
  await expectHelpNumbers(page);
  await expectNoAxeViolations(page);
});

test('opening and reloading the page tells nobody; pressing tells once, however often', async ({ page, playwright, baseURL }) => {
  const leahsAlerts = async () => {
    const request = await playwright.request.newContext({ baseURL });
    await apiSignInStaff(request, demo.priya);
    const alerts = await (await request.get('/api/alerts')).json();
    await request.dispose();
    return alerts.filter((a) => a.child_first_name === 'Leah');
  };
  const before = (await leahsAlerts()).length;
  await signInChild(page, demo.leah);
  await page.goto('/not-safe');
  await page.reload();
  await page.goto('/not-safe');
  expect((await leahsAlerts()).length).toBe(before);

  // Two quick taps are one press.
  await page.getByRole('button', { name: 'Tell my adults now' }).dblclick();
  await expect(page.getByRole('status')).toHaveText(/We have told your CISRO/);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/We have told your CISRO/);
  expect((await leahsAlerts()).length).toBe(before + 1);
});

test('the sign-in page links to the help numbers', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: "I don't feel safe" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "I don't feel safe" })).toBeVisible();
  await expect(page.getByText(/You can call these numbers at any time/)).toBeVisible();
  await expectHelpNumbers(page);
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'not-safe-signed-out');
});
