// Pure: the matrix cell's checks as a compact Markdown table for the job summary. A cell whose
// checks all pass folds into one line, so a big matrix's page stays short.
import { CHECK_ICON, type Check, type MatrixReport } from '../matrix/report.js';
import { cell, code, escapeHtml } from './markdown.js';

/** The facts line; `html` for inside <summary>, where GitHub renders no Markdown. */
function facts(report: MatrixReport, html = false): string {
  const o = report.outputs;
  const literal = (text: string) => (html ? `<code>${escapeHtml(text)}</code>` : code(text));
  const parts = [
    o['go-version'] && `Go ${o['go-version']}`,
    o['cgo-enabled'] && `CGO_ENABLED=${o['cgo-enabled']}`,
    o['cc-target'] && `CC target ${literal(o['cc-target'])}`,
    o.libc && `libc ${o.libc}${o['libc-version'] ? ` ${o['libc-version']}` : ''}`,
    `fingerprint ${literal(o['toolchain-fingerprint'])}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

function table(checks: Check[]): string {
  const rows = checks.map((c) => `| ${CHECK_ICON[c.status]} | ${cell(c.title)} | ${cell(c.expected)} | ${cell(c.found, 400)} | ${c.fix ? cell(c.fix) : ''} |`);
  return ['| | Check | Expected | Found | Fix |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function renderChecks(report: MatrixReport): string {
  const problems = report.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  if (!problems.length) {
    const passed = report.checks.filter((c) => c.status === 'pass').length;
    return [
      `<details><summary>✅ Matrix cell ${escapeHtml(report.cell)}: ${passed} checks passed · ${facts(report, true)}</summary>`,
      '',
      table(report.checks),
      '',
      '</details>',
    ].join('\n');
  }
  const verdict = failed
    ? `❌ Matrix cell ${cell(report.cell)}: ${failed} check${failed > 1 ? 's' : ''} failed${report.onMismatch === 'warn' ? ' (on-mismatch: warn, so the job went on)' : ''}`
    : `⚠️ Matrix cell ${cell(report.cell)}: ${problems.length} warning${problems.length > 1 ? 's' : ''}`;
  const parts = [`${verdict} · ${facts(report)}`, table(report.checks)];
  if (report.probeOutput) {
    parts.push(
      `<details><summary>cgo probe: the compiler's output</summary>\n\n\`\`\`text\n${report.probeOutput.replace(/```/g, "'''")}\n\`\`\`\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}
