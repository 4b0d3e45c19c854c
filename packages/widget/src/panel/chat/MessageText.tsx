import type { JSX } from 'preact';
import { linkParts } from './linkParts.ts';

/**
 * A message's words as text nodes, with its safe links as anchors that open
 * in a new tab without a way back to this page. The title shows the real
 * address, so a look-alike host shows its punycode form.
 */
export function MessageText(props: { text: string }): JSX.Element {
  return (
    <>
      {linkParts(props.text).map((part, index) =>
        part.href === undefined ? (
          part.text
        ) : (
          <a
            key={index}
            href={part.href}
            title={part.href}
            target="_blank"
            rel="noopener noreferrer"
          >
            {part.text}
          </a>
        ),
      )}
    </>
  );
}
