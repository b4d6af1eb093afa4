// A child's own words for their review: "My views" and "My meeting". Drafts
// are kept across visits, a dropped connection and an ended session; the
// child chooses who may read what they send, and sees when it was read; an
// advocate's draft reaches the officer only once the child confirms it; a
// second tap or a retry never makes a second contribution.
const { test, expect } = require('@playwright/test');
const { demo, csrf, signInChild, signInStaff, apiSignInStaff, expectNoAxeViolations, screenshot } = require('./helpers');

// These tests write Sam's and Leah's drafts on one shared server: one at a time.
test.describe.configure({ mode: 'serial' });

const GOING_WELL = 'What is going well? (optional)';
const WANT_TO_CHANGE = 'What do you want to change? (optional)';
const ANYTHING_ELSE = /Is there anything else you want .* to know\? \(optional\)/;

/// A phrase no earlier run or other test wrote.
function fresh(words) {
  return `${words} ${Date.now().toString(36)}`;
}

async function childIdOf(request) {
  const me = await (await request.get('/api/me')).json();
  return me.child_id;
}

/// An API client signed in as an adult, for checking what reached them.
async function asStaff(playwright, baseURL, who) {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(request, who);
  return request;
}

async function openMyViews(page) {
  await page.getByRole('link', { name: /^Tell .* what you think$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Tell .* what you think$/ })).toBeVisible();
}

function status(page) {
  return page.locator('.save-status');
}

/// Empties every box of My views, so a test starts from its own words.
async function clearViews(page) {
  for (const label of [GOING_WELL, 'What is not going well? (optional)', WANT_TO_CHANGE, ANYTHING_ELSE]) {
    await page.getByLabel(label).fill('');
  }
}

test('Sam writes his views over two visits, sends them to Priya alone, and sees when she read them', async ({ page, playwright, baseURL }) => {
  await signInChild(page, demo.sam);
  await expect(page.getByRole('link', { name: 'My meeting' })).toBeVisible();
  await openMyViews(page);
  await clearViews(page);
  const first = fresh('School is going well. I like art.');
  await page.getByLabel(GOING_WELL).fill(first);
  await expect(status(page)).toHaveText('Saved');

  // Second visit: signed out and in again; the draft comes back from the server.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to My Say' })).toBeVisible();
  await signInChild(page, demo.sam);
  await openMyViews(page);
  await expect(page.getByLabel(GOING_WELL)).toHaveValue(first);
  const second = fresh('I want to see my brother more.');
  await page.getByLabel(WANT_TO_CHANGE).fill(second);
  await expect(status(page)).toHaveText('Saved');

  await page.getByRole('button', { name: 'Check and send' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check what you are sending' })).toBeVisible();
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText(second)).toBeVisible();
  // Nobody else ticked: only the reviewing officer.
  for (const box of ['Your social worker', 'Your carer', 'Your advocate']) {
    await expect(page.getByLabel(box)).not.toBeChecked();
  }
  await expect(page.getByText('Only Priya can read this.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'my-views-check');

  await page.getByRole('button', { name: 'Send it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your views are sent' })).toBeVisible();
  // The page after sending names what it made, and it is new.
  const sentAt = new URL(page.url());
  expect(sentAt.searchParams.get('already')).toBeNull();
  const id = Number(sentAt.searchParams.get('sent'));
  const samId = await childIdOf(page.request);

  // Priya opens it; the carer, whom Sam did not choose, cannot.
  const priya = await asStaff(playwright, baseURL, demo.priya);
  const read = await priya.get(`/api/children/${samId}/contributions/${id}`);
  expect(read.status()).toBe(200);
  expect(JSON.stringify(await read.json())).toContain(first);
  await priya.dispose();
  const carer = await asStaff(playwright, baseURL, demo.carer);
  expect([403, 404]).toContain((await carer.get(`/api/children/${samId}/contributions/${id}`)).status());
  await carer.dispose();

  // Sam sees the read receipt, dated as the app writes dates.
  await page.goto('/my-views');
  const mine = page.locator('article.sent').filter({ hasText: first });
  await expect(mine).toContainText(/Priya Shah read this on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(mine).toContainText('Only Priya Shah can read this.');
  // The form is empty again, ready for something new.
  await expect(page.getByLabel(GOING_WELL)).toHaveValue('');
  await screenshot(page, 'my-views-read');
});

test("Sam's meeting wishes reach Priya's view of his review", async ({ page, playwright, baseURL }) => {
  await signInChild(page, demo.sam);
  await page.getByRole('link', { name: 'My meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My meeting' })).toBeVisible();
  await page.getByRole('group', { name: /Do you want to come/ }).getByLabel('Yes', { exact: true }).check();
  await page.getByRole('group', { name: /chair/ }).getByLabel('Yes, with help').check();
  const who = fresh('My foster carer and my teacher');
  await page.getByLabel('Who do you want to be there? (optional)').fill(who);
  await page.getByLabel('Someone to translate (an interpreter)').check();
  await expect(status(page)).toHaveText('Saved');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Check and send' }).click();
  await expect(page.getByText(who)).toBeVisible();
  await expect(page.getByText('Yes, with help')).toBeVisible();
  await page.getByRole('button', { name: 'Send my wishes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your wishes are sent' })).toBeVisible();

  const samId = await childIdOf(page.request);
  const priya = await asStaff(playwright, baseURL, demo.priya);
  const review = await (await priya.get(`/api/children/${samId}/reviews/next`)).json();
  await priya.dispose();
  expect(review.meeting_wishes.who_i_want).toBe(who);
  expect(review.meeting_wishes.want_to_chair).toBe('with_help');
  expect(review.meeting_wishes.want_to_come).toBe('yes');
  expect(review.meeting_wishes.need_interpreter).toBe(true);
});

test('going offline and back while typing loses nothing and ends "Saved"', async ({ page, context }) => {
  await signInChild(page, demo.leah);
  await openMyViews(page);
  await clearViews(page);
  const before = fresh('Before the wifi went.');
  await page.getByLabel(GOING_WELL).fill(before);
  await expect(status(page)).toHaveText('Saved');

  await context.setOffline(true);
  const during = fresh('Typed with no connection.');
  await page.getByLabel(WANT_TO_CHANGE).fill(during);
  await expect(status(page)).toHaveText('Not saved yet, trying again');
  // Meanwhile the words wait in this tab only.
  const kept = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('mysay-kept-draft-')));
  expect(kept.length).toBe(1);

  await context.setOffline(false);
  await expect(status(page)).toHaveText('Saved', { timeout: 20_000 });
  const left = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('mysay-kept-draft-')));
  expect(left).toEqual([]);

  // The server has every word: a fresh visit shows both.
  await page.reload();
  await expect(page.getByLabel(GOING_WELL)).toHaveValue(before);
  await expect(page.getByLabel(WANT_TO_CHANGE)).toHaveValue(during);
});

