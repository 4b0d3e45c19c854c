import type { JSX } from 'preact';
import { token } from '../state/session.ts';
import { LoginScreen } from './LoginScreen.tsx';
import { Shell } from './Shell.tsx';

/** The console: the sign-in until a token is kept, then the console itself. */
export function App(): JSX.Element {
  return token.value === null ? <LoginScreen /> : <Shell />;
}
