// The launcher's name in each shipped language. The full catalogs load with
// the panel; these few words are all the first script needs.
const LABELS: Record<string, string> = {
  en: 'Help and support',
  tr: 'Yardım ve destek',
  az: 'Kömək və dəstək',
};

export function launcherLabel(locale: string): string {
  return LABELS[locale.slice(0, 2).toLowerCase()] ?? LABELS.en ?? 'Help';
}
