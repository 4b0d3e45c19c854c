import type { JSX } from 'preact';
import type { RatingItem } from '../../api/types.ts';
import { formatDateTime } from '../../text/formatTime.ts';
import { MessageText } from '../MessageText.tsx';

/** The latest ratings and what visitors wrote with them (their words, as text). */
export function RatingsList(props: { ratings: readonly RatingItem[] }): JSX.Element {
  return (
    <section class="section" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">Latest ratings</h2>
      {props.ratings.length === 0 ? (
        <p class="muted">No ratings in this period.</p>
      ) : (
        <ul class="rows">
          {props.ratings.map((rating) => (
            <li key={`${rating.source}-${rating.id}`} class="row rating-row">
              <span class="score">{rating.score} / 5</span>
              <span class="muted">
                {rating.source === 'chat' ? 'Chat' : 'Ticket'}
                {rating.reference ? ` ${rating.reference}` : ''}
                {rating.agentName ? `, ${rating.agentName}` : ''}, {formatDateTime(rating.at)}
              </span>
              {rating.comment ? <MessageText class="rating-comment" text={rating.comment} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
