# Go CI Guard as the self-hosted runner's job-completed hook on Windows. In the runner's .env:
#   ACTIONS_RUNNER_HOOK_JOB_COMPLETED=C:\path\to\go-ci-guard\hooks\job-completed.ps1
# It fails the job only when fail-on-cleanup-error is set; without a node it warns.
. (Join-Path $PSScriptRoot 'find-node.ps1')
if ($GcgProblem) { Write-Output "::warning::Go CI Guard: the job folder was not cleaned up (the next job's start removes it): $GcgProblem"; exit 0 }
& $GcgNode (Join-Path $PSScriptRoot '..\dist\hook.js') job-completed
exit $LASTEXITCODE
