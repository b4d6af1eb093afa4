// Every page in the two pseudo-locales the build makes from en-GB: en-XA
// (accented, a third longer, in brackets) and ar-XB (right to left). Any
// plain English left on a page did not come from Fluent. The language menu
// changes the page without a reload, and a signed-in person's choice comes
// back when they sign in again, on another device too.
const { test, expect } = require('@playwright/test');
const { demo, csrf, signInChild, signInStaff, apiSignInStaff, expectNoAxeViolations, expectButtonsReadable, screenshot } = require('./helpers');
const { childSends } = require('./review_helpers');

// The narrowest phone the pages must fit.
test.use({ viewport: { width: 320, height: 640 } });

// Words that come from the demo data (demo/people.json, which the server
// seeds from) or the council's settings, not from Fluent: they stay as they
// are in every language. Longest first, so "Sam Taylor" goes before "Sam".
const people = require('../../demo/people.json');
const FROM_DATA = [
  ...people.adults.flatMap((a) => [a.name, a.name.split(' ')[0]]),
  ...people.children.flatMap((c) => [`${c.first_name} ${c.last_name}`, c.first_name, c.social_worker?.name, c.review_booked_place?.in_person?.place,
    // What the demo child wrote is their own words, in no language of the app.
    ...[...(c.writing?.sent ?? []), ...(c.writing?.drafts ?? [])].flatMap((s) => Object.values(s.body)).filter((v) => typeof v === 'string' && v)]),
  'CISRO',
].filter(Boolean).sort((a, b) => b.length - a.length);

async function apiSignInChild(request, who) {
  const res = await request.post('/api/session/child', { headers: csrf, data: who });
  expect(res.status()).toBe(200);
}

async function childId(playwright, baseURL, officer, firstName) {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(request, officer);
  const caseload = await (await request.get('/api/children')).json();
  await request.dispose();
  const child = caseload.children.find((c) => c.name.startsWith(firstName));
  expect(child, `${firstName} is on the caseload`).toBeTruthy();
  return child.child_id;
}

