import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { backendConformance } from '../../src/conformance/backendConformance.ts';

const ARTICLE = {
  id: 'odeme-gorunmuyor',
  locale: 'tr',
  category: 'payment',
  title: 'Ödemem görünmüyor',
  summary: 'Bankanız onayladıysa 15 dakika içinde görünür.',
  steps: ['Sayfayı yenileyin.'],
  keywords: ['ödeme'],
  popularity: 3,
};

backendConformance('memoryBackend', () => {
  const backend = memoryBackend({ faq: [ARTICLE] });
  return { backend, agent: backend.agent };
});

backendConformance('memoryBackend with tickets only', () => {
  const backend = memoryBackend({
    capabilities: {
      liveChat: false,
      attachments: false,
      uploadProgress: false,
      typing: false,
      rating: false,
      faq: false,
    },
  });
  return { backend, agent: backend.agent };
});

backendConformance('memoryBackend with chat only', () => {
  const backend = memoryBackend({
    capabilities: { tickets: false, resume: false, queuePosition: false, email: false },
  });
  return { backend, agent: backend.agent };
});
