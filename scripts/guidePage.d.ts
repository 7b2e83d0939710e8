/** Types of scripts/guidePage.js (plain JavaScript, called by webpack.config.js). */
export function inline(text: string): string;
export function markdownToHtml(markdown: string): string;
export function guidePage(markdown: string): string;
