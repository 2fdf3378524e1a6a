// Bundles the action's entries into dist/ and the demo (dev tooling, kept out of the action's runtime
// folder) into harness/bundle/. `node scripts/bundle.mjs OUTDIR [DEMO_OUTDIR]` writes elsewhere (the
// freshness test); with OUTDIR alone the demo is not built.
import * as esbuild from 'esbuild';
import path from 'node:path';

const outdir = path.resolve(process.argv[2] ?? 'dist');
const demoOutdir = process.argv[2] === undefined ? path.resolve('harness/bundle') : process.argv[3] && path.resolve(process.argv[3]);

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

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [dropUnusedHttp],
  legalComments: 'none',
  logLevel: 'warning',
};

await esbuild.build({
  ...common,
  entryPoints: {
    main: 'src/main.ts',
    post: 'src/post.ts',
    'remove-worker': 'src/cleanup/remove-worker.ts',
    sampler: 'src/sampler.ts',
    cache: 'src/cache-client.ts',
    artifact: 'src/artifact-client.ts',
    reap: 'src/cleanup/reap.ts',
    hook: 'src/hook.ts',
  },
  outdir,
});

// Committed so that `npm run demo` needs no install on a fresh clone (Node 20 cannot run .ts itself).
if (demoOutdir) await esbuild.build({ ...common, entryPoints: { demo: 'harness/demo.ts' }, outdir: demoOutdir });
