// The launcher's name in each shipped language. The full catalogs load with
// the panel; these few words are all the first script needs.
const ENGLISH = 'Help and support';
const LABELS: Record<string, string> = { tr: 'Yardım ve destek', az: 'Kömək və dəstək' };

export function launcherLabel(locale: string): string {
  return LABELS[locale.slice(0, 2).toLowerCase()] ?? ENGLISH;
}
