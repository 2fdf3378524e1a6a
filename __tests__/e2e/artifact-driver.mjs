// Runs the action's bundled artifact steps (dist/artifact.js, the real @actions/artifact inside) once,
// in its own process, as post or the report mode would. Argument: JSON
// {op: 'upload', file, name, retentionDays} | {op: 'download', prefix, dest} | {op: 'available'}.
// Prints the library's own output, then one line `::driver-result::{"value":…}` or
// `{"error":{name,message}}` for what the step returned or threw.
const steps = await import(new URL('../../dist/artifact.js', import.meta.url).href);

const req = JSON.parse(process.argv[2]);
let result;
try {
  const value =
    req.op === 'upload'
      ? await steps.uploadReport(req.file, req.name, req.retentionDays)
      : req.op === 'download'
        ? await steps.downloadReports(req.prefix, req.dest)
        : steps.artifactServiceAvailable();
  result = { value: value ?? null };
} catch (err) {
  result = { error: { name: err?.name, message: err?.message } };
}
console.log(`::driver-result::${JSON.stringify(result)}`);
