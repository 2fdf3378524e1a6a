// The local runner's folders, laid out as on a runner host: _work/_temp (RUNNER_TEMP), the workspace,
// the action copied under _work/_actions, and a folder for the per-step file-command files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunAs } from './runner-worker.js';

export interface RunnerLayout {
  base: string;
  runnerTemp: string;
  workspace: string;
  home: string;
  actionPath: string;
  commandDir: string;
}

function chownTree(dir: string, to: RunAs) {
  fs.chownSync(dir, to.uid, to.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, to);
    else fs.lchownSync(p, to.uid, to.gid);
  }
}

function chmodTree(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(p);
    else fs.chmodSync(p, 0o644);
  }
}

/**
 * Creates the folders (owned by `runAs` where the job writes), copies the action (`actionDir`'s
 * action.yml, dist/, matchers/ and hooks/, readable by all) and `checkout` into the workspace.
 */
export function layOutRunner(opts: { actionDir: string; base?: string; runnerTemp?: string; home?: string; runAs?: RunAs; checkout?: string }): RunnerLayout {
  const base = opts.base ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-runner-'));
  fs.chmodSync(base, 0o755);
  const layout: RunnerLayout = {
    base,
    runnerTemp: opts.runnerTemp ?? path.join(base, '_work', '_temp'),
    workspace: path.join(base, '_work', 'repo', 'repo'),
    home: opts.home ?? path.join(base, 'home'),
    actionPath: path.join(base, '_work', '_actions', 'go-ci-guard'),
    commandDir: path.join(base, '_work', '_file_commands'),
  };
  for (const dir of [layout.runnerTemp, layout.workspace, layout.home, layout.commandDir]) {
    fs.mkdirSync(dir, { recursive: true });
    if (opts.runAs) fs.chownSync(dir, opts.runAs.uid, opts.runAs.gid);
  }
  if (opts.checkout) {
    fs.cpSync(opts.checkout, layout.workspace, { recursive: true });
    if (opts.runAs) chownTree(layout.workspace, opts.runAs);
  }
  fs.mkdirSync(path.join(layout.actionPath, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(opts.actionDir, 'action.yml'), path.join(layout.actionPath, 'action.yml'));
  for (const dir of ['dist', 'matchers', 'hooks']) fs.cpSync(path.join(opts.actionDir, dir), path.join(layout.actionPath, dir), { recursive: true });
  chmodTree(path.join(base, '_work', '_actions'));
  return layout;
}
