// The rights pages: readable before signing in, in six languages (two right
// to left), in three versions by age and an easy-read one, each section
// readable aloud where the browser has a voice. A page from the server.
const { test, expect } = require('@playwright/test');
const { demo, signInChild, expectNoAxeViolations, screenshot } = require('./helpers');

const LANGUAGES = ['en-GB', 'cy', 'pl', 'ro', 'ar', 'ur'];
const VERSIONS = ['under-11', '11-to-15', '16-plus', 'easy'];

/// The word files the page fetches, as [language, part] pairs.
function wordsFetched(page) {
  const names = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.ftl')) {
      const [tag, , part] = name.split('.');
      names.push([tag, part]);
    }
  });
  return names;
}

test('a child who has never signed in reads their rights in Arabic, right to left, with no words to download', async ({ page }) => {
  const fetched = wordsFetched(page);
  await page.goto('/rights?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('اعرف حقوقك');
  await expect(page.locator('.rights-section')).toHaveCount(10);
  // Mirrored: the radio buttons for the versions sit on the right.
  const radio = await page.locator('#version-under-11').boundingBox();
  expect(radio.x).toBeGreaterThan(page.viewportSize().width / 2);
  // Tap-to-call numbers, kept left to right inside the Arabic.
  const childline = page.locator('a[href="tel:08001111"]').first();
  await expect(childline).toBeVisible();
  await expect(childline.locator('bdi')).toHaveAttribute('dir', 'ltr');
  await expect(childline).toHaveText('0800 1111');
  // Not yet checked by a native speaker: it says so, and shows the English too.
  await expect(page.getByText('لم يراجع هذه الترجمةَ متحدثٌ أصلي باللغة حتى الآن.')).toBeVisible();
  await screenshot(page, 'rights-arabic');
  await expectNoAxeViolations(page);
  // A page from the server: its words are written in, none are fetched.
  expect(fetched).toEqual([]);

  await page.locator('#english-too').check();
  const english = page.locator('.rights-section').first().locator('.in-english');
  await expect(english).toHaveAttribute('lang', 'en-GB');
  await expect(english).toContainText('Every child in care');
  await expectNoAxeViolations(page);
});

test('the version for a signed-in child is the one for their age, and easy read changes the words', async ({ page }) => {
  // Sam is 13.
  await signInChild(page, demo.sam);
  await page.getByRole('link', { name: 'Know your rights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Know your rights' })).toBeVisible();
  await expect(page.getByLabel('11 to 15')).toBeChecked();
  const officer = page.locator('#officer');
  await expect(officer).toContainText('Every child in care must have a CISRO.');

  await page.getByLabel('Easy read').check();
  await expect(officer).toContainText('Your CISRO is there for you.');
  await expect(officer).not.toContainText('Every child in care must have a CISRO.');
  await expect(page.locator('.rights-easy')).toHaveCount(1);
  await expect(officer.locator('.rights-icon')).toHaveAttribute('aria-hidden', 'true');
  await screenshot(page, 'rights-easy-read');
  await expectNoAxeViolations(page);

  await page.getByLabel('Under 11').check();
  await expect(officer).toContainText('Every child in care has a CISRO.');
});

test('"Read this to me" says plainly when the browser has no voice for the language', async ({ page }) => {
  await page.goto('/rights?lang=en-GB');
  const section = page.locator('#advocate');
  const button = section.getByRole('button', { name: 'Read this to me' });
  await button.click();
  const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.startsWith('en')).length);
  if (voices === 0) {
    // Debian's headless Chromium, as in CI: no voices at all.
    await expect(section.getByRole('status')).toHaveText('This browser has no voice for this language, so it cannot read this aloud.');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  } else {
    await expect(section.getByRole('button', { name: 'Stop reading' })).toHaveAttribute('aria-pressed', 'true');
  }
});

test('every version of the rights page passes axe in every language at 360 px', async ({ page }) => {
  test.setTimeout(180_000);
  for (const lang of LANGUAGES) {
    await page.goto(`/rights?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.rights-section')).toHaveCount(10);
    for (const version of VERSIONS) {
      await page.locator(`#version-${version}`).check();
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], `${lang} ${version}: nothing is wider than the screen`).toBeLessThanOrEqual(widths[1]);
      await expectNoAxeViolations(page);
    }
  }
});
