import { createWidget } from '@destek/widget';

// The reference server from `pnpm demo`; the site key is in its demo config.
const widget = createWidget({
  server: 'http://127.0.0.1:8787',
  siteKey: 'pk_demo_destek_local',
  locale: 'tr',
  theme: { accent: '#1f3a5f' },
  app: {
    name: 'Kasa',
    version: '4.12.0',
    build: '812',
    environment: 'demo',
    latestVersion: '4.13.0',
  },
});

widget.on('report:sent', ({ reference }) => console.info(`Destek: report ${reference} sent`));

document.getElementById('report')?.addEventListener('click', () => {
  widget.open({ screen: 'report', category: 'payment' });
});
document.getElementById('login')?.addEventListener('click', () => {
  // A real app gets the signature from its backend: HMAC-SHA256 of the id with the site secret.
  widget.identify({ id: 'demo-user-42', name: 'Ayşe Demir', email: 'ayse@example.com' });
});
