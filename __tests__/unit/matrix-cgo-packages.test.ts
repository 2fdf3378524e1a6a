// The cgo packages of cgo-packages: what go list prints, and each file's C preamble as cgo takes it.
import { describe, expect, it } from '@jest/globals';
import { cgoPackagesOf, cgoPreamble, groupByModule, parseJsonStream } from '../../src/matrix/cgo-packages.js';
import { parseCgoPackages } from '../../src/matrix/expectations.js';

describe('cgo packages', () => {
  it('takes the comment right above import "C", with #cgo lines blanked', () => {
    const block = 'package x\n\n/*\n#cgo LDFLAGS: -lz\n#include <zlib.h>\n*/\nimport "C"\n';
    expect(cgoPreamble(block)).toBe('\n\n#include <zlib.h>\n');
    const lines = 'package x\n\n// #cgo pkg-config: sqlite3\n// #include <sqlite3.h>\nimport "C"\n';
    expect(cgoPreamble(lines)).toBe('\n#include <sqlite3.h>');
    expect(cgoPreamble('package x\n\n/* far */\n\nimport "C"\n')).toBeUndefined();
    expect(cgoPreamble('package x\nimport "fmt"\n')).toBeUndefined();
  });

  it('reads a preamble holding /* or // and one inside an import group, as cgo does', () => {
    const slash = 'package x\n\n/*\n// headers in include/*\n#include <a.h>\n*/\nimport "C"\n';
    expect(cgoPreamble(slash)).toBe('\n// headers in include/*\n#include <a.h>\n');
    const grouped = 'package x\n\nimport (\n\t"fmt"\n\n\t// #include <b.h>\n\t"C"\n)\n';
    expect(cgoPreamble(grouped)).toBe('#include <b.h>');
    const quoted = 'package x\n\nvar s = "/* not a comment"\n\n// #include <c.h>\nimport "C"\n';
    expect(cgoPreamble(quoted)).toBe('#include <c.h>');
    // A "C" inside a comment is no import.
    expect(cgoPreamble('package x\n\n/*\nimport "C"\n*/\n')).toBeUndefined();
  });

  it("splits go list's stream and keeps packages with cgo files outside the standard library", () => {
    const stream =
      '{"ImportPath":"a","Dir":"/a","CgoFiles":["a.go"],"CgoLDFLAGS":["-lz"],"Doc":"a } in a string \\" {"}\n{"ImportPath":"net","Standard":true,"Dir":"/go/net","CgoFiles":["cgo.go"]}\n{"ImportPath":"b","Dir":"/b","Error":{"Err":"no Go files in /b"}}';
    const listed = parseJsonStream(stream);
    expect(listed).toHaveLength(3);
    const { packages, problems } = cgoPackagesOf(listed);
    expect(packages).toEqual([{ importPath: 'a', dir: '/a', cflags: [], ldflags: ['-lz'], pkgConfig: [] }]);
    expect(problems).toEqual(['b: no Go files in /b']);
  });

  it('lists a relative pattern from the module that holds it, rewritten relative to it', () => {
    const mods = new Set(['/ws', '/ws/db', '/ws/tools/gen']);
    const groups = groupByModule(['./...', './db/...', './db', './cmd/app', './tools/gen/sub/...', 'example.com/x/...', '../elsewhere'], '/ws', (d) =>
      mods.has(d),
    );
    expect(Object.fromEntries(groups)).toEqual({
      '/ws': ['./...', './cmd/app', 'example.com/x/...', '../elsewhere'],
      '/ws/db': ['./...', '.'],
      '/ws/tools/gen': ['./sub/...'],
    });
    expect(Object.fromEntries(groupByModule(['./a/...'], '/ws', () => false))).toEqual({ '/ws': ['./a/...'] });
  });

  it('accepts package patterns and refuses anything go list would take as a flag', () => {
    expect(parseCgoPackages('./..., ./cmd/app\nexample.com/m/...')).toEqual(['./...', './cmd/app', 'example.com/m/...']);
    expect(() => parseCgoPackages('-exec=/bin/sh')).toThrow(/cgo-packages.*"-exec=\/bin\/sh"/s);
    expect(() => parseCgoPackages('./a;rm')).toThrow(/cgo-packages/);
  });
});