/// Sam asks for an extra review over the API, as the page would; answers its id.
async function samAsks(playwright, baseURL, sam) {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignInChild(request, demo.sam);
  const res = await request.post(`/api/children/${sam}/requests`, {
    headers: csrf,
    data: {
      send_id: `test-${Date.now()}-${Math.random()}`,
      asking: { extra_review: { why: '⚽ 🏠', quick_reasons: ['want_to_move'], when: 'as_soon_as_possible' } },
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  const made = await res.json();
  await request.dispose();
  return made.request_id;
}

/// Every page of the app, each with who is signed in and where it is.
function everyPage(ids) {
  return [
    { name: 'child sign-in', path: '/sign-in' },
    { name: 'staff sign-in', path: '/sign-in/staff' },
    { name: 'first sign-in', path: '/activate' },
    { name: 'child home', child: demo.sam, path: '/' },
    { name: 'caseload', staff: demo.priya, path: '/' },
    { name: 'child seen by an adult', staff: demo.priya, path: `/children/${ids.sam}` },
    { name: 'manager list', staff: demo.manager, path: '/' },
    { name: 'my views', child: demo.sam, path: '/my-views' },
    { name: 'my views, check and send', child: demo.sam, path: '/my-views?step=check&from=own' },
    { name: 'my meeting', child: demo.sam, path: '/my-meeting' },
    { name: 'views written with an advocate', staff: demo.advocate, path: `/children/${ids.sam}/views-with-help` },
    { name: 'social worker caseload', staff: demo.dana, path: '/' },
    { name: 'not found', path: '/no-such-page' },
    { name: 'not allowed', child: demo.sam, path: `/children/${ids.jay}` },
    { name: 'next review', staff: demo.priya, path: `/children/${ids.sam}/review` },
    { name: 'next review for a manager', staff: demo.manager, path: `/children/${ids.sam}/review` },
    { name: 'a contribution', staff: demo.priya, path: `/children/${ids.sam}/contributions/${ids.samViews}` },
    { name: 'carer contribution', staff: demo.carer, path: `/children/${ids.sam}/carer-contribution` },
    { name: 'extra review', child: demo.sam, path: '/extra-review' },
    { name: 'extra review, check and send', child: demo.sam, path: '/extra-review?step=check' },
    { name: 'my requests', child: demo.sam, path: '/my-requests' },
    { name: 'requests list', staff: demo.priya, path: '/requests' },
    { name: 'requests list for a social worker', staff: demo.dana, path: '/requests' },
    { name: 'a request to decide', staff: demo.priya, path: `/children/${ids.sam}/requests/${ids.samAsked}` },
    { name: 'a decided request', staff: demo.priya, path: `/children/${ids.sam}/requests/${ids.samDeclined}` },
    { name: "a social worker's copy", staff: demo.dana, path: `/children/${ids.sam}/requests/${ids.samDeclined}` },
    { name: 'help numbers before sign-in', path: '/not-safe' },
    { name: "I don't feel safe", child: demo.jay, path: '/not-safe' },
    { name: "what's new for a child", child: demo.sam, path: '/updates' },
    { name: "what's new for an officer", staff: demo.tom, path: '/updates' },
    { name: 'ask for an advocate', child: demo.sam, path: '/advocate' },
    { name: 'ask for an advocate: how to contact', child: demo.sam, path: '/advocate?step=contact' },
    { name: 'ask for an advocate: check', child: demo.sam, path: '/advocate?step=check' },
    { name: 'ask for an advocate: sent', child: demo.sam, path: '/advocate?step=sent' },
    { name: 'advocacy service for an advocate', staff: demo.advocate, path: '/advocacy' },
    { name: 'advocacy service for a manager', staff: demo.manager, path: '/advocacy' },
    { name: 'rights before sign-in', path: '/rights' },
    { name: 'rights for a child', child: demo.sam, path: '/rights' },
  ];
}

/// Text on the page that is not in the page's language: in en-XA any ASCII
/// word, in ar-XB any ASCII word outside a right-to-left override. Text
/// marked with its own `lang` (language names in the menu) is skipped, and
/// so are words from the demo data.
async function wordsNotFromFluent(page, lang) {
  return page.evaluate(({ lang, fromData }) => {
    const found = [];
    const check = (text) => {
      let rest = text;
      if (lang === 'ar-XB') rest = rest.replace(/\u202E[^\u202C]*\u202C/g, ' ');
      rest = rest.replace(/\S+@\S+\.\w+/g, ' ');
      for (const name of fromData) rest = rest.split(name).join(' ');
      if (/[A-Za-z]{2,}/.test(rest)) found.push(text);
    };
    const ownLanguage = (el) => el.closest('[lang]') === document.documentElement;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      if (!el.checkVisibility() || !ownLanguage(el)) continue;
      // Someone's own words (a child's request, an officer's reasons), shown
      // unchanged by design: other tests on this server write them in English.
      if (el.closest('.own-words')) continue;
      check(node.textContent);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!el.checkVisibility() || !ownLanguage(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        if (el.hasAttribute(name)) check(el.getAttribute(name));
      }
    }
    return found;
  }, { lang, fromData: FROM_DATA });
}

for (const lang of ['en-XA', 'ar-XB']) {
  test(`every page in ${lang} is all Fluent, fits 320 px and passes axe`, async ({ browser, playwright, baseURL }) => {
    // Thirty-eight pages, each in a fresh browser, on a shared 2-core
    // machine; in en-XA each button is also hovered and focused in turn.
    test.setTimeout(lang === 'en-XA' ? 600_000 : 300_000);
    const ids = {
      sam: await childId(playwright, baseURL, demo.priya, 'Sam'),
      jay: await childId(playwright, baseURL, demo.tom, 'Jay'),
    };
    // Words a child wrote are theirs, in no page language: these are not words.
    const sent = await childSends(playwright, baseURL, demo.sam, ids.sam, {
      kind: 'my_views',
      body: { going_well: '⚽ ⚽', not_going_well: '', want_to_change: '🐶', anything_else: '' },
    });
    ids.samViews = sent.contribution_id;
    // Two requests for an extra review, one said no to, in words of no language.
    ids.samAsked = await samAsks(playwright, baseURL, ids.sam);
    ids.samDeclined = await samAsks(playwright, baseURL, ids.sam);
    const officer = await playwright.request.newContext({ baseURL });
    await apiSignInStaff(officer, demo.priya);
    const decided = await officer.post(`/api/children/${ids.sam}/requests/${ids.samDeclined}/decision`, {
      headers: csrf,
      data: { outcome: { declined: { reasons: '🙁 🏫' } } },
    });
    expect(decided.ok(), await decided.text()).toBe(true);
    await officer.dispose();
    for (const where of everyPage(ids)) {
      // A fresh browser for each page, so one person's session never leaks into the next.
      const context = await browser.newContext();
      const page = await context.newPage();
      if (where.child) await apiSignInChild(page.request, where.child);
      if (where.staff) await apiSignInStaff(page.request, where.staff);
      await page.goto(`${where.path}${where.path.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar-XB' ? 'rtl' : 'ltr');
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.loading')).toHaveCount(0);

      expect(await wordsNotFromFluent(page, lang), `${where.name}: words not from Fluent`).toEqual([]);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], `${where.name}: nothing is wider than the screen`).toBeLessThanOrEqual(widths[1]);
      await expectNoAxeViolations(page);
      // Each page's buttons in every state, once (the layout is the same in both languages).
      if (lang === 'en-XA') await expectButtonsReadable(page);
      await screenshot(page, `${lang}-${where.name.replace(/\W+/g, '-')}`);
      await context.close();
    }
  });
}

test('ar-XB mirrors the page: the header starts on the right', async ({ page }) => {
  await page.goto('/sign-in?lang=ar-XB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const brand = await page.locator('.header-brand').boundingBox();
  const heading = await page.locator('main h1').boundingBox();
  const width = page.viewportSize().width;
  // Start edges on the right, within the page's padding.
  expect(width - (brand.x + brand.width)).toBeLessThan(40);
  expect(width - (heading.x + heading.width)).toBeLessThan(40);
  expect(await page.locator('main h1').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
});

/// How far from the left of the screen a piece of an element's text is drawn.
async function drawnAt(locator, piece) {
  return locator.evaluate((el, piece) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(piece);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + piece.length);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`"${piece}" is not in ${el.outerHTML}`);
  }, piece);
}

/// A phone number reads left to right on screen, in its own order.
async function expectNumberInOrder(locator, first, last) {
  expect(await drawnAt(locator, first), `${first} is drawn before ${last}`).toBeLessThan(await drawnAt(locator, last));
}

test('in Urdu and Arabic, phone numbers and dates keep their order inside right-to-left sentences', async ({ page }) => {
  // Without isolation, "… کو فون کریں: 0800 1111" shows as "1111 0800".
  await page.goto('/not-safe?lang=ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const childline = page.locator('a[href="tel:08001111"]');
  await expect(childline).toContainText('\u20680800 1111\u2069');
  await expectNumberInOrder(childline, '0800', '1111');
  await expectNumberInOrder(page.locator('a[href="tel:08088005792"]'), '0808', '5792');
  await expectNumberInOrder(page.locator('main p').filter({ hasText: 'Childline' }).first(), '0800', '1111');

  // Sam's home in Arabic: Priya's phone number, and dates made of isolated parts.
  await signInChild(page, demo.sam);
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const phone = page.locator('a[href^="tel:"]').first();
  await expect(phone).toContainText('\u206801632 960 123\u2069');
  await expectNumberInOrder(phone, '01632', '123');
  const since = page.locator('.officer-card p').filter({ hasText: /\d{4}/ }).first();
  await expect(since).toHaveText(/\u2068\d{1,2}\u2069 \u2068[^\u2069]+\u2069 \u2068\d{4}\u2069/);
  await screenshot(page, 'home-arabic');
  await expectNoAxeViolations(page);
});

test('the language menu changes the page without a reload, keeping what was typed', async ({ page }) => {
  await page.goto('/sign-in?lang=en-XA');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^\[Šîîĝñ îîñ/);
  await page.evaluate(() => { window.notReloaded = true; });

  const menu = page.locator('#language');
  // Each language is named in itself, and marked as such for screen readers.
  await expect(menu.locator('option[lang="en-GB"]')).toHaveText('English');
  await page.locator('#username').fill('sam');
  await menu.selectOption('en-GB');
  await expect(heading).toHaveText('Sign in to My Say');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByLabel('Username')).toHaveValue('sam');
  await expect(page.getByLabel('Language')).toBeFocused();
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);

  // A pseudo-locale is offered only while in use: on to Welsh.
  await menu.selectOption('cy');
  await expect(heading).toHaveText('Mewngofnodi i My Say');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  await expectNoAxeViolations(page);
});

test('with one real language the menu is not shown', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  // The build's list of languages, which the server reads too.
  const real = require('../../dist/locales/languages.json').filter((l) => !l.pseudo).length;
  await expect(page.locator('#language')).toHaveCount(real > 1 ? 1 : 0);
});

// Alex Green's account keeps a language choice, so these run one after another.
test.describe.serial("a saved choice of language", () => {
  test('a chosen language comes back after signing out and in again, on another device too', async ({ page, browser }) => {
    // Alex Green, whom no other test signs in as, so no other test sees this choice.
    await apiSignInStaff(page.request, demo.carer);
    await page.goto('/?lang=en-XA');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/^\[/);
    const menu = page.locator('#language');
    await menu.selectOption('en-GB');
    await expect(heading).toHaveText('Your children');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT');
    await menu.selectOption('en-XA');
    expect((await saved).status()).toBe(204);
    await expect(heading).toHaveText(/^\[Ýýööûûŕ/);

    // Signing out clears this browser's storage (a shared device forgets);
    // signing in again brings the choice back from the account.
    await page.locator('.header-account button').click();
    await expect(page).toHaveURL(/\/sign-in/);
    await apiSignInStaff(page.request, demo.carer);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(heading).toHaveText(/^\[Ýýööûûŕ/);

    // Another device, whose browser asks for British English: after signing
    // in, the account's choice is used.
    const other = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const second = await other.newPage();
    await signInStaff(second, demo.carer);
    await expect(second.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(/^\[Ýýööûûŕ/);
    await other.close();
  });

  test('Polish chosen after signing in stays after a reload, and the rights pages follow it', async ({ page }) => {
    await apiSignInStaff(page.request, demo.carer);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The account's earlier choice is applied as the page starts (its words
    // are fetched): choosing before that finishes raced it on a busy machine.
    await page.waitForLoadState('networkidle');
    // Kept with the account once the server has it.
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT');
    await page.locator('#language').selectOption('pl');
    expect((await saved).status()).toBe(204);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.locator('#language')).toHaveValue('pl');
    await page.goto('/rights');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poznaj swoje prawa');
    await expectNoAxeViolations(page);
  });
});
