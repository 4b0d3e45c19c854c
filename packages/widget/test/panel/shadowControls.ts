// What a user does to the panel in a shadow root, for the image tests.

/** Picks `files` in the file input matching `selector`, as the OS picker does: sets them and fires `change`. */
export function pick(root: ShadowRoot, files: File[], selector = 'input[type="file"]'): void {
  const input = root.querySelector(selector);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no file input ${selector}`);
  const list = new DataTransfer();
  for (const file of files) list.items.add(file);
  input.files = list.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The button whose accessible label (aria-label, else its text) is `name`. */
export function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
