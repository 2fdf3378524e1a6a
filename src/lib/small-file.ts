// Reading the action's own small files in folders a job step could have tampered with: only a
// regular file of bounded size, never through a link, never blocking on a FIFO.
import fs from 'node:fs';

/** The file's text, or undefined when it is missing, not a small regular file, or unreadable. */
export function readSmallText(file: string, maxBytes = 64 * 1024): string | undefined {
  try {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const st = fs.fstatSync(fd);
      return st.isFile() && st.size <= maxBytes ? fs.readFileSync(fd, 'utf8') : undefined;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The file's JSON, or undefined (as readSmallText, or not JSON). */
export function readSmallJson(file: string, maxBytes?: number): unknown {
  const text = readSmallText(file, maxBytes);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Up to `bytes` bytes from the start of a regular file of any size, never through a link (Windows has
 * no O_NOFOLLOW: lstat first) and never blocking on a FIFO; undefined when unreadable.
 */
export function readFileHead(file: string, bytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (fs.constants.O_NOFOLLOW === undefined && !fs.lstatSync(file).isFile()) return undefined;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    if (!fs.fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
