/** Fills "{name}" placeholders of a UI template. No imports: the browser scripts use it too. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
