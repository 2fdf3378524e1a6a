// How main and post load the artifact steps: dist/artifact.js, its own bundle with @actions/artifact
// (octokit, archiver, unzip-stream, Azure's blob client), imported only when a report goes up or comes
// down, so a job without reports loads and runs exactly what it did before.

/** The steps dist/artifact.js exports (a type-only import: nothing of it is bundled into main or post). */
export type ArtifactSteps = typeof import('../artifact-client.js');

export async function loadArtifactSteps(module: URL): Promise<ArtifactSteps> {
  return (await import(module.href)) as ArtifactSteps;
}
