# Go CI Guard as the self-hosted runner's job-started hook on Windows. In the runner's .env:
#   ACTIONS_RUNNER_HOOK_JOB_STARTED=C:\path\to\go-ci-guard\hooks\job-started.ps1
. (Join-Path $PSScriptRoot 'find-node.ps1')
if ($GcgProblem) { Write-Output "::error::Go CI Guard: $GcgProblem"; exit 1 }
& $GcgNode (Join-Path $PSScriptRoot '..\dist\hook.js') job-started
exit $LASTEXITCODE
