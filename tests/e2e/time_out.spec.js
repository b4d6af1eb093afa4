// Signing out after a time without use (WCAG 2.2.1): a warning 2 minutes
// before, "Stay signed in", tabs kept in step, Back after signing out, and the
// quick exit explained once. The shared server uses the default 30-minute
// limit, so the page's clock is moved on with Playwright's clock API; the
// server's own clock is not, so "Stay signed in" really keeps the session.
const { test, expect } = require('@playwright/test');
const { demo, csrf, signInChild, expectNoAxeViolations, screenshot } = require('./helpers');

const WARNING_TEXT = 'For your security, we will sign you out in 2 minutes.';
const TIMED_OUT_NOTICE = 'We signed you out to keep your information safe. Sign in again to carry on.';

function warning(page) {
  return page.getByRole('dialog', { name: 'Are you still there?' });
}

/// Sam, signed in on a page whose clock the test controls.
async function samWithClock(page) {
  await page.clock.install();
  await signInChild(page, demo.sam);
  await expect(page.getByText('Priya Shah')).toBeVisible();
  // Every answer from the server restarts the idle time (as it does on the
  // server), so the clock is moved on only once the home has stopped asking.
  await page.waitForLoadState('networkidle');
}

async function signedIn(page) {
  return (await page.request.get('/api/me')).status() === 200;
}

test('the warning comes 2 minutes before the end, counts down, and "Stay signed in" keeps the child signed in', async ({ page }) => {
  await samWithClock(page);
  await expect(warning(page)).toBeHidden();

  await page.clock.fastForward('28:30');
  const dialog = warning(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Are you still there?');
  await expect(dialog).toContainText(WARNING_TEXT);
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Modal: focus moves into the dialog, and Tab stays among its controls.
  const stay = dialog.getByRole('button', { name: 'Stay signed in' });
  await expect(stay).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Sign out' })).toBeFocused();
  // The page behind is inert, so a child can still leave from the dialog.
  await expect(dialog.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await screenshot(page, 'time-out-warning');
  await expectNoAxeViolations(page);

  // The last minute counts down in seconds.
  await page.clock.fastForward('00:45');
  await expect(dialog).toContainText(/we will sign you out in \d+ seconds\./);
  const seconds = Number((await dialog.textContent()).match(/in (\d+) seconds/)[1]);
  expect(seconds).toBeLessThanOrEqual(45);
  expect(seconds).toBeGreaterThan(0);

  await stay.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Priya Shah')).toBeVisible();
  expect(await signedIn(page)).toBe(true);
  // The time starts again from now: nothing more to say for another 28 minutes.
  await page.clock.fastForward('05:00');
  await expect(dialog).toBeHidden();
});

test('Esc also keeps the child signed in', async ({ page }) => {
  await samWithClock(page);
  await page.clock.fastForward('28:30');
  await expect(warning(page)).toBeVisible();

  // Esc closes the dialog at once; staying signed in takes a request.
  const renewed = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.status() === 200);
  await page.keyboard.press('Escape');
  await expect(warning(page)).toBeHidden();
  await renewed;
  await page.clock.fastForward('02:00');
  await expect(warning(page)).toBeHidden();
  await expect(page).not.toHaveURL(/\/sign-in/);
  expect(await signedIn(page)).toBe(true);
});

test('when the time runs out the child is signed out and told why', async ({ page }) => {
  await samWithClock(page);
  await page.clock.fastForward('28:30');
  await expect(warning(page)).toBeVisible();

  await page.clock.fastForward('02:00');
  await expect(page).toHaveURL(/\/sign-in\?reason=timed-out$/);
  await expect(page.getByText(TIMED_OUT_NOTICE)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  await expect(page.getByText('Priya Shah')).toHaveCount(0);
  expect(await signedIn(page)).toBe(false);
  await screenshot(page, 'timed-out');
  await expectNoAxeViolations(page);
});

test('"Sign out" in the warning signs out at once', async ({ page }) => {
  await samWithClock(page);
  await page.clock.fastForward('28:30');
  await warning(page).getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(TIMED_OUT_NOTICE)).toHaveCount(0);
  expect(await signedIn(page)).toBe(false);
});

test('tabs keep in step: staying in one closes the warning in the other, signing out in one signs out both', async ({ page }) => {
  await samWithClock(page);
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByText('Priya Shah')).toBeVisible();
  await other.waitForLoadState('networkidle');

  // One clock for the whole browser context: both tabs warn.
  await page.clock.fastForward('28:30');
  await expect(warning(page)).toBeVisible();
  await expect(warning(other)).toBeVisible();

  await warning(page).getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning(page)).toBeHidden();
  await expect(warning(other)).toBeHidden();

  await other.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(other).toHaveURL(/\/sign-in$/);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Priya Shah')).toHaveCount(0);
});

test('a signed-in page brought back from the back/forward cache after signing out goes to sign in', async ({ page }) => {
  await signInChild(page, demo.sam);
  await expect(page.getByText('Priya Shah')).toBeVisible();
  // Signed out elsewhere (the page itself does not know).
  expect((await page.request.delete('/api/session', { headers: csrf })).status()).toBe(204);

  // Playwright's Chromium runs without the back/forward cache, so the
  // browser's "restored from cache" event is sent by hand.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Priya Shah')).toHaveCount(0);
});

test('the quick exit is explained once, until the child says they have read it', async ({ page }) => {
  const note = "The 'Leave this page' button takes you to another website straight away and signs you out. It does not delete your browser history.";
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await screenshot(page, 'quick-exit-note');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'OK, got it' }).click();
  await expect(page.getByText(note)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  await page.goto('/activate');
  await expect(page.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
});
