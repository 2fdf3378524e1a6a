// checkJobDir: the one identity check cleanup, post's sampler stop and the sampler itself use.
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkJobDir, createJobDir } from '../../src/lib/job-dir.js';
import { platformRules } from '../../src/lib/platform.js';

const rules = platformRules('linux');
const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-job-dir-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const kinds = (jobDir: string, expected: Parameters<typeof checkJobDir>[1]) => checkJobDir(jobDir, expected, rules).map((p) => p.kind);

describe('checkJobDir', () => {
  it('finds nothing wrong with the folder main made, checked every way', async () => {
    const made = await createJobDir(base, {}, rules);
    expect(fs.readFileSync(path.join(made.jobDir, '.go-ci-guard'), 'utf8')).toBe(JSON.stringify({ token: made.token }));
    expect(kinds(made.jobDir, made)).toEqual([]);
  });

  it('names a missing folder, a swapped one, a link, and a foreign or missing marker', async () => {
    const made = await createJobDir(base, {}, rules);
    expect(kinds(made.jobDir, { ...made, token: 'other' })).toEqual(['foreign-marker']);
    expect(kinds(made.jobDir, { ...made, ino: made.ino + 1 })).toEqual(['swapped']);
    fs.unlinkSync(path.join(made.jobDir, '.go-ci-guard'));
    expect(kinds(made.jobDir, made)).toEqual(['no-marker']);
    // Only what the caller asks about is checked: identity alone passes without the marker.
    expect(kinds(made.jobDir, { dev: made.dev, ino: made.ino })).toEqual([]);
    fs.rmSync(made.jobDir, { recursive: true });
    expect(kinds(made.jobDir, made)).toEqual(['gone']);
    fs.symlinkSync(base, made.jobDir);
    expect(kinds(made.jobDir, made)).toEqual(['link']);
  });

  it('names a folder reached through a linked parent (moved) and a file in its place (not-folder)', async () => {
    const made = await createJobDir(base, {}, rules);
    const linkedRoot = path.join(base, `linked-${path.basename(made.jobDir)}`);
    fs.symlinkSync(path.dirname(made.jobDir), linkedRoot);
    const viaLink = path.join(linkedRoot, path.basename(made.jobDir));
    expect(kinds(viaLink, made)).toEqual(['moved']);
    fs.rmSync(made.jobDir, { recursive: true });
    fs.writeFileSync(made.jobDir, JSON.stringify({ token: made.token }));
    expect(kinds(made.jobDir, made)).toEqual(['not-folder']);
  });

  it('refuses a new folder at the same path that carries a copy of the right marker (identity, not the token alone)', async () => {
    const made = await createJobDir(base, {}, rules);
    const marker = fs.readFileSync(path.join(made.jobDir, '.go-ci-guard'));
    fs.renameSync(made.jobDir, `${made.jobDir}-away`);
    fs.mkdirSync(made.jobDir);
    fs.writeFileSync(path.join(made.jobDir, '.go-ci-guard'), marker);
    expect(kinds(made.jobDir, made)).toEqual(['swapped']);
  });
});
