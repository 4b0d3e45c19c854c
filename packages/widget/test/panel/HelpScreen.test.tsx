// @vitest-environment happy-dom
import { BackendError, memoryBackend } from '@destek/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLES } from './helpArticles.ts';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

const titles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('button')
    .map((b) => b.querySelector('strong')?.textContent);

const search = (text: string) =>
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });

describe('Help', () => {
  it('lists the most asked articles of the current language before anything is typed', async () => {
    await renderPanel({
      start: { name: 'help' },
      locale: 'tr',
      backend: memoryBackend({ faq: ARTICLES }),
    });
    expect(await screen.findByRole('heading', { name: 'En çok sorulanlar' })).toBeTruthy();
    expect(titles()).toEqual(['Yatırdığım para hesabıma geçmedi', 'Şifremi unuttum']);
  });

  it('finds "şifre" from "sifremi" typed without Turkish letters, and announces the count', async () => {
    const { announcer } = await renderPanel({
      start: { name: 'help' },
      locale: 'tr',
      backend: memoryBackend({ faq: ARTICLES }),
    });
    await screen.findByText('En çok sorulanlar');
    search('SIFREMI unuttum');
    expect(await screen.findByRole('heading', { name: '1 makale bulundu' })).toBeTruthy();
    expect(titles()).toEqual(['Şifremi unuttum']);
    await waitFor(() => expect(announcer.status.value).toBe('1 makale bulundu'));
  });

  it('finds "kart" in "kartımdan" among the faq option’s articles when the backend has none', async () => {
    await renderPanel({
      start: { name: 'help' },
      locale: 'tr',
      backend: memoryBackend({ capabilities: { faq: false } }),
      core: { faq: ARTICLES },
    });
    search('kartımdan para yatırdım');
    await screen.findByRole('heading', { name: '1 makale bulundu' });
    expect(titles()).toEqual(['Yatırdığım para hesabıma geçmedi']);
  });

  it('keeps the device’s matches when the backend does not answer', async () => {
    const backend = memoryBackend({ faq: [] });
    backend.faults.failNext(5, {
      error: () => new BackendError('offline', 'no network'),
      methods: ['searchFaq'],
    });
    await renderPanel({ start: { name: 'help' }, backend, core: { faq: ARTICLES } });
    expect(await screen.findByText('Most asked')).toBeTruthy();
    search('passwords');
    await screen.findByRole('heading', { name: '1 article found' });
    expect(titles()).toEqual(['I forgot my password']);
  });

  it('says so and offers a retry when no article could be loaded', async () => {
    const backend = memoryBackend({ faq: ARTICLES });
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'no network'),
      methods: ['searchFaq'],
    });
    await renderPanel({ start: { name: 'help' }, backend });
    expect(await screen.findByText(/The help articles could not be loaded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Most asked')).toBeTruthy();
  });

  it('turns an unanswered search into the report’s summary', async () => {
    const { client, router } = await renderPanel({
      start: { name: 'help' },
      backend: memoryBackend({ faq: ARTICLES }),
    });
    await screen.findByText('Most asked');
    search('Bonus wagering shows 0');
    await screen.findByText(/No article matches your words/);
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
    expect(client.report.draft.value.summary).toBe('Bonus wagering shows 0');
  });

  it('shows the same search again when the user comes back from an article', async () => {
    const { router } = await renderPanel({
      start: { name: 'help' },
      backend: memoryBackend({ faq: ARTICLES }),
    });
    await screen.findByText('Most asked');
    search('password');
    fireEvent.click(await screen.findByRole('button', { name: /I forgot my password/ }));
    expect(router.route.value.name).toBe('article');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((await screen.findByRole<HTMLInputElement>('searchbox')).value).toBe('password');
  });
});

describe('an article', () => {
  const open = async (options: Parameters<typeof renderPanel>[0] = {}) => {
    const backend = options.backend ?? memoryBackend({ faq: ARTICLES });
    const rendered = await renderPanel({ backend, ...options, start: { name: 'help' } });
    fireEvent.click(await screen.findByRole('button', { name: /I forgot my password/ }));
    await screen.findByRole('heading', { name: 'I forgot my password' });
    return { ...rendered, backend };
  };

  it('shows its steps as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="document.title=1">Open the link we e-mail you.';
    const faq = ARTICLES.map((a) =>
      a.id === 'forgot-password' ? { ...a, steps: [...a.steps, hostile] } : a,
    );
    const { container } = await open({ backend: memoryBackend({ faq }) });
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toContain(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('counts a deflection on Yes, thanks, and goes back to the start', async () => {
    const { backend, router } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Thanks! We are glad it is solved.')).toBeTruthy();
    await waitFor(() => expect([...backend.world.faqFeedback.values()]).toEqual([true]));
    const done = screen.getByRole('button', { name: 'Back to start' });
    expect(document.activeElement).toBe(done);
    fireEvent.click(done);
    expect(router.route.value).toEqual({ name: 'home' });
  });

  it('records No and starts a report carrying the article, keeping what the user wrote', async () => {
    const { backend, client, router } = await open();
    client.report.update({ summary: 'Cannot sign in since yesterday' });
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    await waitFor(() => expect([...backend.world.faqFeedback.values()]).toEqual([false]));
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
    const draft = client.report.draft.value;
    expect(draft.summary).toBe('Cannot sign in since yesterday');
    expect(draft.category).toBe('login');
    expect(draft.stepsTried).toEqual(['Followed the help article “I forgot my password”']);
  });

  it('does not replace a category the user chose, nor add the article twice', async () => {
    const { client, router } = await open();
    client.report.update({ category: 'account' });
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    router.back();
    fireEvent.click(await screen.findByRole('button', { name: 'No' }));
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    expect(client.report.draft.value.category).toBe('account');
    expect(client.report.draft.value.stepsTried).toHaveLength(1);
  });

  it('offers the chat only where the backend has live chat', async () => {
    const { router } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chat with us' }));
    expect(router.route.value).toEqual({ name: 'chat' });
    cleanup();
    await open({ backend: memoryBackend({ faq: ARTICLES, capabilities: { liveChat: false } }) });
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('button', { name: 'Report a problem' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chat with us' })).toBeNull();
  });

  it('sends no answer for an article the backend does not know (the faq option’s)', async () => {
    const backend = memoryBackend({ faq: [] });
    await renderPanel({ start: { name: 'help' }, backend, core: { faq: ARTICLES } });
    fireEvent.click(await screen.findByRole('button', { name: /I forgot my password/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await screen.findByText('Thanks! We are glad it is solved.');
    expect(backend.world.faqFeedback.size).toBe(0);
  });
});

describe('Home', () => {
  it('offers help and the quick checks', async () => {
    const { router } = await renderPanel({ backend: memoryBackend({ faq: ARTICLES }) });
    fireEvent.click(screen.getByRole('button', { name: /Find an answer/ }));
    expect(router.route.value).toEqual({ name: 'help' });
    router.reset();
    fireEvent.click(await screen.findByRole('button', { name: /Check my connection/ }));
    expect(router.route.value).toEqual({ name: 'checks' });
  });

  it('leaves help out when there are no articles anywhere', async () => {
    await renderPanel({ backend: memoryBackend({ capabilities: { faq: false } }) });
    expect(screen.getByRole('button', { name: /Check my connection/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Find an answer/ })).toBeNull();
  });
});
