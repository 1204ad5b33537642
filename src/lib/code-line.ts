/** The one way codes are written for readers: "C61, C62, C63 — formerly C12". No imports, so browser code can use it too. */
export function formerText(former: string[]): string {
  return former.length ? `formerly ${former.join(', ')}` : '';
}

export function formatCodeLine(current: string[], former: string[]): string {
  return former.length ? `${current.join(', ')} — ${formerText(former)}` : current.join(', ');
}
