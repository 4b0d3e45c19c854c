/**
 * The pages the compression bench photographs: real HTML rendered by Chromium
 * (no network; the "photos" are painted by a script in the page).
 */

const WORDS =
  'payment declined card verification code transfer account balance deposit withdrawal bonus wager limit session expired login two factor authentication identity document upload pending review support ticket reference number response time priority network timeout retry'.split(
    ' ',
  );

/** Deterministic filler text, so every run renders the same pixels. */
function words(count: number, seed: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length] ?? 'word');
  }
  return out.join(' ');
}

const text = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;font:15px/1.5 Georgia,serif;color:#1d1d1f;background:#fbfaf7}
header{padding:14px 32px;background:#fff;border-bottom:1px solid #ddd;font:600 18px sans-serif}
main{columns:3;column-gap:40px;padding:24px 32px}
h2{font:700 20px sans-serif;margin:0 0 8px}p{margin:0 0 12px;text-align:justify}
code{font:13px monospace;background:#eee;padding:1px 3px}
</style></head><body><header>Help centre · Payments · Why was my card declined?</header><main>
${Array.from({ length: 40 }, (_, i) => `<h2>${i + 1}. ${words(4, i + 7)}</h2><p>${words(90, i + 100)} <code>PMT-${100 + i}</code> ${words(40, i + 300)}</p>`).join('')}
</main></body></html>`;

const table = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;font:13px/1.3 -apple-system,Segoe UI,sans-serif;color:#222;background:#fff}
h1{font:600 20px sans-serif;margin:16px 24px}
table{border-collapse:collapse;margin:0 24px;width:calc(100% - 48px)}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;white-space:nowrap}
th{background:#f6f8fa}tr:nth-child(even) td{background:#fafbfc}
td.num{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#c62828}.ok{color:#2e7d32}
</style></head><body><h1>Transactions — last 30 days</h1><table><tr>${['Date', 'Reference', 'Type', 'Method', 'Amount', 'Fee', 'Balance', 'Status', 'Note'].map((h) => `<th>${h}</th>`).join('')}</tr>
${Array.from({ length: 60 }, (_, i) => {
  const amount = ((i * 7919) % 100000) / 100;
  const status =
    i % 7 === 3
      ? '<span class="bad">Declined (PMT-105)</span>'
      : '<span class="ok">Completed</span>';
  return `<tr><td>2026-05-${String((i % 28) + 1).padStart(2, '0')} 1${i % 10}:${String((i * 13) % 60).padStart(2, '0')}</td><td>TX-${(918273 + i * 37).toString(36).toUpperCase()}</td><td>${i % 3 ? 'Deposit' : 'Withdrawal'}</td><td>${i % 2 ? 'Visa •••• 4242' : 'IBAN TR•• 0006'}</td><td class="num">${amount.toFixed(2)} ₺</td><td class="num">${(amount * 0.015).toFixed(2)}</td><td class="num">${(12000 + i * 311.5).toFixed(2)}</td><td>${status}</td><td>${words(5, i)}</td></tr>`;
}).join('')}</table></body></html>`;

const photos = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;background:#f2f2f2;font:14px sans-serif;color:#333}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;padding:16px}
figure{margin:0;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 3px #0002}
canvas{display:block;width:100%;aspect-ratio:4/3}figcaption{padding:6px 10px}
</style></head><body><div class="grid">
${Array.from({ length: 12 }, (_, i) => `<figure><canvas data-seed="${i + 1}" width="640" height="480"></canvas><figcaption>Room ${i + 1} · ${words(3, i)}</figcaption></figure>`).join('')}
</div><script>
// Photo-like pictures: a sky gradient over ground and shapes, with natural
// texture (fractal value noise: detail at every scale, as in real photos),
// slight blur (lens) and faint sensor noise.
for (const canvas of document.querySelectorAll('canvas')) {
  let seed = Number(canvas.dataset.seed) * 9973;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const g = canvas.getContext('2d');
  const sky = g.createLinearGradient(0, 0, 0, 300);
  sky.addColorStop(0, 'hsl(' + (190 + rand() * 40) + ',60%,' + (55 + rand() * 20) + '%)');
  sky.addColorStop(1, 'hsl(' + (20 + rand() * 40) + ',70%,80%)');
  g.fillStyle = sky; g.fillRect(0, 0, 640, 480);
  g.fillStyle = 'hsl(' + (80 + rand() * 60) + ',35%,35%)'; g.fillRect(0, 260 + rand() * 60, 640, 480);
  for (let k = 0; k < 30; k++) {
    g.globalAlpha = 0.3 + rand() * 0.6;
    g.fillStyle = 'hsl(' + rand() * 360 + ',' + (30 + rand() * 50) + '%,' + (20 + rand() * 60) + '%)';
    g.beginPath(); g.ellipse(rand() * 640, 200 + rand() * 280, 20 + rand() * 140, 10 + rand() * 90, rand() * 3, 0, 7); g.fill();
  }
  g.globalAlpha = 1;
  const lattice = (size) => { const v = new Float32Array((size + 1) * (size + 1)); for (let i = 0; i < v.length; i++) v[i] = rand() - 0.5; return v; };
  const octaves = [8, 16, 32, 64, 128].map((cells) => ({ cells, v: lattice(cells) }));
  const image = g.getImageData(0, 0, 640, 480);
  for (let y = 0; y < 480; y++) {
    for (let x = 0; x < 640; x++) {
      let n = 0;
      let amp = 40;
      for (const { cells, v } of octaves) {
        const fx = (x / 640) * cells, fy = (y / 480) * cells;
        const ix = Math.floor(fx), iy = Math.floor(fy), tx = fx - ix, ty = fy - iy;
        const row = cells + 1;
        const a = v[iy * row + ix], b = v[iy * row + ix + 1], c = v[(iy + 1) * row + ix], d = v[(iy + 1) * row + ix + 1];
        n += amp * ((a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty);
        amp *= 0.6;
      }
      const p = (y * 640 + x) * 4;
      const grain = (rand() - 0.5) * 6;
      image.data[p] += n + grain; image.data[p + 1] += n * 0.9 + grain; image.data[p + 2] += n * 0.8 + grain;
    }
  }
  g.putImageData(image, 0, 0);
  g.filter = 'blur(0.6px)'; g.drawImage(canvas, 0, 0); g.filter = 'none';
}
document.body.dataset.ready = '1';
</script></body></html>`;

const dark = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;background:#0f1115;color:#d7dae0;font:14px/1.4 system-ui,sans-serif}
nav{position:fixed;left:0;top:0;bottom:0;width:220px;background:#161a21;padding:16px;box-sizing:border-box}
nav a{display:block;color:#9aa4b2;padding:8px 10px;border-radius:6px;text-decoration:none}nav a.on{background:#232a35;color:#fff}
main{margin-left:220px;padding:20px;display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.card{background:#171b22;border:1px solid #262c36;border-radius:10px;padding:14px}
.card h3{margin:0 0 6px;font-size:13px;color:#8b95a5;font-weight:500}.big{font-size:28px;color:#fff}
.wide{grid-column:span 3}.row{display:flex;justify-content:space-between;border-bottom:1px solid #222833;padding:6px 0}
.up{color:#3fb950}.down{color:#f85149}
</style></head><body><nav>${['Overview', 'Payments', 'Bonuses', 'Verification', 'Support', 'Settings'].map((n, i) => `<a class="${i === 1 ? 'on' : ''}">${n}</a>`).join('')}</nav><main>
${['Deposits', 'Withdrawals', 'Open tickets'].map((h, i) => `<div class="card"><h3>${h}</h3><div class="big">${(48213 + i * 9127).toLocaleString('en')}</div><span class="${i === 1 ? 'down' : 'up'}">${i === 1 ? '▼ 3.1%' : '▲ 8.4%'}</span></div>`).join('')}
<div class="card wide"><h3>Volume, last 90 days</h3><svg viewBox="0 0 900 200" width="100%" height="220">${Array.from({ length: 90 }, (_, i) => `<rect x="${i * 10}" y="${200 - (60 + ((i * 37) % 120))}" width="7" height="${60 + ((i * 37) % 120)}" fill="${i % 9 === 4 ? '#f85149' : '#388bfd'}" rx="2"/>`).join('')}</svg></div>
<div class="card wide">${Array.from({ length: 16 }, (_, i) => `<div class="row"><span>TX-${(771 + i * 53).toString(36).toUpperCase()} · ${words(6, i + 40)}</span><span class="${i % 5 ? 'up' : 'down'}">${i % 5 ? 'Completed' : 'Failed · PMT-105'}</span></div>`).join('')}</div>
</main></body></html>`;

/** Name → page HTML. */
export const BENCH_PAGES: Record<string, string> = { text, table, photos, dark };
