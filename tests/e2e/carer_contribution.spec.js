// The carer's contribution: words that save as they are typed, files sent
// with a real progress bar, refusals that say why, and sending once.
const { test, expect } = require('@playwright/test');
const { demo, apiSignInStaff, expectNoAxeViolations, screenshot } = require('./helpers');
const { childId } = require('./review_helpers');

// One story, in order, on Leah's page (no other test writes her carer's
// contribution): refusals first, then a failed upload sent again, then a
// PDF attached and the contribution sent.
test.describe.configure({ mode: 'serial' });

// A small but real PDF: the server knows files by their first bytes.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n' +
    '2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
);
// A Windows program ("MZ" header) given a PDF's name.
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(4096, 0x41)]);

test('a file that is too big, or a program named .pdf, is refused with a clear message', async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const leah = await childId(playwright, baseURL, demo.carer, 'Leah');
  await apiSignInStaff(page.request, demo.carer);
  const settings = await (await page.request.get('/api/settings')).json();
  const mb = Math.floor(settings.max_upload_bytes / (1024 * 1024));
  await page.goto(`/children/${leah}/carer-contribution?lang=en-GB`);
  await expect(page.getByRole('heading', { level: 1, name: "Your contribution to Leah's review" })).toBeVisible();
  const choose = page.getByLabel('Choose a file to attach');

  // One byte over the server's limit: refused before a byte is sent.
  let uploads = 0;
  page.on('request', (r) => { if (r.url().endsWith('/attachments') && r.method() === 'POST') uploads += 1; });
  await choose.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(settings.max_upload_bytes + 1, 0x20) });
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: `This file is too big. Files must be ${mb} MB or smaller.` })).toBeVisible();
  expect(uploads).toBe(0);
  await expect(page).toHaveTitle(/^Error: /);

  // A program with a PDF's name: the server reads its first bytes and refuses it.
  await choose.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: EXE });
  await expect(summary.getByRole('link', { name: 'This file is not a PDF, Word document, JPEG or PNG.' })).toBeVisible();
  expect(uploads).toBe(1);
  await expect(page.getByRole('link', { name: 'report.pdf' })).toHaveCount(0);
  // Sending it again would be refused again: no "try again" for this.
  await expect(page.getByRole('button', { name: 'Try sending the file again' })).toHaveCount(0);
  await screenshot(page, 'carer-refused');
  await expectNoAxeViolations(page);
});

test('an upload that fails on the way can be sent again with one button', async ({ page, playwright, baseURL }) => {
  const leah = await childId(playwright, baseURL, demo.carer, 'Leah');
  await apiSignInStaff(page.request, demo.carer);
  await page.goto(`/children/${leah}/carer-contribution?lang=en-GB`);
  const choose = page.getByLabel('Choose a file to attach');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  let attempts = 0;
  await page.route(/\/attachments$/, (route) => {
    attempts += 1;
    return attempts === 1 ? route.abort('internetdisconnected') : route.continue();
  });
  await choose.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('alert').getByRole('link', { name: 'The file did not send. Check you are online and try again.' })).toBeVisible();
  await page.getByRole('button', { name: 'Try sending the file again' }).click();
  await expect(page.getByRole('link', { name: 'letter.pdf' })).toBeVisible();
  expect(attempts).toBe(2);
  // The draft now holds the file too.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});

test('Alex attaches a PDF, sees it sent in full and listed, and sends the contribution', async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const leah = await childId(playwright, baseURL, demo.carer, 'Leah');
  await apiSignInStaff(page.request, demo.carer);
  // ?lang: another test changes this account's language choice.
  await page.goto(`/children/${leah}?lang=en-GB`);
  await page.getByRole('link', { name: 'Your contribution to the next review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Your contribution to Leah's review" })).toBeVisible();
  await expectNoAxeViolations(page);

  const text = page.getByLabel('What you want to say');
  await text.fill('Leah has settled well at her new school.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Watch every value the progress bar takes, to see it reach the whole file.
  await page.getByLabel('Choose a file to attach').setInputFiles({ name: 'school report.pdf', mimeType: 'application/pdf', buffer: PDF });
  const bar = page.getByRole('progressbar', { name: 'Sending school report.pdf' });
  await expect(bar).toHaveAttribute('value', String(PDF.length));
  await expect(bar).toHaveAttribute('max', String(PDF.length));
  await expect(page.locator('.upload-progress p')).toHaveText('100% sent');
  const listed = page.getByRole('link', { name: 'school report.pdf' });
  await expect(listed).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await screenshot(page, 'carer-uploaded');
  await expectNoAxeViolations(page);

  // The draft keeps the words and the file across a reload.
  await page.reload();
  await expect(text).toHaveValue('Leah has settled well at her new school.');
  // The server keeps no list of a draft's files by name: those from before are named generally.
  await expect(page.getByRole('link', { name: 'A file you attached earlier' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Send to the CISRO' }).click();
  await expect(page.getByRole('heading', { name: 'Sent', exact: true })).toBeVisible();
  await expect(page.getByText('Leah has settled well at her new school.')).toBeVisible();
  await expect(page.getByRole('link', { name: /school report\.pdf \(PDF, 1 KB\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send to the CISRO' })).toHaveCount(0);
  await expect(page.getByLabel('What you want to say')).toHaveCount(0);
  await screenshot(page, 'carer-sent');
  await expectNoAxeViolations(page);

  // Sent is sent: after a reload it is still shown as sent, and cannot be changed.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What you sent' })).toBeVisible();
  await expect(page.getByText('Leah has settled well at her new school.')).toBeVisible();
});
