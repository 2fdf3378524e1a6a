import { describe, expect, it } from '@jest/globals';
import { parseMountInfo } from '../../src/lib/proc.js';

// Shaped like /proc/self/mountinfo on an Ubuntu runner (fields: id, parent, major:minor, root,
// mount point, options, optional fields, '-', fs type, source, super options).
const MOUNTINFO = [
  '22 28 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw',
  '28 1 259:2 / / rw,relatime shared:1 - ext4 /dev/root rw,discard,errors=remount-ro',
  '95 28 259:2 /home/runner/src /home/runner/work/_temp/go-ci-guard-1-1-build-x/job\\040dir/bind rw,relatime shared:1 - ext4 /dev/root rw',
  '',
  '101 28 0:50 / /mnt/tab\\011and\\134back\\012nl rw,relatime - tmpfs tmpfs rw,size=1024k',
  '',
].join('\n');

describe('parseMountInfo', () => {
  it('returns field 5 of each line, unescaping octal escapes and skipping blank lines', () => {
    expect(parseMountInfo(MOUNTINFO)).toEqual(['/sys', '/', '/home/runner/work/_temp/go-ci-guard-1-1-build-x/job dir/bind', '/mnt/tab\tand\\back\nnl']);
  });

  it('decodes an escaped backslash without decoding what follows it again', () => {
    // "\134040" is an escaped backslash followed by the text "040", not a space.
    expect(parseMountInfo('1 2 0:1 / /a\\134040b rw - tmpfs tmpfs rw')).toEqual(['/a\\040b']);
  });

  it('returns nothing for empty text', () => {
    expect(parseMountInfo('')).toEqual([]);
    expect(parseMountInfo('\n\n')).toEqual([]);
  });

  it('skips lines with fewer than five fields', () => {
    expect(parseMountInfo('garbage\n1 2 3 4\n36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw')).toEqual(['/mnt2']);
  });
});
