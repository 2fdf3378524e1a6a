// dist/hook.js job-started|job-completed: the self-hosted runner's job hooks (hooks/*.sh and *.ps1
// run it with a node they find). A failing job-started fails the job before its steps; job-completed
// turns its own faults into warnings.
import * as core from '@actions/core';
import { bundlePaths } from '../lib/bundle-paths.js';
import { errorMessage } from '../lib/errors.js';
import { jobCompleted } from './job-completed.js';
import { jobStarted } from './job-started.js';

export async function run(argv: string[]): Promise<void> {
  const [which] = argv;
  const paths = bundlePaths();
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    const problem = `Node.js ${process.versions.node} (${process.execPath}) runs the hook: it needs 20 or later; set GO_CI_GUARD_NODE in the runner's .env to one`;
    if (which === 'job-completed') core.warning(`The job folder was not cleaned up (the next job's start removes it): ${problem}`);
    else core.setFailed(problem);
    return;
  }
  if (which === 'job-started') {
    await jobStarted(process.env, paths).catch((err: unknown) => core.setFailed(errorMessage(err)));
  } else if (which === 'job-completed') {
    await jobCompleted(process.env, paths).catch((err: unknown) => core.warning(`Cleanup stopped by an unexpected error: ${errorMessage(err)}`));
  } else {
    core.setFailed(`Usage: node dist/hook.js job-started|job-completed (got ${JSON.stringify(which ?? '')})`);
  }
}
