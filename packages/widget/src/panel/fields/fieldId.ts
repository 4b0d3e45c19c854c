/** The DOM id of a draft field's control (`stepsTried.2` → `destek-stepsTried-2`), unique inside the shadow root. */
export function fieldId(field: string): string {
  return `destek-${field.replace(/[^a-zA-Z0-9]/g, '-')}`;
}
