// Sam's session cookie for the bench scripts: he signs in over the API, as
// the demo has him (demo/people.json).
import fs from 'node:fs';

const people = JSON.parse(fs.readFileSync(new URL('../../demo/people.json', import.meta.url)));
const sam = people.children.find((c) => c.key === 'sam').sign_in;

export async function samsCookie(base) {
  const res = await fetch(`${base}/api/session/child`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mysay-request': '1' },
    body: JSON.stringify(sam),
  });
  if (!res.ok) throw new Error(`Sam could not sign in: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}
