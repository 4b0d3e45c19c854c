// The chat's one lazily loaded entry: the screen, and the background resume of
// a chat an earlier page left open. One entry (not two) keeps the bundler from
// splitting the panel's shared modules out of its first chunk.
export { ChatScreen } from './ChatScreen.tsx';
export { resumeChat } from './chatFor.ts';
