#!/usr/bin/env bash
# Go CI Guard as the self-hosted runner's job-completed hook. In the runner's .env:
#   ACTIONS_RUNNER_HOOK_JOB_COMPLETED=/path/to/go-ci-guard/hooks/job-completed.sh
# The runner runs it as `bash -e job-completed.sh` after the job's last step, also for failed and
# cancelled jobs. It fails the job only when fail-on-cleanup-error is set; without a node it warns.
set -e
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/find-node.sh"
if [ -n "$GCG_PROBLEM" ]; then
  echo "::warning::Go CI Guard: the job folder was not cleaned up (the next job's start removes it): $GCG_PROBLEM"
  exit 0
fi
exec "$GCG_NODE" "$here/../dist/hook.js" job-completed
