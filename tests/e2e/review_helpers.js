// What the review and contribution tests share: finding a child's id, and
// a child sending something over the API, as the app would, so that the
// adults' pages have something to show whatever the demo holds.
const { expect } = require('@playwright/test');
const { csrf, apiSignInStaff } = require('./helpers');

/// The id of the child whose name starts with `firstName`, from `adult`'s caseload.
async function childId(playwright, baseURL, adult, firstName) {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignInStaff(request, adult);
  const caseload = await (await request.get('/api/children')).json();
  await request.dispose();
  const child = caseload.children.find((c) => c.name.startsWith(firstName));
  expect(child, `${firstName} is on the caseload`).toBeTruthy();
  return child.child_id;
}

/// Signs `child` in on a fresh API context and sends one contribution.
async function childSends(playwright, baseURL, child, childIdValue, body) {
  const request = await playwright.request.newContext({ baseURL });
  const signIn = await request.post('/api/session/child', { headers: csrf, data: child });
  expect(signIn.status()).toBe(200);
  const res = await request.post(`/api/children/${childIdValue}/contributions`, {
    headers: csrf,
    data: { send_id: `test-${Date.now()}-${Math.random()}`, body, shared_with: {} },
  });
  expect(res.ok(), await res.text()).toBe(true);
  const sent = await res.json();
  await request.dispose();
  return sent.contribution;
}

module.exports = { childId, childSends };
