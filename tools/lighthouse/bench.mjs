// `cargo xtask bench`: Lighthouse 12 on the five pages a child meets first,
// against the real server (demo data) that xtask started at BASE_URL, in
// Debian's Chromium. Writes docs/performance.md. A benchmark, not a test:
// it reports, it does not fail the build.
//
// Two runs a page:
// - the weak phone: 300 ms round trips, 400 kbit/s, a CPU 4x slower
//   (Lighthouse's simulated throttling): LCP and CLS;
// - Lighthouse's own mobile defaults: the performance score.
import fs from 'node:fs';
import { samsCookie } from './sign_in.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const base = process.env.BASE_URL;
const out = process.env.OUT;

const WEAK_PHONE = {
  formFactor: 'mobile',
  throttlingMethod: 'simulate',
  throttling: { rttMs: 300, throughputKbps: 400, cpuSlowdownMultiplier: 4, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 },
};

async function run(chrome, url, cookie, settings) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const config = { extends: 'lighthouse:default', settings: { ...settings, extraHeaders: cookie ? { Cookie: cookie } : undefined } };
  const { lhr } = await lighthouse(url, flags, config);
  return {
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    score: lhr.categories.performance.score,
  };
}

const cookie = await samsCookie(base);
const pages = [
  ['Sign in', '/sign-in', null],
  ["Sam's home", '/', cookie],
  ["I don't feel safe (Sam)", '/not-safe', cookie],
  ['Rights', '/rights', null],
  ['Tell Priya what you think', '/my-views', cookie],
];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  for (const [name, path, who] of pages) {
    const weak = await run(chrome, base + path, who, WEAK_PHONE);
    const plain = await run(chrome, base + path, who, { formFactor: 'mobile' });
    const met = weak.lcp <= 2500 && weak.cls <= 0.02 && plain.score >= 0.98;
    rows.push(`| ${name} (\`${path}\`) | ${(weak.lcp / 1000).toFixed(1)} s | ${weak.cls.toFixed(3)} | ${Math.round(plain.score * 100)} | ${met ? 'yes' : 'no'} |`);
    console.log(rows[rows.length - 1]);
  }
} finally {
  await chrome.kill();
}
const text = `# Performance: the five pages a child meets first

Written by \`cargo xtask bench\` (tools/lighthouse/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: Lighthouse 12 in Debian's Chromium
against the demo server. LCP and CLS under a weak phone (Lighthouse's simulated
throttling: 300 ms round trips, 400 kbit/s, CPU 4x slower); the score under
Lighthouse's own mobile defaults. Budgets (issue 14): LCP at most 2.5 s, CLS at
most 0.02, score at least 98.

| page | LCP, weak phone | CLS | score, mobile defaults | within budget |
|---|---:|---:|---:|---|
${rows.join('\n')}
`;
fs.writeFileSync(out, text);
console.log(`written to ${out}`);
