// `cargo xtask bench`, second part: how fast the server renders Sam's home,
// measured beside `/api/health` in the same run, against a release build of
// the server (demo data) that xtask started at BASE_URL. autocannon (npm)
// keeps CONNECTIONS requests open for SECONDS on each address. Appends its
// table to docs/performance.md. It reports; it does not fail the build.
import fs from 'node:fs';
import { samsCookie } from './sign_in.mjs';
import os from 'node:os';
import autocannon from 'autocannon';

const base = process.env.BASE_URL;
const out = process.env.OUT;
const CONNECTIONS = 16;
const SECONDS = 15;

async function measure(path, headers) {
  const check = await fetch(`${base}${path}`, { headers, redirect: 'manual' });
  if (check.status !== 200) throw new Error(`${path} answered ${check.status}, not 200`);
  const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const cookie = await samsCookie(base);
const rows = [
  ["Sam's home, rendered (`/`, signed in, gzip)", await measure('/', { cookie, 'accept-encoding': 'gzip' })],
  ['`/api/health`', await measure('/api/health', {})],
];
const table = rows
  .map(([name, r]) => `| ${name} | ${Math.round(r.perSecond)} | ${r.p50} ms | ${r.p99} ms | ${r.non2xx} | ${r.errors} |`)
  .join('\n');
const text = `
## The server: renders a second

A release build of the server with the demo data, on this machine (${os.cpus().length} cores, load generator on the same machine), ${CONNECTIONS} connections for ${SECONDS} s on each address, one after the other. Budget (issue 14): Sam's home at least 1,500 a second with p99 at most 30 ms.

| address | requests a second | p50 | p99 | not 2xx | errors |
|---|---:|---:|---:|---:|---:|
${table}
`;
fs.appendFileSync(out, text);
console.log(text);
