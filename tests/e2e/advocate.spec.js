// Advocates: an adult suggests one and only the child can say yes; the
// advocacy service takes the request on; the child's home then shows who
// their advocate is and how to reach them. And a child asks by themselves.
const { test, expect } = require('@playwright/test');
const { demo, csrf, signInChild, signInStaff, apiSignInStaff, expectNoAxeViolations, screenshot } = require('./helpers');
const { childId } = require('./review_helpers');
const people = require('../../demo/people.json');

/// The duty advocate of the demo's advocacy service.
function dutyAdvocate() {
  const duty = people.adults.find((a) => a.email === 'advocacy@example.org');
  expect(duty, 'demo/people.json has the duty advocate advocacy@example.org').toBeTruthy();
  return duty;
}

test('Priya suggests an advocate for Sam, Sam says yes, the duty advocate takes it on and shows on Sam\'s home', async ({ browser, playwright, baseURL }) => {
  const samId = await childId(playwright, baseURL, demo.priya, 'Sam');
  const duty = dutyAdvocate();

  const priyaContext = await browser.newContext();
  const priya = await priyaContext.newPage();
  await signInStaff(priya, demo.priya);
  await expect(priya.getByRole('heading', { level: 1 })).toBeVisible();
  await priya.goto(`/children/${samId}`);
  await priya.getByRole('button', { name: 'Suggest an advocate' }).click();
  await expect(priya.getByText('Done. Sam will be asked on their home page if they want an advocate.')).toBeVisible();
  await expectNoAxeViolations(priya);
  await priyaContext.close();

  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signInChild(sam, demo.sam);
  const question = sam.getByRole('heading', { level: 2, name: 'Priya thinks an advocate could help you. Do you want one?' });
  await expect(question).toBeVisible();
  await expectNoAxeViolations(sam);
  await screenshot(sam, 'advocate-offer');
  await sam.getByRole('button', { name: 'Yes, I want an advocate' }).click();
  await expect(sam.getByText(/The advocacy service will choose an advocate for you/)).toBeVisible();
  await expect(question).toHaveCount(0);

  const dutyContext = await browser.newContext();
  const advocacy = await dutyContext.newPage();
  await signInStaff(advocacy, { email: duty.email, password: duty.password });
  await advocacy.getByRole('link', { name: 'Children waiting for an advocate' }).click();
  await expect(advocacy.getByRole('heading', { level: 1, name: 'Children waiting for an advocate' })).toBeVisible();
  await expectNoAxeViolations(advocacy);
  await advocacy.getByRole('button', { name: 'Take this on for Sam' }).first().click();
  await expect(advocacy.getByText("You are now Sam's advocate.")).toBeVisible();
  await dutyContext.close();

  // Sam's home now names the advocate, with ways to reach them.
  await sam.goto('/');
  const card = sam.locator('.advocate-card');
  await expect(sam.getByRole('heading', { level: 2, name: 'Your advocate' })).toBeVisible();
  await expect(card.getByText(duty.name)).toBeVisible();
  await expect(card.getByRole('link').first()).toHaveAttribute('href', /^(mailto|tel):/);
  await expectNoAxeViolations(sam);
  await screenshot(sam, 'advocate-on-home');
  await samContext.close();
});

test('Leah asks for an advocate: the number is asked for when needed, checked, then sent', async ({ page }) => {
  await signInChild(page, demo.leah);
  await page.getByRole('link', { name: 'I want an advocate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like help with? (optional)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('What would you like help with? (optional)').fill('Seeing my brother more');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'How would you like the advocate to contact you?' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose how you would like the advocate to contact you.');
  await expect(page).toHaveTitle(/^Error: /);
  await page.getByLabel('Phone me').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Write the phone number to use, or choose another way.');
  await expectNoAxeViolations(page);
  await page.getByLabel('Your phone number').fill('07700 900123');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('Seeing my brother more')).toBeVisible();
  await expect(page.getByText('Phone me: 07700 900123')).toBeVisible();
  await expect(page.getByText('The advocacy service, your CISRO and a manager can read this.')).toBeVisible();
  await expectNoAxeViolations(page);
  // Back keeps what was written.
  await page.goBack();
  await expect(page.getByLabel('Phone me')).toBeChecked();
  await page.goForward();
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'You asked for an advocate' })).toBeVisible();
  await expect(page.getByText(/your home page will show their name and how to reach them/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'advocate-asked');

  // The advocacy service has it waiting, with nothing anyone else may not read.
  const me = await (await page.request.get('/api/me')).json();
  const requests = await (await page.request.get(`/api/children/${me.child_id}/requests`)).json();
  const mine = requests.find((r) => r.asking.advocate?.about === 'Seeing my brother more');
  expect(mine.asking.advocate.contact_by).toBe('phone');
  expect(mine.asking.advocate.contact_details).toBe('07700 900123');
});

test('a child who says no is not asked again, and the adult sees when they may ask', async ({ browser, playwright, baseURL }) => {
  // Dana, Leah's social worker, suggests one over the API, as the button does.
  const leahId = await childId(playwright, baseURL, demo.dana, 'Leah');
  const dana = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(dana, demo.dana);
  const suggested = await dana.post(`/api/children/${leahId}/referrals`, { headers: csrf, data: { send_id: `leah-${Date.now()}` } });
  expect(suggested.status()).toBe(201);
  await dana.dispose();

  const leahContext = await browser.newContext();
  const leah = await leahContext.newPage();
  await signInChild(leah, demo.leah);
  await expect(leah.getByRole('heading', { level: 2, name: 'Dana thinks an advocate could help you. Do you want one?' })).toBeVisible();
  await leah.getByRole('button', { name: 'No, thank you' }).click();
  await expect(leah.getByText('That is fine. You can ask for an advocate any time from your home page.')).toBeVisible();
  await leah.reload();
  await expect(leah.getByText('Priya Shah').first()).toBeVisible();
  await expect(leah.getByText(/thinks an advocate could help you/)).toHaveCount(0);
  await leahContext.close();

  const danaContext = await browser.newContext();
  const danaPage = await danaContext.newPage();
  await signInStaff(danaPage, demo.dana);
  await expect(danaPage.getByRole('heading', { level: 1 })).toBeVisible();
  await danaPage.goto(`/children/${leahId}`);
  await danaPage.getByRole('button', { name: 'Suggest an advocate' }).click();
  await expect(danaPage.getByText(/^Leah said no on \d+ \w+ \d{4}; you can ask again from \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expectNoAxeViolations(danaPage);
  await danaContext.close();
});
