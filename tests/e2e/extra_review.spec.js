// Asking for an extra review, and always getting an answer. Sam asks and
// Priya says no, with reasons she cannot leave out; Sam reads them word for
// word and Dana, his social worker, gets the copy. Leah asks and Priya
// agrees and books the review; Leah sees its date. Each story finds its own
// request by id, so other tests' requests on the shared server do not matter.
const { test, expect } = require('@playwright/test');
const { demo, signInChild, signInStaff, expectNoAxeViolations, screenshot, longDate } = require('./helpers');

function isoInDays(days) {
  const day = new Date(Date.now() + days * 86_400_000);
  return day.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/// The child asks through the real pages; answers the request the server made.
async function childAsks(page, child, { reason, why, when }) {
  await signInChild(page, child);
  await page.getByRole('link', { name: 'I want an extra review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'I want an extra review' })).toBeVisible();
  await expectNoAxeViolations(page);
  if (reason) await page.getByLabel(reason).check();
  await page.getByLabel('Tell us more (optional)').fill(why);
  await page.getByLabel(when).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check what you are sending' })).toBeVisible();
  await expect(page.locator('.answers')).toContainText(why);
  await expect(page.getByText('Priya will read this.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send my request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your request is sent' })).toBeVisible();
  // The page after sending names the request it made.
  const id = new URL(page.url()).searchParams.get('sent');
  const me = await (await page.request.get('/api/me')).json();
  const response = await page.request.get(`/api/children/${me.child_id}/requests/${id}`);
  expect(response.ok(), await response.text()).toBe(true);
  const request = await response.json();
  await expect(page.getByText(`Priya will answer by ${longDate(request.answer_due)}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  return request;
}

test('Sam asks for an extra review; Priya cannot say no without reasons, then does; Sam and Dana read them', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const why = `I want to live nearer my school. ${stamp}`;

  // A missing answer is said at the top and by the question, and nothing typed is lost.
  await signInChild(page, demo.sam);
  await page.getByRole('link', { name: 'I want an extra review' }).click();
  await page.getByLabel('Tell us more (optional)').fill(why);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Choose when you would like the review' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('Tell us more (optional)')).toHaveValue(why);
  await expectNoAxeViolations(page);
  await page.goto('/');

  const request = await childAsks(page, demo.sam, { reason: 'I want to move', why, when: 'As soon as possible' });
  const sam = request.child_id;

  // Priya finds it in her requests and opens it.
  const officer = await browser.newContext();
  const priya = await officer.newPage();
  await signInStaff(priya, demo.priya);
  await priya.getByRole('link', { name: 'Requests from children' }).click();
  await expect(priya.getByRole('heading', { level: 1, name: 'Requests from children' })).toBeVisible();
  await expectNoAxeViolations(priya);
  await priya.locator(`a[href="/children/${sam}/requests/${request.request_id}"]`).click();
  await expect(priya.getByRole('heading', { level: 1, name: "Sam's request for an extra review" })).toBeVisible();
  await expect(priya.locator('blockquote.own-words')).toHaveText(why);
  await expect(priya.getByText('I want to move')).toBeVisible();

  // No reasons, or only spaces: stopped, and told why.
  await priya.getByLabel('No, and I will give my reasons').check();
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  const stop = priya.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(stop).toBeFocused();
  await expect(stop.getByRole('link', { name: 'Write your reasons. Sam will read them, word for word.' })).toBeVisible();
  await expect(priya).toHaveTitle(/^Error: /);
  await priya.getByLabel('Your reasons').fill('   ');
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  await expect(stop.getByRole('link', { name: 'Write your reasons. Sam will read them, word for word.' })).toBeVisible();
  await expectNoAxeViolations(priya);
  await screenshot(priya, 'decline-without-reasons');

  // With reasons: previewed as Sam will read them, then sent.
  const reasons = `We had your review two weeks ago.\nYour plan to stay with your carers has not changed. ${stamp}`;
  await priya.getByLabel('Your reasons').fill(reasons);
  const preview = priya.locator('.preview-box');
  await expect(preview.locator('blockquote')).toHaveText(reasons);
  await expect(preview.getByText('Priya said no.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(priya);
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  await expect(priya.getByRole('status').filter({ hasText: 'Your decision is sent.' })).toBeVisible();
  await expect(priya.getByRole('heading', { name: 'The decision' })).toBeVisible();
  await expect(priya.locator('.decision blockquote')).toHaveText(reasons);
  await expect(priya.getByRole('button', { name: 'Send my decision' })).toHaveCount(0);
  await officer.close();

  // Sam reads the reasons word for word, and what he can do next.
  await page.goto('/');
  await page.getByRole('link', { name: 'My requests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
  const mine = page.locator('article.request').filter({ hasText: why });
  await expect(mine.getByText("Priya said no. These are Priya's reasons, word for word:")).toBeVisible();
  await expect(mine.locator('blockquote.reasons')).toHaveText(reasons);
  await expect(mine.getByRole('heading', { name: 'What you can do next' })).toBeVisible();
  await expect(mine.getByText(`You asked on ${longDate(request.asked_on)}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'sam-reads-the-reasons');

  // Dana, Sam's social worker, has the copy (read only).
  const worker = await browser.newContext();
  const dana = await worker.newPage();
  await signInStaff(dana, demo.dana);
  await dana.goto(`/children/${sam}/requests/${request.request_id}`);
  await expect(dana.getByRole('heading', { name: 'Your copy of the decision' })).toBeVisible();
  await expect(dana.locator('.decision blockquote')).toHaveText(reasons);
  await expect(dana.getByRole('button', { name: 'Send my decision' })).toHaveCount(0);
  await expectNoAxeViolations(dana);
  await worker.close();
});

test('Leah asks; Priya agrees with a direction and books the review; Leah sees its date', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const why = `Something happened at home that I want to talk about. ${Date.now()}`;
  const request = await childAsks(page, demo.leah, { reason: null, why, when: 'In the next few weeks' });
  const leah = request.child_id;

  const officer = await browser.newContext();
  const priya = await officer.newPage();
  await signInStaff(priya, demo.priya);
  await priya.goto(`/children/${leah}/requests/${request.request_id}`);
  await expect(priya.getByRole('heading', { level: 1, name: "Leah's request for an extra review" })).toBeVisible();
  await priya.getByLabel('Yes, Leah will have an extra review').check();
  // An agreement needs a direction to the team.
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  await expect(priya.getByRole('alert').getByRole('link', { name: 'Write your direction to the team' })).toBeVisible();
  await priya.getByLabel('Your direction to the team').fill('Please arrange an extra review within 15 working days.');
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  await expect(priya.getByRole('status').filter({ hasText: 'Your decision is sent.' })).toBeVisible();

  // Then to the review page, to book it.
  await priya.getByRole('link', { name: "Book Leah's review" }).click();
  await expect(priya.getByRole('heading', { level: 1, name: "Leah's next review" })).toBeVisible();
  const on = isoInDays(10);
  const [y, m, d] = on.split('-');
  await priya.getByLabel('Day').fill(String(Number(d)));
  await priya.getByLabel('Month').fill(String(Number(m)));
  await priya.getByLabel('Year').fill(y);
  await priya.getByLabel('Time').fill('15:00');
  await priya.getByLabel('Online').check();
  await priya.getByRole('button', { name: 'Book review' }).click();
  await expect(priya.getByRole('status').filter({ hasText: 'The review is booked.' })).toBeVisible();
  await officer.close();

  await page.goto('/my-requests');
  const mine = page.locator('article.request').filter({ hasText: why });
  await expect(mine.getByText('Priya agreed. Your review will be arranged.')).toBeVisible();
  await expect(mine.getByText(`Your extra review is on ${longDate(on)}.`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unanswered request past its answer date is flagged overdue, in words, to the officer and the manager", async ({ page }) => {
  // The demo has one: Leah asked eight working days ago and nobody answered.
  for (const who of [demo.priya, demo.manager]) {
    await signInStaff(page, who);
    await page.getByRole('link', { name: 'Requests from children' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Requests from children' })).toBeVisible();
    const leahs = page.getByRole('listitem').filter({ hasText: 'Leah: extra review' }).filter({ hasText: 'Overdue' });
    await expect(leahs.first()).toBeVisible();
    await expect(leahs.first().getByText('Waiting for an answer')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'requests-overdue');
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test('Priya corrects a decision: the first stays on record, Sam sees the new one', async ({ page, browser }) => {
  const why = `I want to see my brother more. ${Date.now()}`;
  const request = await childAsks(page, demo.sam, { reason: null, why, when: 'As soon as possible' });
  const sam = request.child_id;

  const officer = await browser.newContext();
  const priya = await officer.newPage();
  await signInStaff(priya, demo.priya);
  await priya.goto(`/children/${sam}/requests/${request.request_id}`);
  await expect(priya.getByRole('heading', { level: 1, name: "Sam's request for an extra review" })).toBeVisible();
  await priya.getByLabel('No, and I will give my reasons').check();
  await priya.getByLabel('Your reasons').fill('Your review is only three weeks away.');
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  await expect(priya.getByRole('status').filter({ hasText: 'Your decision is sent.' })).toBeVisible();

  // She thinks again: a correction is a new decision pointing to the first.
  await priya.getByRole('button', { name: 'Correct this decision' }).click();
  await expect(priya.getByText('You are correcting the decision above.')).toBeVisible();
  await expectNoAxeViolations(priya);
  await priya.getByLabel('Yes, Sam will have an extra review').check();
  await priya.getByLabel('Your direction to the team').fill('Arrange it this month.');
  await priya.getByRole('button', { name: 'Send my decision' }).click();
  await expect(priya.getByRole('status').filter({ hasText: 'Your decision is sent.' })).toBeVisible();
  await expect(priya.locator('.decision blockquote')).toHaveText('Arrange it this month.');
  await expect(priya.getByText(/^This corrects the earlier decision made on \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expectNoAxeViolations(priya);
  await screenshot(priya, 'decision-corrected');

  // On record: both decisions, the first unchanged.
  const saved = await (await priya.request.get(`/api/children/${sam}/requests/${request.request_id}`)).json();
  expect(saved.decisions).toHaveLength(2);
  expect(saved.decisions[0].outcome.declined.reasons).toBe('Your review is only three weeks away.');
  expect(saved.decisions[1].corrects).toBe(saved.decisions[0].decision_id);
  await officer.close();

  await page.goto('/my-requests');
  const mine = page.locator('article.request').filter({ hasText: why });
  await expect(mine.getByText('Priya agreed. Your review will be arranged.')).toBeVisible();
});
