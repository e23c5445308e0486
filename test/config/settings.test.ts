// Settings: read from the one small file conf writes, without loading conf; changes written
// through conf, in order, for the owner only; a file that cannot be read means no settings.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openSettings, openSettingsIfPossible } from '../../src/config/settings.js';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'talkturn-settings-'));

describe('settings', () => {
  it('start empty, and keep what changes, in order, readable only by their owner', async () => {
    const config = dir();
    const settings = openSettings(config);
    expect(settings.read()).toEqual({
      names: [],
      seenSafetyNotice: false,
      helpLine: undefined,
      encrypt: false,
    });
    settings.update({ names: ['Ana', 'Ben'] });
    settings.update({ seenSafetyNotice: true, names: ['Ana', 'Bo'] });
    // Read back at once, before the file is written.
    expect(settings.read()).toMatchObject({ names: ['Ana', 'Bo'], seenSafetyNotice: true });
    const file = path.join(config, 'settings.json');
    await vi.waitFor(() =>
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        names: ['Ana', 'Bo'],
        seenSafetyNotice: true,
      }),
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(openSettings(config).read()).toMatchObject({ names: ['Ana', 'Bo'] });
  });

  it('read what conf wrote, leniently', () => {
    const config = dir();
    writeFileSync(
      path.join(config, 'settings.json'),
      JSON.stringify({
        names: ['Ana', 7],
        seenSafetyNotice: 'yes',
        helpLine: '988',
        encrypt: true,
      }),
    );
    expect(openSettings(config).read()).toEqual({
      names: ['Ana'],
      seenSafetyNotice: false,
      helpLine: '988',
      encrypt: true,
    });
  });

  it('are left aside when their file is not JSON', () => {
    const config = dir();
    writeFileSync(path.join(config, 'settings.json'), '{ not json');
    expect(openSettingsIfPossible(config)).toBeNull();
  });
});
