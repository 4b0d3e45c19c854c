// The React page's own app, bundled by the test (React ships CommonJS only)
// into /vendor/react-app.js, as a site's build would. It re-renders every
// 50 ms, has a "/" hotkey on the document that skips keys typed in fields the
// usual way (by looking at event.target), counts every key React hands its
// own handlers, and keeps a notice in a portal on document.body: React then
// delegates its events at the body too, the widget's host element's parent.
import { createElement as h, useEffect, useRef, useState, version } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const PRODUCTS = ['Phone case', 'Charger', 'Headphones', 'Screen protector'];
const host = { renders: 0, hotkeys: 0, reactKeys: 0, react: version };
window.__host = host;

function isField(target) {
  return (
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    target.isContentEditable
  );
}

function App() {
  const [query, setQuery] = useState('');
  const [, setTicks] = useState(0);
  const search = useRef(null);
  useEffect(() => {
    host.renders++;
  });
  useEffect(() => {
    const id = setInterval(() => setTicks((ticks) => ticks + 1), 50);
    return () => clearInterval(id);
  }, []);
  useEffect(() => {
    const onKey = (event) => {
      if (isField(event.target)) return;
      if (event.key === '/') {
        host.hotkeys++;
        event.preventDefault();
        search.current.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const countKey = () => {
    host.reactKeys++;
  };
  const shown = PRODUCTS.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
  return h(
    'div',
    { className: 'app', onKeyDownCapture: countKey },
    h('input', {
      ref: search,
      name: 'search',
      value: query,
      'aria-label': 'Search products',
      onChange: (event) => setQuery(event.currentTarget.value),
    }),
    h(
      'ul',
      null,
      shown.map((name) => h('li', { key: name }, name)),
    ),
    createPortal(
      h('p', { className: 'notice', onKeyDownCapture: countKey }, 'Free delivery over 50 TL.'),
      document.body,
    ),
  );
}

// Rendered at once, so the page is complete before the widget's script runs.
const root = createRoot(document.getElementById('app'));
flushSync(() => root.render(h(App)));
