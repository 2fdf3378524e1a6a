// Verdicts a user can trust, as main gives them with the real gcc, Debian's musl-gcc and glibc's own
// libraries: one cause is one failed row, a fix never repeats what the cell already does, and a musl
// binary that also needs glibc's libc.so.6 is no green.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StepResult } from '../../harness/local-runner.js';
import { disposeRunners, expectOk, newRunner, runCleanups } from './support.js';

afterEach(() => {
  disposeRunners();
  runCleanups();
});

/** The rows main logged: `icon title: …` per check. */
function rows(main: StepResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of main.stdout.split('\n')) {
    const m = /^(✅|❌|⚠️|➖) ([^:]+): (.*)$/.exec(line);
    if (m) out[m[2]] = `${m[1]} ${m[3]}`;
  }
  return out;
}

describe('verdicts', () => {
  it('a CC that is not installed is one failed row, whose fix names CC; the rows it stops say so', async () => {
    const runner = newRunner({ env: { CC: 'gcc-gcgnosuch' } });
    const main = await runner.main({ cgo: 'true', libc: 'glibc', 'cgo-probe': 'true', 'problem-matcher': 'false' });
    expect(main.exitCode).toBe(1);
    const r = rows(main);
    expect(r['cgo probe']).toBe(
      '➖ expected a cgo program builds and runs, found not judged: the C compiler gcc-gcgnosuch is missing (see the C compiler row)',
    );
    expect(Object.values(r).filter((v) => v.startsWith('❌'))).toEqual([
      '❌ expected gcc-gcgnosuch runs, found gcc-gcgnosuch not found on PATH. Fix: CC=gcc-gcgnosuch names no program on PATH: install gcc-gcgnosuch, or set CC to a compiler you have',
    ]);
    expect(r['cgo (effective CGO_ENABLED)']).toBe(
      '➖ expected CGO_ENABLED=1, found CGO_ENABLED=1; not judged further: the C compiler gcc-gcgnosuch is missing (see the C compiler row)',
    );
    expect(r.libc).toBe('➖ expected glibc, found not checked: the C compiler gcc-gcgnosuch is missing (see the C compiler row)');
    expectOk(await runner.post());
  });

  it("an -I that points musl-gcc at glibc's headers is named as the cause, with the compiler's real error; no 'set CC=musl-gcc'", async () => {
    // A project folder beside it is no cause: only the folder that brings glibc's stdio.h is named.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-include-'));
    fs.writeFileSync(path.join(project, 'app.h'), '#define APP 1\n');
    const runner = newRunner({ env: { CC: 'musl-gcc', CGO_CFLAGS: `-I${project} -I/usr/include -O1` } });
    const main = await runner.main({ cgo: 'true', libc: 'musl', 'cgo-probe': 'true', 'problem-matcher': 'false' });
    expect(main.exitCode).toBe(1);
    const r = rows(main);
    expect(r['C compiler (CC)']).toMatch(
      /^❌ .*musl-gcc cannot compile #include <stdio\.h>: \/usr\/include\/stdio\.h:\d+:\d+: fatal error: bits\/libc-header-start\.h: No such file or directory — with -I\/usr\/include from CGO_CPPFLAGS\/CGO_CFLAGS \(it brings \/usr\/include\/stdio\.h\); without them its headers are musl 1\.2\.\d's own\. Fix: remove -I\/usr\/include from CGO_CPPFLAGS\/CGO_CFLAGS/,
    );
    expect(r['C compiler (CC)']).not.toContain(project);
    expect(r['cgo probe']).toBe('➖ expected a cgo program builds and runs, found not judged: the C compiler cannot compile (see the C compiler row)');
    expect(r.libc).toBe("➖ expected musl, found not checked: musl-gcc cannot compile with the cell's header flags (see the C compiler row)");
    // The rows quote the real error line (the probe's raw build output below them may hold the rest).
    expect(Object.values(r).filter((v) => v.includes('In file included from'))).toEqual([]);
    expect(main.stdout).not.toContain('set CC=musl-gcc');
    expectOk(await runner.post());
  });

  it('a missing -L folder blocks nothing when the libraries link: a warning, and the library row passes', async () => {
    const runner = newRunner({ env: { CGO_LDFLAGS: '-L/gcg/no/such/lib -lz' } });
    const main = await runner.main({ cgo: 'true', libc: 'glibc', 'problem-matcher': 'false' });
    expectOk(main);
    const r = rows(main);
    expect(r['Flag folders']).toBe(
      '⚠️ expected every -I/-L folder in CGO_*FLAGS exists, as an absolute path, found CGO_LDFLAGS names -L /gcg/no/such/lib, which is not a folder (skipped by the compiler and the linker). Fix: create the folder or install the package that provides it, or correct CGO_LDFLAGS',
    );
    expect(r['Libraries in CGO_LDFLAGS']).toMatch(/^✅ .*-lz links with gcc \(built for glibc\)/);
    expectOk(await runner.post());
  });

  it("a musl binary that also needs glibc's libc.so.6 fails the probe, naming the library that drags it in", async () => {
    const runner = newRunner({ env: { CC: 'musl-gcc', CGO_LDFLAGS: '-L/usr/lib/x86_64-linux-gnu -lz' } });
    const main = await runner.main({ cgo: 'true', libc: 'musl', 'cgo-probe': 'true', 'on-mismatch': 'warn', 'problem-matcher': 'false' });
    expectOk(main);
    const r = rows(main);
    expect(r['cgo probe']).toMatch(
      /^❌ expected a cgo program builds and runs, found built( and ran)?, but the binary needs libc\.so\.6, glibc's C library, beside musl's loader: a library built for glibc is linked in \(\/usr\/lib\/x86_64-linux-gnu\/libz\.so.*: see the library rows\)/,
    );
    expect(r['Libraries in CGO_LDFLAGS']).toMatch(/^❌ .*links \/usr\/lib\/x86_64-linux-gnu\/libz\.so \(glibc: it needs libc\.so\.6\)/);
    expectOk(await runner.post());
  });
});
