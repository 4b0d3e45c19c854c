import { lazyScreen } from './lazyScreen.tsx';

// Each screen past Home and the report's first step is its own chunk: the
// panel's first frame parses only what it shows. Chat and Help add theirs here.

export const SentScreen = lazyScreen(
  async () => (await import('./report/SentScreen.tsx')).SentScreen,
);
export const RequestsScreen = lazyScreen(
  async () => (await import('./requests/RequestsScreen.tsx')).RequestsScreen,
);
export const TicketScreen = lazyScreen(
  async () => (await import('./requests/TicketScreen.tsx')).TicketScreen,
);
export const EntryEditor = lazyScreen(
  async () => (await import('./requests/EntryEditor.tsx')).EntryEditor,
);
