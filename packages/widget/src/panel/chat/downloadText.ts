/**
 * Saves `text` as a `.txt` file through a Blob URL and a download link: no
 * inline script, no data: URL (both refused by strict CSPs), nothing sent
 * anywhere. The URL is revoked once the browser has taken the file.
 */
export function downloadText(doc: Document, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
