// The rights pages with JavaScript off: in Arabic, right to left, with the
// version chosen by a form, and the English beside an unchecked translation.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolationsWithoutScripts: expectNoAxeViolations, screenshot } = require('../e2e/helpers');

test('a child reads their rights in Arabic, right to left, and picks easy read with the form', async ({ page }) => {
  await page.goto('/rights?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اعرف حقوقك');
  await expect(page.locator('.rights-section')).toHaveCount(10);
  const childline = page.locator('a[href="tel:08001111"]').first();
  await expect(childline.locator('bdi')).toHaveAttribute('dir', 'ltr');
  // No script: no "Read this to me".
  await expect(page.locator('.read-aloud button:visible')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'no-js-rights-arabic');

  await page.locator('#version-easy').check();
  await page.locator('#english-too').check();
  await page.locator('form.rights-choice button[type="submit"]').click();
  await expect(page).toHaveURL(/[?&]version=easy/);
  await expect(page.locator('.rights-easy')).toHaveCount(1);
  await expect(page.locator('#version-easy')).toBeChecked();
  const english = page.locator('.rights-section').first().locator('.in-english');
  await expect(english).toHaveAttribute('lang', 'en-GB');
  await expect(english).toContainText('Your CISRO is there for you.');
  await expectNoAxeViolations(page);
});
