import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { api } from '../../state/session.ts';
import { formatDuration, formatShare } from '../../text/formatDuration.ts';
import { formatDateTime } from '../../text/formatTime.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { DeflectionsSection } from './DeflectionsSection.tsx';
import { Figure, spread } from './Figure.tsx';
import { RatingsList } from './RatingsList.tsx';

const PERIODS = [
  { days: 1, label: 'Last 24 hours' },
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
];

/** Support figures over a period: tickets, chats, self-help, and the latest ratings. */
export function MetricsScreen(): JSX.Element {
  const days = useSignal(30);
  const client = api.value;
  const since = () => new Date(Date.now() - days.value * 86_400_000).toISOString();
  const loaded = useLoad(async () => {
    if (!client) throw new Error('signed out');
    const from = since();
    const [metrics, ratings] = await Promise.all([client.metrics(from), client.ratings(from)]);
    return { metrics, ratings };
  }, String(days.value));
  const data = loaded.data?.metrics ?? null;
  const ratings = loaded.data?.ratings ?? null;
  return (
    <div class="screen">
      <div class="screen-head">
        <ScreenHeading>Metrics</ScreenHeading>
        <div class="period">
          <label for="metrics-period">Period</label>
          <select
            id="metrics-period"
            value={String(days.value)}
            onChange={(event) => {
              days.value = Number(event.currentTarget.value);
            }}
          >
            {PERIODS.map((period) => (
              <option key={period.days} value={String(period.days)}>
                {period.label}
              </option>
            ))}
          </select>
          <button type="button" class="btn btn-secondary" onClick={() => void loaded.reload()}>
            Refresh
          </button>
        </div>
      </div>
      {loaded.problem ? (
        <p class="error" role="alert">
          {loaded.problem}
        </p>
      ) : null}
      {data === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          <p class="muted">Since {data.since ? formatDateTime(data.since) : 'the start'}.</p>
          <section class="section" aria-labelledby="tickets-heading">
            <h2 id="tickets-heading">Tickets</h2>
            <dl class="figures">
              <Figure label="Tickets" value={String(data.tickets)} detail="created in the period" />
              <Figure
                label="First response time"
                value={formatDuration(data.firstResponseSec.avg)}
                detail={spread(data.firstResponseSec)}
              />
              <Figure
                label="Resolution time"
                value={formatDuration(data.resolutionSec.avg)}
                detail={spread(data.resolutionSec)}
              />
              <Figure
                label="First-contact resolution"
                value={formatShare(data.firstContactResolution)}
                detail="of solved tickets, solved with one agent reply"
              />
              <Figure
                label="Rating average"
                value={data.ratingAverage === null ? '—' : `${data.ratingAverage.toFixed(2)} / 5`}
                detail={`${data.ratingCount} rating${data.ratingCount === 1 ? '' : 's'}, tickets and chats`}
              />
            </dl>
          </section>
          {data.chats ? (
            <section class="section" aria-labelledby="chats-heading">
              <h2 id="chats-heading">Chats</h2>
              <dl class="figures">
                <Figure
                  label="Chats started"
                  value={String(data.chats.started)}
                  detail={`${data.chats.answered} answered, ${data.chats.becameTickets} became tickets`}
                />
                <Figure
                  label="Chat first response"
                  value={formatDuration(data.chats.firstResponseSec.avg)}
                  detail={spread(data.chats.firstResponseSec)}
                />
                <Figure
                  label="Chat length"
                  value={formatDuration(data.chats.resolutionSec.avg)}
                  detail={spread(data.chats.resolutionSec)}
                />
                <Figure
                  label="Chats solved in the chat"
                  value={formatShare(data.chats.firstContactResolution)}
                  detail="answered chats that ended without a ticket"
                />
              </dl>
            </section>
          ) : null}
          {data.deflections ? (
            <DeflectionsSection deflections={data.deflections} />
          ) : (
            <p class="muted">This server does not report deflections.</p>
          )}
          {ratings ? <RatingsList ratings={ratings} /> : null}
        </>
      )}
    </div>
  );
}
