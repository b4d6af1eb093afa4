// The officer's page for a child's next review: booking it (with a plain
// warning when it is late), and what has arrived for it. A manager sees
// that contributions exist, never what they say.
const { test, expect } = require('@playwright/test');
const { demo, apiSignInStaff, expectNoAxeViolations, screenshot, longDate } = require('./helpers');
const { childId, childSends } = require('./review_helpers');

/// "2027-01-05" for a day `days` from today, in London.
function isoInDays(days) {
  const day = new Date(Date.now() + days * 86_400_000);
  return day.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

test('Priya books Ruby\'s overdue review: field errors first, then the booking with a plain late warning', async ({ page, playwright, baseURL }) => {
  const ruby = await childId(playwright, baseURL, demo.priya, 'Ruby');
  await apiSignInStaff(page.request, demo.priya);
  await page.goto(`/children/${ruby}?lang=en-GB`);
  await page.getByRole('link', { name: /The next review/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Ruby's next review" })).toBeVisible();
  const overview = await (await page.request.get(`/api/children/${ruby}/reviews/next`)).json();
  await expect(page.getByText(`It must happen by ${longDate(overview.must_happen_by)}.`)).toBeVisible();

  // Nothing filled in: each field says what it needs, and the title says there are errors.
  await page.getByRole('button', { name: 'Book review' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter the date of the review' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter the time of the review' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Choose in person or online' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);

  // A day that has passed and a time that is not one: the server says so, per field.
  const [y, m, d] = isoInDays(-3).split('-');
  await page.getByLabel('Day').fill(String(Number(d)));
  await page.getByLabel('Month').fill(String(Number(m)));
  await page.getByLabel('Year').fill(y);
  await page.getByLabel('Time').fill('25:99');
  await page.getByLabel('In person').check();
  await page.getByLabel('Place').fill('Oak House, meeting room');
  await page.getByRole('button', { name: 'Book review' }).click();
  await expect(summary.getByRole('link', { name: 'The date must be today or in the future' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter a time like 14:30' })).toBeVisible();
  // What was typed is kept.
  await expect(page.getByLabel('Place')).toHaveValue('Oak House, meeting room');
  await expectNoAxeViolations(page);

  // Ruby's review is overdue, so any day from now on is late: booked, and the page warns.
  const on = isoInDays(7);
  const [y2, m2, d2] = on.split('-');
  await page.getByLabel('Day').fill(String(Number(d2)));
  await page.getByLabel('Month').fill(String(Number(m2)));
  await page.getByLabel('Year').fill(y2);
  await page.getByLabel('Time').fill('10:30');
  await page.getByRole('button', { name: 'Book review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The review is booked.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This review is late' })).toBeVisible();
  await expect(page.getByText(`It is booked for after ${longDate(overview.must_happen_by)}, the date it must happen by.`)).toBeVisible();
  await expect(page.getByText(`${longDate(on)} at 10:30`)).toBeVisible();
  await expect(page.getByText('Where: Oak House, meeting room')).toBeVisible();
  // Not its day yet: nothing to record.
  await expect(page.getByRole('button', { name: 'Record as held' })).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
  await screenshot(page, 'review-booked-late');
  await expectNoAxeViolations(page);
});

test("Priya sees Leah's wishes and views beside her review, opens them, and the manager sees only that they exist", async ({ page, browser, playwright, baseURL }) => {
  // Leah: the child's own tests use Sam, whose latest wishes they check.
  const leah = await childId(playwright, baseURL, demo.priya, 'Leah');
  const views = await childSends(playwright, baseURL, demo.leah, leah, {
    kind: 'my_views',
    body: { going_well: 'Football on Saturdays', not_going_well: '', want_to_change: 'See Sam more', anything_else: '' },
  });
  await childSends(playwright, baseURL, demo.leah, leah, {
    kind: 'my_meeting',
    body: {
      want_to_come: 'yes',
      want_to_chair: 'with_help',
      who_i_want: 'Alex and Sam',
      not_there_for_some: '',
      need_interpreter: false,
      need_communication_help: false,
      need_advocate: true,
      help_details: '',
    },
  });

  await apiSignInStaff(page.request, demo.priya);
  await page.goto(`/children/${leah}/review?lang=en-GB`);
  await expect(page.getByRole('heading', { level: 1, name: "Leah's next review" })).toBeVisible();
  const wishes = page.getByRole('region', { name: "Leah's wishes for the meeting" });
  await expect(wishes.getByText('Yes, with help')).toBeVisible();
  await expect(wishes.getByText('Alex and Sam')).toBeVisible();
  await expect(wishes.getByText('An advocate')).toBeVisible();
  const arrived = page.getByRole('region', { name: 'What has arrived for this review' });
  const card = arrived.getByRole('listitem').filter({ has: page.locator(`a[href$="/contributions/${views.contribution_id}"]`) });
  await expect(card.getByText(/^From Leah/)).toBeVisible();
  await screenshot(page, 'review-arrived');
  await expectNoAxeViolations(page);

  await card.getByRole('link', { name: "Leah's views" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Leah's views" })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is going well' })).toBeVisible();
  await expect(page.getByText('Football on Saturdays')).toBeVisible();
  await expect(page.getByText('See Sam more')).toBeVisible();
  await expect(page.getByText('Only Priya Shah (CISRO) can read this.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The manager: the contribution is listed, without a way in or its words.
  const context = await browser.newContext();
  const manager = await context.newPage();
  await apiSignInStaff(manager.request, demo.manager);
  await manager.goto(`/children/${leah}/review?lang=en-GB`);
  const list = manager.getByRole('region', { name: 'What has arrived for this review' });
  await expect(list.getByText("Leah's views").first()).toBeVisible();
  await expect(list.getByText('You can see that this has arrived, but not what it says.').first()).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(0);
  await expect(manager.getByText('Football on Saturdays')).toHaveCount(0);
  await expect(manager.getByText('Alex and Sam')).toHaveCount(0);
  await expect(manager.getByRole('button', { name: 'Book review' })).toHaveCount(0);
  await expectNoAxeViolations(manager);
  await context.close();
});
