// biome-ignore-all lint: an ES5 snippet pasted into pages as it is; every byte counts.
// The loader snippet site owners may paste instead of the plain script tag
// (docs/getting-started.md). It defines window.Destek, queues every call made
// before destek.js arrives, and loads destek.js asynchronously with the
// snippet's own CSP nonce. Replace the URL; the minified form stays under
// 600 bytes (checked by `pnpm size`).
(function (w, d, src) {
  // A page's own window.Destek (something else of that name) is left alone:
  // the queue, and then the widget, answer at window.DestekWidget instead.
  var name = w.Destek && !w.Destek.q ? 'DestekWidget' : 'Destek';
  var queue = w[name];
  if (!queue || !queue.q) {
    queue = function () {
      queue.q.push(arguments);
    };
    queue.q = [];
    w[name] = queue;
  }
  var script = d.createElement('script');
  var self = d.currentScript;
  var url = src;
  // Where Trusted Types are required, a script's URL must come from a
  // policy: this one is named "destek", for the page's trusted-types list.
  // Without Trusted Types (or with the name not allowed) the string is used.
  try {
    url = w.trustedTypes
      .createPolicy('destek', {
        createScriptURL: function () {
          return src;
        },
      })
      .createScriptURL(src);
  } catch (e) {}
  script.async = true;
  script.src = url;
  if (self && self.nonce) script.nonce = self.nonce;
  (d.head || d.documentElement).appendChild(script);
})(window, document, 'https://support.example.com/widget/destek.js');
