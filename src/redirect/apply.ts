// Creates the planned subfolders and exports the variables for every later step.
import * as core from '@actions/core';
import fs from 'node:fs/promises';
import type { PlatformRules } from '../lib/platform.js';
import { outputNameFor, type RedirectFolder } from './plan.js';

/** Makes each folder and exports its variables; returns the values they had before. */
export async function applyRedirects(jobDir: string, folders: RedirectFolder[], rules: PlatformRules): Promise<Record<string, string>> {
  const previous: Record<string, string> = {};
  for (const { folder, variables } of folders) {
    const dir = rules.path.join(jobDir, folder);
    await fs.mkdir(dir, { recursive: true });
    for (const variable of variables) {
      const before = process.env[variable];
      if (before !== undefined) previous[variable] = before;
      core.exportVariable(variable, dir);
      core.setOutput(outputNameFor(variable), dir);
      core.debug(`${variable}=${dir}${before === undefined ? '' : ` (was ${before})`}`);
    }
    // `go install` puts binaries in $GOPATH/bin; keep them runnable as they were with ~/go/bin.
    if (variables.includes('GOPATH')) core.addPath(rules.path.join(dir, 'bin'));
  }
  return previous;
}

/**
 * Post steps of actions listed before this one (setup-go's cache save, say) run after this post: point
 * the redirected variables back to what they were, empty where they were unset (tools read an empty
 * TMPDIR, GOCACHE or XDG_CACHE_HOME as unset).
 */
export function restoreRedirects(folders: RedirectFolder[], previous: Record<string, string>): void {
  const names = folders.flatMap((f) => f.variables);
  for (const name of names) core.exportVariable(name, previous[name] ?? '');
  if (names.length) core.info(`Restored ${names.join(', ')} for the steps after this one.`);
}
