#!/usr/bin/env bash
# Go CI Guard as the self-hosted runner's job-completed hook. In the runner's .env:
#   ACTIONS_RUNNER_HOOK_JOB_COMPLETED=/path/to/go-ci-guard/hooks/job-completed.sh
# The runner runs it as `bash -e job-completed.sh` after the job's last step, also for failed and
# cancelled jobs. It fails the job only when fail-on-cleanup-error is set.
set -e
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/find-node.sh"
exec "$GCG_NODE" "$here/../dist/hook.js" job-completed
