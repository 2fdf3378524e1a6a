#!/usr/bin/env bash
# Go CI Guard as the self-hosted runner's job-started hook. In the runner's .env:
#   ACTIONS_RUNNER_HOOK_JOB_STARTED=/path/to/go-ci-guard/hooks/job-started.sh
# The runner runs it as `bash -e job-started.sh` before the job's first step; a failure fails the job.
set -e
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/find-node.sh"
if [ -n "$GCG_PROBLEM" ]; then
  echo "::error::Go CI Guard: $GCG_PROBLEM"
  exit 1
fi
exec "$GCG_NODE" "$here/../dist/hook.js" job-started
