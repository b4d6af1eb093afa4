// What every browser test needs: the demo sign-ins, signing in through the
// real forms, the accessibility scan, and screenshots kept as artifacts.
const { expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const path = require('path');

// The demo people come from the same file the server seeds from, so a changed
// passphrase or a new person cannot leave the tests behind.
const people = require('../../demo/people.json');

/// Sign-ins by key: children with a passphrase `{ username, passphrase }`, a
/// child with a first-time code `{ username, code }`, adults `{ email, password }`.
const demo = Object.fromEntries([
  ...people.children.filter((c) => c.sign_in).map((c) => [c.key, { ...c.sign_in }]),
  ...people.adults.map((a) => [a.key, { email: a.email, password: a.password }]),
]);

const csrf = { 'x-mysay-request': '1' };

/// Waits until the sign-in has been answered and the app has moved on, so
/// a test's next `goto` carries the session cookie.
async function signedInAndAway(page) {
  await expect(page).not.toHaveURL(/\/sign-in(\/staff)?([?#].*)?$/);
}

async function signInChild(page, who) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(who.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedInAndAway(page);
}

async function signInStaff(page, who) {
  await page.goto('/sign-in/staff');
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedInAndAway(page);
}

/// Signs in over the API with the page's own cookie jar, for tests that need
/// data (ids, dates) to compare with what the page shows.
async function apiSignInStaff(request, who) {
  const res = await request.post('/api/session/staff', { headers: csrf, data: who });
  expect(res.status()).toBe(200);
}

/// Runs axe on the page as it stands and fails with the rules broken.
async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/// axe for a page open with JavaScript off. axe is itself a script, which
/// such a page cannot run, so the same address is opened again, with the
/// same cookies, in a browser that runs axe but not the page's own scripts
/// (they are refused): what it scans is what the no-script browser drew.
async function expectNoAxeViolationsWithoutScripts(page) {
  const context = await page.context().browser().newContext({ javaScriptEnabled: true, viewport: page.viewportSize(), locale: 'en-GB' });
  await context.addCookies(await page.context().cookies());
  const copy = await context.newPage();
  await copy.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
  await copy.goto(page.url());
  await expectNoAxeViolations(copy);
  await context.close();
}

/// Every button, and every link drawn as a button, readable in each state:
/// at rest, under the mouse and with keyboard focus, its text's computed
/// colour against the background actually behind it has a contrast of at
/// least 4.5:1 (WCAG 1.4.3). axe checks the page at rest only.
async function expectButtonsReadable(page) {
  const buttons = page.locator('main button:visible, main .button:visible, header button:visible, header .button:visible');
  const count = await buttons.count();
  const failures = [];
  const contrast = (button) => button.evaluate((el) => {
    const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let background = null;
    for (let node = el; node; node = node.parentElement) {
      const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
      if (a > 0) { background = [r, g, b]; break; }
    }
    background = background || [255, 255, 255];
    const text = rgb(getComputedStyle(el).color);
    const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x);
    return { ratio: (light + 0.05) / (dark + 0.05), name: (el.innerText || el.getAttribute('aria-label') || el.outerHTML).trim().slice(0, 60) };
  });
  for (let i = 0; i < count; i += 1) {
    const button = buttons.nth(i);
    if (await button.isDisabled().catch(() => false)) continue;
    const states = [['at rest', async () => {}], ['under the mouse', () => button.hover()], ['focused', () => button.focus()]];
    for (const [state, enter] of states) {
      await enter();
      const { ratio, name } = await contrast(button);
      if (ratio < 4.5) failures.push(`"${name}" ${state}: ${ratio.toFixed(2)}:1`);
    }
    await page.mouse.move(0, 0);
    await button.blur();
  }
  expect(failures, `buttons too faint on ${page.url()}`).toEqual([]);
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', `${name}.png`), fullPage: true });
}

/// "2027-01-05" -> "5 January 2027", the way the app writes dates.
function longDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

module.exports = {
  demo,
  csrf,
  signInChild,
  signInStaff,
  apiSignInStaff,
  expectNoAxeViolations,
  expectNoAxeViolationsWithoutScripts,
  expectButtonsReadable,
  screenshot,
  longDate,
};
