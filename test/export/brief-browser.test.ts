// The brief's page in a real browser: headless Chromium prints it to PDF (A4 and Letter), poppler
// counts the pages and reads the text back, and Chromium's own network log shows that the page
// asked for nothing. A control page that does load an image and a font proves the log would
// show it. .ci/run installs Debian's chromium and poppler-utils; only where they cannot be had is
// this skipped, and it says so.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/export/index.js';
import { checkinAt, saveCheckins, saveSessions, workDir } from '../notes/folder-fixtures.js';

function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

const chromium = which('chromium') ?? which('chromium-browser');
const poppler = which('pdfinfo') && which('pdftotext');
const missing = [chromium ? null : 'chromium', poppler ? null : 'poppler-utils'].filter(Boolean);
if (missing.length > 0) {
  console.warn(
    `Skipping the brief's browser test: ${missing.join(' and ')} could not be found (.ci/run installs them with apt-get).`,
  );
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-browser-'));
afterAll(() =>
  process.env.KEEP_BROWSER_SCRATCH
    ? undefined
    : fs.rmSync(scratch, { recursive: true, force: true }),
);

interface Printed {
  pages: number;
  text: string;
  /** Every URL the page itself asked for, from Chromium's network log. */
  fetched: string[];
}

/** Prints a page to PDF in a fresh profile, with every host name resolving to nothing. */
function print(page: string, name: string): Printed {
  const pdf = path.join(scratch, `${name}.pdf`);
  const netLog = path.join(scratch, `${name}.net.json`);
  const run = spawnSync(
    chromium!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${fs.mkdtempSync(path.join(scratch, 'profile-'))}`,
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--log-net-log=${netLog}`,
      `--print-to-pdf=${pdf}`,
      '--no-pdf-header-footer',
      pathToFileURL(page).href,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(fs.existsSync(pdf), `chromium printed nothing:\n${run.stderr}`).toBe(true);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const log = JSON.parse(fs.readFileSync(netLog, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; network_isolation_key?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  // Requests made for the page carry its origin (file://) in their isolation key; Chromium's
  // own background requests do not.
  const fetched = log.events
    .filter((e) => e.type === start && e.params?.network_isolation_key?.startsWith('file://'))
    .map((e) => e.params?.url ?? '');
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0), text, fetched };
}

describe.skipIf(missing.length > 0)('the brief in a real browser', () => {
  it('the network log shows what a page fetches (a control page that loads two things)', () => {
    const control = path.join(scratch, 'control.html');
    fs.writeFileSync(
      control,
      '<!doctype html><p>control</p><img src="http://talkturn.invalid/x.png"><link rel="stylesheet" href="https://fonts.talkturn.invalid/a.css">',
    );
    const printed = print(control, 'control');
    expect(printed.text).toContain('control');
    expect(printed.fetched.sort()).toEqual([
      'http://talkturn.invalid/x.png',
      'https://fonts.talkturn.invalid/a.css',
    ]);
  }, 90_000);

  it('two talks and a check-in print on one or two pages, A4 or Letter, with nothing fetched', async () => {
    const { root, notes } = workDir();
    saveSessions(notes, [
      {
        at: '2026-11-22T20:10:00+01:00',
        agreements: ['Say when I need a break.', ''],
        therapy: ['Why I still check your phone.', ''],
      },
      { at: '2026-11-24T18:05:00+01:00' },
    ]);
    saveCheckins(notes, [
      checkinAt('2026-11-23T21:00:00+01:00', [5, 4]),
      checkinAt('2026-11-25T21:00:00+01:00', [7, 6]),
    ]);
    const out = path.join(root, 'brief.html');
    const code = await runExportCommand({
      notesDir: notes,
      forTherapy: true,
      approvedBy: 'Ana,Ben',
      shareNumbers: true,
      out,
      stdout: () => {},
      err: () => {},
    });
    expect(code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    const a4 = path.join(scratch, 'brief-a4.html');
    fs.writeFileSync(a4, html.replace('@page {', '@page { size: A4;'));
    const letter = path.join(scratch, 'brief-letter.html');
    fs.writeFileSync(letter, html.replace('@page {', '@page { size: letter;'));
    for (const [name, page] of [
      ['a4', a4],
      ['letter', letter],
    ] as const) {
      const printed = print(page, name);
      expect(printed.pages, name).toBeGreaterThanOrEqual(1);
      expect(printed.pages, name).toBeLessThanOrEqual(2);
      expect(printed.fetched, name).toEqual([]);
      const text = printed.text.replace(/\s+/g, ' ');
      for (const words of [
        'For our therapist, from Ana and Ben',
        'Topics we want to bring',
        '1. Why I still check your phone. — Ana',
        'Say when I need a break. — Ana, 22 Nov: not looked at again yet',
        'How safe and close we felt',
        'Ana: 5 (23 Nov) and 7 (25 Nov).',
        'it is not a crisis channel',
      ]) {
        expect(text, name).toContain(words);
      }
      expect(text).not.toContain('You felt alone');
    }
  }, 180_000);
});
