/** The one way codes are written for readers: "C61, C62, C63 — formerly C12" (« anciennement » in French). No imports, so browser code can use it too. */
export function formerText(former: string[], word = 'formerly'): string {
  return former.length ? `${word} ${former.join(', ')}` : '';
}

export function formatCodeLine(current: string[], former: string[], word = 'formerly'): string {
  return former.length ? `${current.join(', ')} — ${formerText(former, word)}` : current.join(', ');
}
