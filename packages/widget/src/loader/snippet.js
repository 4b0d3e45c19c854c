// biome-ignore-all lint: an ES5 snippet pasted into pages as it is; every byte counts.
// The loader snippet site owners may paste instead of the plain script tag
// (docs/getting-started.md). It defines window.Destek, queues every call made
// before destek.js arrives, and loads destek.js asynchronously with the
// snippet's own CSP nonce. Replace the URL; the minified form stays under
// 600 bytes (checked by `pnpm size`).
(function (w, d, src) {
  var queue = w.Destek;
  if (!queue || !queue.q) {
    queue = function () {
      queue.q.push(arguments);
    };
    queue.q = [];
    w.Destek = queue;
  }
  var script = d.createElement('script');
  var self = d.currentScript;
  script.async = true;
  script.src = src;
  if (self && self.nonce) script.nonce = self.nonce;
  (d.head || d.documentElement).appendChild(script);
})(window, document, 'https://support.example.com/widget/destek.js');
