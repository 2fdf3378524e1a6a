// Entry of dist/artifact.js: the cells' reports as workflow artifacts, through @actions/artifact 6.2
// (octokit, archiver, unzip-stream, Azure's blob client: ~250 packages), so main and post load it only
// when a report goes up or comes down (cells/artifact-loader.ts).
//
// The library talks to the run's results service (ACTIONS_RESULTS_URL) with ACTIONS_RUNTIME_TOKEN, a
// JWT whose `scp` claim names the run and the job; an artifact's name is unique within the run, so each
// cell needs its own. Uploads are zipped (skipArchive would rename the artifact after the file); the
// download unzips into its folder.
import { DefaultArtifactClient } from '@actions/artifact';
import path from 'node:path';

export { artifactServiceAvailable } from './cells/artifact-service.js';

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Uploads `file` alone (zipped, at the archive's top) as artifact `name`; its id and zipped size. */
export async function uploadReport(file: string, name: string, retentionDays: number): Promise<{ id: number; size: number }> {
  let result: { id?: number; size?: number };
  try {
    result = await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), { retentionDays });
  } catch (err) {
    const why = message(err);
    const taken = /\(409\)|already.?exists/i.test(why) ? ' (another job of this run already uploaded an artifact of that name)' : '';
    throw new Error(`could not upload artifact '${name}'${taken}: ${why}`, { cause: err });
  }
  if (result.id === undefined) throw new Error(`could not upload artifact '${name}': the service returned no artifact id`);
  return { id: result.id, size: result.size ?? 0 };
}

export interface DownloadedReport {
  name: string;
  /** `dest/<name>`, holding what the artifact's zip held; absent when this one failed. */
  dir?: string;
  error?: string;
}

const PARALLEL_DOWNLOADS = 4;

/**
 * Downloads every artifact of this run whose name starts with `prefix` (the newest of each name) into
 * `dest/<name>/`, in name order. One failed download is reported in its entry and does not stop the
 * others; a failed listing throws.
 */
export async function downloadReports(prefix: string, dest: string): Promise<DownloadedReport[]> {
  const client = new DefaultArtifactClient();
  let listed: { name: string; id: number }[];
  try {
    listed = (await client.listArtifacts({ latest: true })).artifacts;
  } catch (err) {
    throw new Error(`could not list this run's artifacts: ${message(err)}`, { cause: err });
  }
  const wanted = listed.filter((a) => a.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const results: DownloadedReport[] = new Array(wanted.length);
  const root = path.resolve(dest);
  let next = 0;
  const lane = async () => {
    while (next < wanted.length) {
      const i = next++;
      const { name, id } = wanted[i];
      const dir = path.join(root, name);
      // The service refuses names with slashes; '.' and '..' would still leave dest.
      if (name === '.' || name === '..' || path.dirname(dir) !== root) {
        results[i] = { name, error: 'the name is not usable as a folder name' };
        continue;
      }
      try {
        await client.downloadArtifact(id, { path: dir });
        results[i] = { name, dir };
      } catch (err) {
        results[i] = { name, error: message(err) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_DOWNLOADS, wanted.length) }, lane));
  return results;
}
