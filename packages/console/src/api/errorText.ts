import { isConsoleError } from './ConsoleError.ts';

/** An error as an agent should read it: what happened and, where it helps, what to do. */
export function errorText(error: unknown): string {
  if (!isConsoleError(error)) return 'Something went wrong in the console. Reload the page.';
  switch (error.code) {
    case 'network':
      return 'The server cannot be reached. Check the connection and try again.';
    case 'unauthorized':
      return 'The agent token was not accepted.';
    case 'not_found':
      return 'It no longer exists, or the address is wrong.';
    case 'conflict':
      return `Not possible now: ${error.message}.`;
    case 'rate_limited':
      return 'Too many requests. Wait a moment and try again.';
    case 'invalid_body':
    case 'invalid_parameter':
    case 'too_large':
      return error.field
        ? `The server refused the ${error.field}: ${error.message}.`
        : `The server refused it: ${error.message}.`;
    case 'bad_answer':
      return 'The server answered something this console does not understand. Is it the same version?';
    case 'unavailable':
      return 'The server is unavailable right now (storage). Try again later.';
    default:
      return `The server answered ${error.status} (${error.code}).`;
  }
}
