import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { heldFilesToReport, scanHeldDeleted, type HeldFile } from '../../src/disk/held-deleted.js';

const MiB = 1024 ** 2;
const JOB = '/runner/_temp/go-ci-guard-1-1-build-abc';

let ino = 100;
const held = (changes: Partial<HeldFile>): HeldFile => ({
  pid: 10,
  command: 'qemu-system-x86_64 -m 4G',
  path: '/var/log/x.log',
  bytes: 5 * MiB,
  dev: 1,
  ino: ino++,
  ...changes,
});

describe('heldFilesToReport', () => {
  it('keeps only files on the watched filesystems', () => {
    const groups = heldFilesToReport([held({ dev: 1, path: '/a' }), held({ dev: 2, path: '/b' }), held({ dev: 3, path: '/c' })], [1, 3], JOB);
    expect(groups.map((g) => g.path).sort()).toEqual(['/a', '/c']);
  });

  it('drops small files outside the job folder but keeps files of any size inside it', () => {
    const groups = heldFilesToReport(
      [
        held({ path: '/var/log/small.log', bytes: MiB - 1 }),
        held({ path: '/var/log/edge.log', bytes: MiB }),
        held({ path: `${JOB}/tmp/tiny`, bytes: 10 }),
        held({ path: `${JOB}-other/tiny`, bytes: 10 }),
      ],
      [1],
      JOB,
    );
    expect(groups.map((g) => [g.path, g.inJobDir])).toEqual([
      ['/var/log/edge.log', false],
      [`${JOB}/tmp/tiny`, true],
    ]);
  });

  it('takes the minimum size it is given', () => {
    expect(heldFilesToReport([held({ bytes: 500 })], [1], JOB, 100)).toHaveLength(1);
    expect(heldFilesToReport([held({ bytes: 500 })], [1], JOB, 1000)).toHaveLength(0);
  });

  it('uses the separator it is given for the job folder (Windows)', () => {
    const job = 'D:\\a\\_temp\\job';
    const groups = heldFilesToReport([held({ path: `${job}\\tmp\\f`, bytes: 1 })], [1], job, undefined, '\\');
    expect(groups[0].inJobDir).toBe(true);
  });

  it('counts one file once, listing each process holding it once', () => {
    const file = { dev: 1, ino: 42, path: '/tmp/big.img', bytes: 8 * MiB };
    const groups = heldFilesToReport(
      [
        held({ ...file, pid: 11, command: 'qemu' }),
        held({ ...file, pid: 11, command: 'qemu' }),
        held({ ...file, pid: 12, command: 'qemu-child' }),
        held({ dev: 2, ino: 42, path: '/other-fs/file', bytes: 8 * MiB, pid: 13 }),
      ],
      [1, 2],
      JOB,
    );
    expect(groups).toEqual([
      {
        path: '/tmp/big.img',
        bytes: 8 * MiB,
        inJobDir: false,
        holders: [
          { pid: 11, command: 'qemu' },
          { pid: 12, command: 'qemu-child' },
        ],
      },
      { path: '/other-fs/file', bytes: 8 * MiB, inJobDir: false, holders: [{ pid: 13, command: 'qemu-system-x86_64 -m 4G' }] },
    ]);
  });

  it('sorts the biggest first', () => {
    const groups = heldFilesToReport(
      [held({ path: '/s', bytes: 2 * MiB }), held({ path: '/l', bytes: 90 * MiB }), held({ path: '/m', bytes: 9 * MiB })],
      [1],
      JOB,
    );
    expect(groups.map((g) => g.path)).toEqual(['/l', '/m', '/s']);
  });
});

describe('scanHeldDeleted', () => {
  it('reports itself unavailable off Linux', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(await scanHeldDeleted(platform)).toEqual({ files: [], denied: 0, unavailable: 'only Linux shows which processes hold deleted files' });
    }
  });
});

const onLinux = process.platform === 'linux' && fs.existsSync('/proc/self/fd');

(onLinux ? describe : describe.skip)('scanHeldDeleted on Linux (a real process holding a deleted file)', () => {
  let dir: string;
  let file: string;
  let child: ChildProcess;
  const SIZE = 256 * 1024;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-held-'));
    file = path.join(dir, 'held.log');
    fs.writeFileSync(file, Buffer.alloc(SIZE, 'x'));
    const fd = fs.openSync(file, 'a');
    // The child's stdout is the file; then the only name of the file goes away.
    child = spawn('sleep', ['30'], { stdio: ['ignore', fd, 'ignore'] });
    fs.closeSync(fd);
    await new Promise((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    fs.unlinkSync(file);
  });

  afterAll(() => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists the process with the path, command, size and identity of the file', async () => {
    const scan = await scanHeldDeleted('linux');
    expect(scan.unavailable).toBeUndefined();
    const mine = scan.files.filter((f) => f.pid === child.pid);
    expect(mine).toHaveLength(1);
    const [f] = mine;
    expect(f.path).toBe(file);
    expect(f.command).toBe('sleep 30');
    expect(f.bytes).toBeGreaterThanOrEqual(SIZE);
    expect(f.bytes).toBeLessThan(SIZE + 64 * 1024);
    expect(f.dev).toBe(fs.statSync(dir).dev);
    expect(f.ino).toBeGreaterThan(0);
  });

  it('never lists this process itself, and the report keeps the file when it is in the job folder', async () => {
    const scan = await scanHeldDeleted('linux');
    expect(scan.files.some((f) => f.pid === process.pid)).toBe(false);
    const groups = heldFilesToReport(scan.files, [fs.statSync(dir).dev], dir);
    const ours = groups.find((g) => g.path === file);
    expect(ours).toMatchObject({ inJobDir: true, holders: [{ pid: child.pid, command: 'sleep 30' }] });
    // Outside the job folder the same 256 KiB file is below the 1 MiB floor.
    expect(heldFilesToReport(scan.files, [fs.statSync(dir).dev], '/elsewhere').some((g) => g.path === file)).toBe(false);
  });

  it('no longer lists it once the process has ended', async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(child.pid as number, 'SIGKILL');
    await exited;
    const scan = await scanHeldDeleted('linux');
    expect(scan.files.some((f) => f.path === file)).toBe(false);
  });
});
