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
export const ChatScreen = lazyScreen(async () => (await import('./chat/chatModule.ts')).ChatScreen);
// Help and its articles are one chunk; the quick checks another.
const helpScreens = () => import('./help/helpScreens.ts');
export const HelpScreen = lazyScreen(async () => (await helpScreens()).HelpScreen);
export const ArticleScreen = lazyScreen(async () => (await helpScreens()).ArticleScreen);
export const ChecksScreen = lazyScreen(
  async () => (await import('./checks/ChecksScreen.tsx')).ChecksScreen,
);
export const EntryEditor = lazyScreen(
  async () => (await import('./requests/EntryEditor.tsx')).EntryEditor,
);
