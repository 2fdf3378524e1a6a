// The probe's folder in the job folder; its own module so that post can name it without loading the probe.
export const PROBE_DIR = 'cgo-probe';
