import { hostilePayloads } from '../e2e/support/hostilePayloads.ts';

/** One hostile text, named so a failure (or a trap hit) says which one. */
export interface AttackPayload {
  /** `family:n`, unique; scripts in the text report it to the trap (`__pwn('id')`). */
  id: string;
  family: AttackFamily;
  text: string;
}

export type AttackFamily =
  | 'legacy'
  | 'html'
  | 'breakout'
  | 'scheme'
  | 'mxss'
  | 'svg'
  | 'bidi'
  | 'homoglyph'
  | 'zeroWidth'
  | 'template'
  | 'control'
  | 'long';

/** What a payload's script calls when it runs: the trap records the id (see attackTraps.ts). */
const call = (id: string) => `__pwn('${id}')`;

/**
 * Tags that run script through an event handler or a URL attribute when a
 * page parses them as HTML. `§` is where the call goes.
 */
const HTML_VECTORS: Array<[string, string]> = [
  ['script', '<script>§</script>'],
  ['script-src', '<script src="data:text/javascript,§"></script>'],
  ['img-onerror', '<img src=x onerror="§">'],
  ['img-unquoted', '<img src=x onerror=§>'],
  ['img-slash', '<img/src/onerror=§>'],
  ['svg-onload', '<svg onload="§">'],
  ['body-onload', '<body onload="§">'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.§</script>"></iframe>'],
  ['iframe-js', '<iframe src="javascript:parent.§"></iframe>'],
  ['details-ontoggle', '<details open ontoggle="§">x</details>'],
  ['input-onfocus', '<input autofocus onfocus="§">'],
  ['select-onfocus', '<select autofocus onfocus="§"></select>'],
  ['textarea-onfocus', '<textarea autofocus onfocus="§"></textarea>'],
  ['video-source', '<video><source onerror="§"></video>'],
  ['audio-src', '<audio src=x onerror="§"></audio>'],
  ['marquee', '<marquee onstart="§">x</marquee>'],
  ['object-data', '<object data="javascript:§"></object>'],
  ['embed-src', '<embed src="javascript:§">'],
  ['link-import', '<link rel=stylesheet href="javascript:§">'],
  ['style-onload', '<style onload="§"></style>'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:§">'],
  ['base-href', '<base href="javascript:§//">'],
  ['form-action', '<form action="javascript:§"><button>Verify</button></form>'],
  ['button-formaction', '<form><button formaction="javascript:§">Verify</button></form>'],
  ['a-onmouseover', '<a href="#" onmouseover="§">hover me</a>'],
  ['div-onpointer', '<div onpointerenter="§" style="position:fixed;inset:0">x</div>'],
  ['animation', '<style>@keyframes k{}</style><b style="animation:k" onanimationstart="§">x</b>'],
];

/** Text that closes whatever the widget might have put it into (an attribute, a raw-text element). */
const BREAKOUT_PREFIXES: Array<[string, string]> = [
  ['double-quote', '">'],
  ['single-quote', "'>"],
  ['backtick', '`>'],
  ['textarea', '</textarea>'],
  ['title', '</title>'],
  ['style', '</style>'],
  ['script', '</script>'],
  ['noscript', '</noscript>'],
  ['attr-space', '" autofocus onfocus="§" x="'],
];

/**
 * The three schemes a link must never carry, each in the spellings browsers
 * and URL parsers forgive: case, spaces and tabs or newlines inside (the URL
 * parser strips those), HTML entities (decoded in attributes), percent
 * escapes, leading control characters (stripped before the scheme), full
 * width letters (NFKC folds them) and zero-width characters. Each is tried bare
 * (a linkifier's input) and inside an anchor tag (an HTML renderer's input).
 */
const SCHEMES: Array<[string, string]> = [
  ['javascript', 'javascript:§'],
  ['data', 'data:text/html,<script>§</script>'],
  ['vbscript', 'vbscript:msgbox(§)'],
];
const SPELLINGS: Array<[string, (url: string) => string]> = [
  ['upper', (url) => url.replace(/^[a-z]+/, (scheme) => scheme.toUpperCase())],
  [
    'mixed',
    (url) =>
      url.replace(/^[a-z]+/, (s) => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')),
  ],
  ['space-before', (url) => ` ${url}`],
  ['tab-inside', (url) => url.replace(/^(..)/, '$1\t')],
  ['newline-inside', (url) => url.replace(/^(...)/, '$1\n')],
  ['space-before-colon', (url) => url.replace(':', ' :')],
  ['entity-decimal', (url) => url.replace(/^(.)/, (c) => `&#${c.charCodeAt(0)};`)],
  ['entity-hex', (url) => url.replace(/^(.)/, (c) => `&#x${c.charCodeAt(0).toString(16)};`)],
  ['entity-colon', (url) => url.replace(':', '&colon;')],
  ['entity-tab', (url) => url.replace(/^(..)/, '$1&Tab;')],
  [
    'percent-letters',
    (url) =>
      url.replace(/^[a-z]+/, (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')),
  ],
  ['percent-colon', (url) => url.replace(':', '%3A')],
  ['control-before', (url) => `\u0001${url}`],
  [
    'fullwidth',
    (url) =>
      url.replace(/^[a-z]+:/, (s) =>
        [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
      ),
  ],
  ['zero-width-inside', (url) => url.replace(/^(....)/, '$1\u200b')],
];

/** Parser differentials: markup that is harmless in one parse and runs script after a re-parse (mXSS). */
const MXSS: Array<[string, string]> = [
  ['noscript-title', '<noscript><p title="</noscript><img src=x onerror=§>">'],
  ['style-in-svg', '<svg></p><style><a id="</style><img src=1 onerror=§>">'],
  ['math-mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=§>'],
  ['form-math', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=§>'],
  ['template', '<template><img src=x onerror=§></template>'],
  ['template-select', '<select><template><style><img src=x onerror=§></style></template></select>'],
  ['img-in-attr', '<a title="<img src=x onerror=§>">look</a>'],
  ['img-in-alt', '<img alt="<img src=x onerror=§>" src=y>'],
  ['comment-unclosed', '<!--<img src=x onerror=§>'],
  ['comment-bang', '<!-- --!><img src=x onerror=§>'],
  ['comment-early', '<!--><img src=x onerror=§>-->'],
  ['cdata', '<![CDATA[><img src=x onerror=§>]]>'],
  ['processing', '<?xml version="1.0"?><img src=x onerror=§>'],
  ['xmp', '<xmp></xmp><img src=x onerror=§>'],
  ['listing-entities', '<listing>&lt;img src=x onerror=§&gt;</listing>'],
  ['noembed', '<noembed><img title="</noembed><img src=x onerror=§>"></noembed>'],
  ['iframe-raw', '<iframe><img title="</iframe><img src=x onerror=§>"></iframe>'],
];

/** SVG's own ways to run script: SMIL animations, xlink hrefs, foreignObject. */
const SVG: Array<[string, string]> = [
  ['animate-onbegin', '<svg><animate onbegin="§" attributeName=x dur=1s>'],
  [
    'set-href',
    '<svg><a><set attributeName=href to="javascript:§"/><text y=20>tap</text></a></svg>',
  ],
  ['xlink-href', '<svg><a xlink:href="javascript:§"><text y=20>tap</text></a></svg>'],
  ['use-data', '<svg><use href="data:image/svg+xml,<svg id=x onload=§>#x"/></svg>'],
  ['foreign-object', '<svg><foreignObject><img src=x onerror=§></foreignObject></svg>'],
  ['script-href', '<svg><script href="data:text/javascript,§"/></svg>'],
  ['image-onerror', '<svg><image href=x onerror="§"/></svg>'],
  ['discard', '<svg><discard onbegin="§"/></svg>'],
];

/**
 * Text that reads differently from what it is: right-to-left overrides turn
 * `gnp.exe` around, isolates and marks reorder a link's visible host.
 */
const BIDI: Array<[string, string]> = [
  ['rlo-file', 'invoice_\u202Efdp.exe'],
  ['rlo-link', 'https://bank.example/\u202Emoc.live//:sptth'],
  ['rlo-leading', '\u202Ehttps://evil.example/login'],
  ['lro', 'Pay to \u202DIBAN TR00 0000\u202C now'],
  ['rli-host', 'https://bank.example\u2067.evil.example\u2069/verify'],
  ['fsi', 'support\u2068@evil.example\u2069 wrote'],
  ['rlm-scheme', '\u200Fjavascript:§'],
  ['rle-tag', '\u202B<img src=x onerror=§>\u202C'],
  ['unclosed-rlo', 'Reply \u202Eend the rest of the page backwards'],
  ['rlo-email', 'mailto:\u202Emoc.evil@knab'],
];

/** Look-alikes: Cyrillic and Greek letters in a trusted name, full-width forms, other dots and slashes. */
const HOMOGLYPH: Array<[string, string]> = [
  ['cyrillic-paypal', 'https://раураl.com/login'],
  ['cyrillic-apple', 'https://аррӏе.com'],
  ['greek-google', 'https://gοοgle.com/account'],
  ['mixed-bank', 'https://bаnk.example/verify?next=/transfer'],
  ['fullwidth-url', 'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｌｏｇｉｎ'],
  ['fullwidth-dot', 'https://bank．example.evil.example'],
  ['fraction-slash', 'https://bank.example⁄login.evil.example'],
  ['fullwidth-tag', '＜ｓｃｒｉｐｔ＞§＜／ｓｃｒｉｐｔ＞'],
  ['cyrillic-email', 'mailto:support@раураl.com'],
  ['greek-javascript', 'jаvаscript:§'],
];

/** Invisible characters that split what a filter looks for, or pad what a person sees. */
const ZERO_WIDTH: Array<[string, string]> = [
  ['zwsp-tag', '<scr\u200Bipt>§</scr\u200Bipt>'],
  ['zwj-attr', '<img src=x on\u200Derror=§>'],
  ['zwnj-scheme', 'java\u200Cscript:§'],
  ['bom-scheme', '\uFEFFjavascript:§'],
  ['word-joiner-host', 'https://bank\u2060.example'],
  ['zwsp-only', '\u200B\u200C\u200D\u2060\uFEFF'],
  ['soft-hyphen', 'ja\u00ADvascript:§'],
  ['combining', 'Z̴̡̪͎̓a̵̛̗l̶̠̈́g̷̣͑o̴̹͋ overflow'],
];

/** Placeholders of the widget's own templates and of common template engines: never filled twice. */
const TEMPLATE: Array<[string, string]> = [
  ['catalog-name', '{name} {size} {limit} {count} {reason}'],
  ['mustache', '{{constructor.constructor("§")()}}'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's placeholder is the payload.
  ['template-literal', '${§}'],
  ['printf', '%s%s%n%x%d'],
  ['dollar-replace', "$& $' $` $1"],
];

/** C0 controls, escape sequences and a lone surrogate: the wire refuses them as text. */
const CONTROL: Array<[string, string]> = [
  ['nul', 'before\u0000after'],
  ['escape', '\u001B[31mred\u001B[0m terminal text'],
  ['delete', 'back\u007Fspace'],
  ['lone-surrogate', 'broken \uD800 half'],
  ['bell', 'ding\u0007'],
];

/**
 * The long ones: fields and layouts that trust length, and a linkifier's
 * backtracking. 100 000 characters is far over every limit: where a surface
 * has a limit it must refuse or cut, not hang or overflow.
 */
function longPayloads(): Array<[string, string]> {
  const hundredK = 100_000;
  const tag = '<img src=x onerror=§>';
  return [
    ['100k-letters', 'A'.repeat(hundredK)],
    ['100k-tags', tag.repeat(Math.ceil(hundredK / tag.length)).slice(0, hundredK)],
    ['100k-turkish', 'Şəğİı'.repeat(hundredK / 5)],
    ['100k-spaced', 'word '.repeat(hundredK / 5)],
    ['word-3900', 'x'.repeat(3900)],
    ['url-3900', `https://example.com/${'a'.repeat(3880)}`],
    ['dots-3000', `https://${'a.'.repeat(1500)}example`],
    ['word-200', 'W'.repeat(200)],
  ];
}

function expand(family: AttackFamily, list: Array<[string, string]>): AttackPayload[] {
  return list.map(([name, shape]) => {
    const id = `${family}:${name}`;
    return { id, family, text: shape.replaceAll('§', call(id)) };
  });
}

/**
 * Every hostile text the widget and the console must show as the words it
 * is: over two hundred, by family. The forty in `hostilePayloads()` come first
 * (they set `window.__pwned`, which the trap watches as well).
 */
export function attackCorpus(): AttackPayload[] {
  const legacy = hostilePayloads().map(
    (text, index): AttackPayload => ({ id: `legacy:${index}`, family: 'legacy', text }),
  );
  const breakouts = BREAKOUT_PREFIXES.map(([name, prefix]): [string, string] => [
    name,
    prefix.includes('§') ? prefix : `${prefix}<img src=x onerror=§>`,
  ]);
  const schemes: Array<[string, string]> = [];
  for (const [scheme, url] of SCHEMES) {
    schemes.push([`${scheme}-plain`, url]);
    for (const [spelling, spell] of SPELLINGS) {
      const spelled = spell(url);
      schemes.push([`${scheme}-${spelling}`, spelled]);
      schemes.push([
        `${scheme}-${spelling}-anchor`,
        `<a href="${spelled}">Open your statement</a>`,
      ]);
    }
  }
  const all = [
    ...legacy,
    ...expand('html', HTML_VECTORS),
    ...expand('breakout', breakouts),
    ...expand('scheme', schemes),
    ...expand('mxss', MXSS),
    ...expand('svg', SVG),
    ...expand('bidi', BIDI),
    ...expand('homoglyph', HOMOGLYPH),
    ...expand('zeroWidth', ZERO_WIDTH),
    ...expand('template', TEMPLATE),
    ...expand('control', CONTROL),
    ...expand('long', longPayloads()),
  ];
  // Two spellings can meet (a mixed-case `data` is `dAtA` either way): each text once.
  const seen = new Set<string>();
  return all.filter((payload) => !seen.has(payload.text) && !!seen.add(payload.text));
}