test('a session that ended while typing keeps the words and saves them after signing in again', async ({ page, context }) => {
  await signInChild(page, demo.leah);
  await openMyViews(page);
  await clearViews(page);
  await page.getByLabel(ANYTHING_ELSE).fill('Started.');
  await expect(status(page)).toHaveText('Saved');
  await context.clearCookies();
  const words = fresh('Written as the session ran out.');
  await page.getByLabel(ANYTHING_ELSE).fill(words);
  // The app says why, as it does after a time-out, and keeps the words.
  await expect(page.getByText('We signed you out to keep your information safe. Sign in again to carry on.')).toBeVisible();
  await page.getByLabel('Username').fill(demo.leah.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(demo.leah.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/my-views/);
  await expect(page.getByLabel(ANYTHING_ELSE)).toHaveValue(words);
  await expect(status(page)).toHaveText('Saved');
  const leahId = await childIdOf(page.request);
  const drafts = await (await page.request.get(`/api/children/${leahId}/drafts`)).json();
  expect(JSON.stringify(drafts)).toContain(words);
});

test('an empty send and a box over the limit get clear messages, and nothing is lost', async ({ page }) => {
  await signInChild(page, demo.leah);
  await openMyViews(page);
  await clearViews(page);
  await page.getByRole('button', { name: 'Check and send' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('You have not written anything yet');
  await expect(page).toHaveTitle(/^Error: /);

  // Near the limit the count-down appears; over it, the limit is said.
  await page.getByLabel(GOING_WELL).fill('a'.repeat(2800));
  await expect(page.getByText('You have 200 characters left')).toBeVisible();
  await page.getByLabel(GOING_WELL).fill('a'.repeat(3005));
  await expect(page.getByText('You have 5 characters too many')).toBeVisible();
  await page.getByRole('button', { name: 'Check and send' }).click();
  await expect(summary).toContainText('It can be up to 3000 characters');
  await expect(page.getByLabel(GOING_WELL)).toHaveValue('a'.repeat(3005));
  await clearViews(page);
});

test('a double tap on Send, or an answer lost on the way back, makes one contribution', async ({ page }) => {
  await signInChild(page, demo.leah);
  await expect(page.getByRole('link', { name: 'My meeting' })).toBeVisible();
  const leahId = await childIdOf(page.request);
  // Counts only this test's sends: other tests send Leah's views meanwhile.
  const words = [fresh('Sent once, tapped twice.'), fresh('Sent once, answer lost.')];
  const count = async () => {
    const base = `/api/children/${leahId}/contributions`;
    const list = (await (await page.request.get(base)).json()).filter((c) => c.kind === 'my_views');
    let ours = 0;
    for (const c of list) {
      const text = await (await page.request.get(`${base}/${c.contribution_id}`)).text();
      if (words.some((w) => text.includes(w))) ours += 1;
    }
    return ours;
  };
  expect(await count()).toBe(0);

  await page.goto('/my-views');
  await clearViews(page);
  await page.getByLabel(GOING_WELL).fill(words[0]);
  await page.getByRole('button', { name: 'Check and send' }).click();
  await page.getByRole('button', { name: 'Send it' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Your views are sent' })).toBeVisible();
  expect(await count()).toBe(1);

  // The answer to the next send is lost on the way back: the server has it,
  // the browser shows its own error page. Back on the page, it is among
  // what was sent, once, and the form is empty.
  await page.goto('/my-views');
  await page.getByLabel(GOING_WELL).fill(words[1]);
  await page.getByRole('button', { name: 'Check and send' }).click();
  let lost = false;
  await page.route('**/my-views/send', async (route) => {
    if (route.request().method() !== 'POST' || lost) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'Send it' }).click().catch(() => {});
  await expect.poll(() => lost).toBe(true);
  await expect.poll(() => page.url()).toContain('chrome-error');
  await page.goto('/my-views');
  await expect(page.locator('article.sent').filter({ hasText: words[1] })).toHaveCount(1);
  await expect(page.getByLabel(GOING_WELL)).toHaveValue('');
  expect(await count()).toBe(2);
});

test('the advocate drafts with Sam, and Sam confirms it on his page', async ({ page, browser }) => {
  const advocate = await browser.newContext();
  const jordan = await advocate.newPage();
  await signInStaff(jordan, demo.advocate);
  await jordan.getByRole('link', { name: /^Sam/ }).click();
  await jordan.getByRole('link', { name: 'Write their views with them' }).click();
  await expect(jordan.getByRole('heading', { level: 1, name: "Sam's views, written with Sam" })).toBeVisible();
  await clearViews(jordan);
  const helped = fresh('I would like to stay at my school.');
  await jordan.getByLabel(ANYTHING_ELSE).fill(helped);
  await expect(status(jordan)).toHaveText('Saved');
  await expectNoAxeViolations(jordan);

  await signInChild(page, demo.sam);
  await openMyViews(page);
  const own = fresh('My own words.');
  await page.getByLabel(GOING_WELL).fill(own);
  await expect(status(page)).toHaveText('Saved');
  await page.reload();
  const helper = page.getByRole('region', { name: 'Jordan Lee wrote this with you' });
  await expect(helper).toContainText(helped);
  await helper.getByRole('button', { name: 'This is what I want to say – send it' }).click();
  await expect(page.getByText('Jordan Lee helped you write this.')).toBeVisible();
  await page.getByRole('button', { name: 'Send it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your views are sent' })).toBeVisible();
  await page.goto('/my-views');
  const sent = page.locator('article.sent').filter({ hasText: helped });
  await expect(sent).toContainText('Written with help from Jordan Lee (advocate)');
  // Sam's own draft was never overwritten.
  await expect(page.getByLabel(GOING_WELL)).toHaveValue(own);

  // Another time, Sam agrees in person and Jordan sends it.
  await jordan.reload();
  const inPerson = fresh('Agreed with Jordan at school.');
  await jordan.getByLabel(GOING_WELL).fill(inPerson);
  await jordan.getByRole('button', { name: 'Check and send' }).click();
  await jordan.getByRole('button', { name: 'Sam agreed to this in person – send it' }).click();
  await expect(jordan.getByRole('heading', { level: 1, name: "Sam's views are sent" })).toBeVisible();
  await page.goto('/my-views');
  await expect(page.locator('article.sent').filter({ hasText: inPerson })).toContainText('Written with help from Jordan Lee (advocate)');
  await advocate.close();
});
