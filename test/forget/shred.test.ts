import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failNth, faultyFs, journalDir, nodeFs, type FsLayer } from '../../src/notes/index.js';
import {
  checkinAt,
  filesIn,
  forget,
  journalAt,
  saveCheckins,
  saveSessions,
  workDir,
} from './forget-fixtures.js';

interface Seen {
  op: 'write' | 'fsync' | 'close' | 'unlink';
  path: string;
  zeros?: boolean;
  bytes?: number;
}

/** The real disk, with every write, sync, close and unlink written down in order. */
function watchedFs(): FsLayer & { seen: Seen[] } {
  const seen: Seen[] = [];
  const paths = new Map<number, string>();
  return {
    ...nodeFs,
    seen,
    open(file, flags, mode) {
      const fd = nodeFs.open(file, flags, mode);
      paths.set(fd, file);
      return fd;
    },
    write(fd, data, offset, length, position) {
      const chunk = data.subarray(offset, offset + length);
      seen.push({
        op: 'write',
        path: paths.get(fd) ?? '?',
        zeros: chunk.every((b) => b === 0),
        bytes: length,
      });
      return nodeFs.write(fd, data, offset, length, position);
    },
    fsync(fd) {
      seen.push({ op: 'fsync', path: paths.get(fd) ?? '?' });
      nodeFs.fsync(fd);
    },
    close(fd) {
      seen.push({ op: 'close', path: paths.get(fd) ?? '?' });
      paths.delete(fd);
      nodeFs.close(fd);
    },
    unlink(file) {
      seen.push({ op: 'unlink', path: file });
      nodeFs.unlink(file);
    },
  };
}

describe('deleting for real', () => {
  it('overwrites every byte with zeros and syncs before unlinking, then syncs the folder', async () => {
    const { root, notes } = workDir();
    const [note = ''] = saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    const size = fs.statSync(note).size;
    // A second name for the same bytes on disk shows what is left of them after the delete.
    const witness = path.join(root, 'witness');
    fs.linkSync(note, witness);

    const watched = watchedFs();
    const result = await forget(notes, { sessions: ['2026-11-24'], yes: true, fs: watched });

    expect(result.code).toBe(0);
    expect(fs.existsSync(note)).toBe(false);
    const left = fs.readFileSync(witness);
    expect(left.length).toBe(size);
    expect(left.every((b) => b === 0)).toBe(true);

    const onNote = watched.seen.filter((s) => s.path === note);
    expect(onNote.map((s) => s.op)).toEqual(['write', 'fsync', 'close', 'unlink']);
    expect(onNote[0]).toMatchObject({ zeros: true, bytes: size });
    const unlinked = watched.seen.findIndex((s) => s.op === 'unlink' && s.path === note);
    const folderSynced = watched.seen.findIndex((s) => s.op === 'fsync' && s.path === notes);
    expect(folderSynced).toBeGreaterThan(unlinked);
  });

  it('zeroes an unfinished session’s journal too: its typed words are not left on the disk', async () => {
    const { root, notes } = workDir();
    const journal = journalAt(notes, '2026-11-24T18:05:00+01:00');
    const witness = path.join(root, 'witness');
    fs.linkSync(journal.path, witness);
    expect(fs.readFileSync(witness, 'utf8')).toContain('you were scared');

    const result = await forget(notes, { all: true, yes: true });

    expect(result.out.at(-1)).toBe('Deleted 1 file.');
    expect(fs.readFileSync(witness, 'utf8')).not.toContain('you were scared');
    expect(fs.readdirSync(journalDir(notes))).toEqual([]);
  });

  it('names each file it could not delete, deletes the rest, and exits 1', async () => {
    const { notes } = workDir();
    saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    saveCheckins(notes, [checkinAt('2026-11-25T21:00:00+01:00', [7, 8])]);
    const failing = faultyFs(nodeFs, failNth(1, 'EACCES', { ops: ['unlink'] }));

    const result = await forget(notes, { all: true, yes: true, fs: failing });

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Could not delete 2026-11-25-2100-checkin.md: talkturn is not allowed to remove it (check the folder permissions).',
    );
    expect(result.out.at(-1)).toBe('Deleted 1 file.');
    expect(filesIn(notes)).toEqual(['2026-11-25-2100-checkin.md']);
  });
});
