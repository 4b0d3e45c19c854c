import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { backendConformance } from '../../src/conformance/backendConformance.ts';

backendConformance('memoryBackend', () => {
  const backend = memoryBackend();
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
    capabilities: { tickets: false, resume: false, queuePosition: false },
  });
  return { backend, agent: backend.agent };
});
