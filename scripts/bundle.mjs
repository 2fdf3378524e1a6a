// Bundles each entry into dist/. `node scripts/bundle.mjs OUTDIR` writes elsewhere (the freshness test).
import * as esbuild from 'esbuild';
import path from 'node:path';

const outdir = path.resolve(process.argv[2] ?? 'dist');

// @actions/core imports its OIDC client (and with it undici, ~800 KB) at load time although only
// getIDToken uses it. Marking those packages free of side effects lets esbuild drop them when unused,
// which keeps the action's start-up near a bare `node` start. Anything that does use them keeps them.
const dropUnusedHttp = {
  name: 'drop-unused-http',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|undici|tunnel)(\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolved' });
      return { ...resolved, sideEffects: false };
    });
  },
};

await esbuild.build({
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts', 'remove-worker': 'src/cleanup/remove-worker.ts', sampler: 'src/sampler.ts', demo: 'harness/demo.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [dropUnusedHttp],
  legalComments: 'none',
  logLevel: 'warning',
});
