// The filesystems bench/run.mjs removes trees on, each a folder inside the run's scratch folder:
//
//   disk   a plain folder on the scratch folder's own filesystem (here / : ext4 without a journal, discard)
//   tmpfs  `mount -t tmpfs -o size=… tmpfs DIR`
//   ext4   a journaled ext4 image: `fallocate` (else `truncate`) a file, `mkfs.ext4 -q -F` with default
//          options (so it has a journal), `mount -o loop`; the usual disk of a hosted runner
//
// tmpfs and ext4 need root; without it they are reported as skipped. Everything mounted here is
// unmounted (and the image deleted) by teardown() after its rounds, and by teardownAllSync() on errors
// and signals — before the scratch folder is removed, which bench/run.mjs does with --one-file-system.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const FS_KINDS = ['disk', 'tmpfs', 'ext4'];
export const FS_NAMES = { disk: 'disk', tmpfs: 'tmpfs', ext4: 'ext4 image' };

const MiB = 1024 ** 2;
const EXT4_INODE_RATIO = 16384; // mke2fs.conf's default for filesystems from 512 MiB up
const EXT4_MIN_IMAGE = 1024 * MiB; // below 512 MiB mke2fs picks the "small" type (1 KiB blocks): keep clear of it

/** FILESYSTEMS=disk,tmpfs,ext4 (default: all three), in the order given. */
export function parseFilesystems(raw) {
  const list = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const k of list) {
    if (!FS_KINDS.includes(k)) throw new Error(`FILESYSTEMS=${JSON.stringify(raw)}: unknown ${JSON.stringify(k)}; expected some of ${FS_KINDS.join(',')}`);
  }
  return list.length ? [...new Set(list)] : [...FS_KINDS];
}

const mounted = []; // { dir, image?, isMounted }: what teardown must undo, newest last

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status ?? r.signal}: ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
  return r.stdout;
}

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The mount holding p, from /proc/self/mountinfo: "ext4 /dev/vda rw,relatime,discard" (longest mount point that prefixes p). */
export function describeMount(p) {
  let best;
  try {
    for (const line of fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
      const [pre, post] = line.split(' - ');
      if (!post) continue;
      const fields = pre.split(' ');
      const point = fields[4].replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
      const inside = p === point || p.startsWith(point.endsWith('/') ? point : `${point}/`);
      if (inside && (!best || point.length >= best.point.length)) {
        const [type, source, superOpts] = post.split(' ');
        best = { point, text: `${type} ${source} ${fields[5]}${superOpts && superOpts !== fields[5] ? ` (${superOpts})` : ''}` };
      }
    }
  } catch {
    return '?';
  }
  return best ? best.text : '?';
}

/**
 * Makes the folder to benchmark `kind` in under scratch, sized for `bytes` of data and `inodes` files
 * and folders. Returns { kind, dir, info } or { kind, skipped } (not root); throws when a mount fails
 * (after undoing what it did).
 */
export function prepareFilesystem(kind, scratch, { bytes, inodes }) {
  const dir = path.join(scratch, kind);
  if (kind === 'disk') {
    fs.mkdirSync(dir);
    const st = fs.statfsSync(dir);
    if (st.bavail * st.bsize < bytes) throw new Error(`disk: ${dir} has ${st.bavail * st.bsize} bytes free, needs about ${bytes}`);
    return { kind, dir, info: describeMount(dir) };
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return { kind, skipped: 'needs root (mount)' };
  fs.mkdirSync(dir);
  const entry = { dir, isMounted: false };
  mounted.push(entry);
  try {
    let info;
    if (kind === 'tmpfs') {
      const sizeMiB = Math.ceil(bytes / MiB);
      sh('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0755`, 'tmpfs', dir]);
      entry.isMounted = true;
      info = `${describeMount(dir)}, size ${sizeMiB} MiB`;
    } else {
      const image = path.join(scratch, 'ext4.img');
      entry.image = image;
      const size = Math.ceil(Math.max(EXT4_MIN_IMAGE, bytes * 1.1, inodes * EXT4_INODE_RATIO * 1.1) / MiB) * MiB;
      const sst = fs.statfsSync(scratch);
      if (sst.bavail * sst.bsize < size + 512 * MiB) throw new Error(`ext4: ${scratch} has too little free space for a ${size / MiB} MiB image`);
      try {
        sh('fallocate', ['-l', String(size), image]); // blocks allocated up front: no allocation in the backing file while timing
      } catch {
        sh('truncate', ['-s', String(size), image]);
      }
      sh('mkfs.ext4', ['-q', '-F', image]);
      const journal = /has_journal/.test(spawnSync('dumpe2fs', ['-h', image], { encoding: 'utf8' }).stdout ?? '');
      sh('mount', ['-o', 'loop', image, dir]);
      entry.isMounted = true;
      info = `${describeMount(dir)}, image ${size / MiB} MiB${journal ? ', with journal' : ', NO journal found by dumpe2fs'}`;
    }
    const st = fs.statfsSync(dir);
    if (st.ffree < inodes) throw new Error(`${kind}: ${st.ffree} free inodes, needs ${inodes}`);
    if (st.bavail * st.bsize < bytes * 0.95) throw new Error(`${kind}: ${st.bavail * st.bsize} bytes free, needs about ${bytes}`);
    return { kind, dir, info: `${info}, ${st.ffree.toLocaleString('en-US')} inodes free` };
  } catch (err) {
    undo(entry);
    throw err;
  }
}

/** Unmounts one entry (retrying, then lazily), deletes its image and its mount point. Returns what went wrong, if anything. */
function undo(entry) {
  const i = mounted.indexOf(entry);
  if (i >= 0) mounted.splice(i, 1);
  const problems = [];
  if (entry.isMounted) {
    let ok = false;
    for (let attempt = 0; attempt < 3 && !ok; attempt++) {
      if (attempt) sleepSync(1000);
      ok = spawnSync('umount', [entry.dir], { stdio: 'ignore' }).status === 0;
    }
    if (!ok) {
      const lazy = spawnSync('umount', ['-l', entry.dir], { encoding: 'utf8' });
      problems.push(`umount ${entry.dir} failed (busy?); ${lazy.status === 0 ? 'detached it with umount -l' : `umount -l failed too: ${lazy.stderr.trim()}`}`);
    }
    entry.isMounted = !ok && spawnSync('mountpoint', ['-q', entry.dir]).status === 0;
  }
  if (!entry.isMounted) {
    try {
      fs.rmdirSync(entry.dir);
    } catch {
      // not empty (a failed mount left files in the folder): the scratch folder's removal takes it
    }
  }
  if (entry.image) fs.rmSync(entry.image, { force: true });
  return problems;
}

/** Ends a prepared filesystem: unmounts (and deletes the image), or for disk removes its folder. Returns problems. */
export function teardown(prepared) {
  if (prepared.skipped) return [];
  if (prepared.kind === 'disk') {
    spawnSync('rm', ['-rf', '--one-file-system', '--', prepared.dir], { stdio: 'ignore' });
    return [];
  }
  const entry = mounted.find((e) => e.dir === prepared.dir);
  return entry ? undo(entry) : [];
}

/** Undoes every mount still in place, newest first (for errors and signals). */
export function teardownAllSync() {
  const problems = [];
  while (mounted.length) problems.push(...undo(mounted.at(-1)));
  return problems;
}
