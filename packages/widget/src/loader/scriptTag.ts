// Entry of `destek.js`, the script site owners paste. It must stay a classic
// script: no static imports or exports survive the build (the build checks),
// and the panel is reached by a dynamic import, which a classic script
// resolves against its own URL, so the chunks load from wherever this file is
// hosted, whatever the page's <base href>.
import { createWidget } from '../api/createWidget.ts';
import { installCommandQueue } from './installCommandQueue.ts';
import { readScriptOptions } from './readScriptOptions.ts';

try {
  const script =
    document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  installCommandQueue(window, createWidget, readScriptOptions(script), (message) =>
    console.error(message),
  );
} catch (error) {
  // Never throw into the host page, even when its globals are odd.
  console.error('Destek: the widget could not start', error);
}
