import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';
import { errorText } from '../words/reasonText.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

/** A 1–5 rating as a radio group (arrow keys move, each star labelled); sends on choice. */
export function RatingInput(props: {
  rating: number | null;
  rate: (score: number) => Promise<void>;
}): JSX.Element {
  const t = useT();
  const { announcer } = usePanel();
  const choose = async (score: number) => {
    try {
      await props.rate(score);
      announcer.say(t.t('detail.rated'));
    } catch (error) {
      announcer.alarm(errorText(t, error));
    }
  };
  return (
    <fieldset>
      <legend>{t.t('detail.rate')}</legend>
      <div class="stars">
        {SCORES.map((score) => (
          <label key={score} class="star-label">
            <input
              type="radio"
              name="destek-rating"
              value={score}
              checked={props.rating === score}
              aria-label={t.t('rating.value', { count: score })}
              onChange={() => void choose(score)}
            />
            <span aria-hidden="true">{score}★</span>
          </label>
        ))}
      </div>
      {props.rating !== null ? <p class="muted">{t.t('detail.rated')}</p> : null}
    </fieldset>
  );
}
