// Pure: Markdown and HTML escaping for the job summary.

/** Markdown code span that survives backticks and pipes in the text (for tables). */
export function code(text: string, max = 160): string {
  const clipped = text.length > max ? `…${text.slice(text.length - max + 1)}` : text;
  return `\`${clipped
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')}\``;
}

/** Plain text safe inside a table cell. */
export function cell(text: string, max = 300): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return clipped.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** Text for inside HTML such as <summary>, where GitHub renders no Markdown. */
export function escapeHtml(text: string): string {
  // A line break would end the HTML block early and let the rest render as Markdown.
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\n]+/g, ' ');
}
