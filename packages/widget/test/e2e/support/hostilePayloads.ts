/**
 * Forty messages written to break a chat that inserts text as HTML, follows
 * any link or trusts how text looks. Each would run `window.__pwned = …`,
 * restyle the page, or mislead the reader if the widget were careless; in a
 * safe widget every one shows as the words it is.
 */
export function hostilePayloads(): string[] {
  const pwn = 'window.__pwned=1';
  return [
    `<script>${pwn}</script>`,
    `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
    `<img src=x onerror="${pwn}">`,
    `<img src="x" onerror=${pwn}//`,
    `<svg onload="${pwn}"><circle r="9"/></svg>`,
    `<svg><script>${pwn}</script></svg>`,
    `<iframe src="javascript:${pwn}"></iframe>`,
    `<iframe srcdoc="<script>parent.${pwn}</script>"></iframe>`,
    `<a href="javascript:${pwn}">Claim your bonus</a>`,
    `<a href="data:text/html,<script>${pwn}</script>">Open</a>`,
    `javascript:${pwn}`,
    `JaVaScRiPt:${pwn}`,
    `java\tscript:${pwn}`,
    `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
    `vbscript:msgbox(1)`,
    `"><script>${pwn}</script>`,
    `'><img src=x onerror=${pwn}>`,
    `<details open ontoggle="${pwn}">x</details>`,
    `<body onload="${pwn}">`,
    `<input autofocus onfocus="${pwn}">`,
    `<video><source onerror="${pwn}"></video>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${pwn}>`,
    `<style>*{display:none!important}</style>`,
    `<link rel=stylesheet href=//evil.example/x.css>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${pwn}">`,
    `<form action="javascript:${pwn}"><button>Verify</button></form>`,
    `<object data="javascript:${pwn}"></object>`,
    `&lt;script&gt;${pwn}&lt;/script&gt;`,
    `{{constructor.constructor('${pwn}')()}}`,
    `\${${pwn}}`,
    'https://pаypal.com/login (Cyrillic а)',
    'https://аррӏе.com',
    'https://bank.example.com@evil.example/login',
    'Your file: \u202Egnp.exe',
    'Visit https://example.com/\u202Eevil',
    `https://example.com/?q="><script>${pwn}</script>`,
    `Unicode look-alike: ＜script＞${pwn}＜/script＞`,
    `Zero\u200Bwidth\u200Djoiners\uFEFFhere`,
    'A'.repeat(3000),
    `${'Ş'.repeat(1500)}${'ə'.repeat(1500)}`,
  ];
}
