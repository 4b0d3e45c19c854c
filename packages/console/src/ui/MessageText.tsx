import type { JSX } from 'preact';
import { linkify } from '../text/linkify.ts';

/**
 * Text someone typed, as text: each part is a Preact text node, and only
 * http, https and mailto links become anchors (opening in a new tab without
 * giving it a handle on this one). Line breaks show through CSS
 * (`white-space: pre-wrap`), never through markup.
 */
export function MessageText(props: { text: string; class?: string }): JSX.Element {
  return (
    <div class={props.class ? `message-text ${props.class}` : 'message-text'} dir="auto">
      {linkify(props.text).map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ),
      )}
    </div>
  );
}
