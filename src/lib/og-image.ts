/** Link-preview images (1200×630) drawn as SVG from a page's own facts; turned into PNG at build time. */
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap to lines of at most `width` characters, at most `max` lines (the last one ends in "…" if cut). */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/\s*\S*$/, '')}…`;
  return kept;
}

export function ogSvg({ title, codes, reviewed, site = "IMP Guide · Canada's International Mobility Program" }: { title: string; codes?: string; reviewed?: string; site?: string }): string {
  const titleLines = wrap(title, 24, 3);
  const tspans = titleLines.map((l, i) => `<tspan x="80" dy="${i === 0 ? 0 : 84}">${escapeXml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b4f8a"/>
<rect x="0" y="560" width="1200" height="70" fill="#083a66"/>
<text x="80" y="110" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" font-weight="700" fill="#cfe6fb">${escapeXml(site)}</text>
<text x="80" y="230" font-family="DejaVu Sans, Arial, sans-serif" font-size="72" font-weight="700" fill="#ffffff">${tspans}</text>
${codes ? `<text x="80" y="${250 + titleLines.length * 84}" font-family="DejaVu Sans Mono, monospace" font-size="40" font-weight="700" fill="#ffd580">${escapeXml(codes)}</text>` : ''}
${reviewed ? `<text x="80" y="606" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#ffffff">${escapeXml(reviewed)}</text>` : ''}
</svg>`;
}
