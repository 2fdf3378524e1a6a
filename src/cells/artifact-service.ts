// Whether the runner gave the job the results service @actions/artifact needs. A leaf: main, post
// and dist/artifact.js all ask it, and none of them should load the others for it.
export function artifactServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
