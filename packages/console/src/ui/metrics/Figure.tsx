import type { JSX } from 'preact';
import type { DurationFigures } from '../../api/types.ts';
import { formatDuration } from '../../text/formatDuration.ts';

/** One number with its label and a line saying what it counts; lives in a `<dl class="figures">`. */
export function Figure(props: { label: string; value: string; detail?: string }): JSX.Element {
  return (
    <div class="figure">
      <dt class="figure-label">{props.label}</dt>
      <dd class="figure-data">
        <span class="figure-value">{props.value}</span>
        {props.detail ? <span class="figure-detail">{props.detail}</span> : null}
      </dd>
    </div>
  );
}

/** A duration figure's detail line: the median and the 90th percentile, or why there is none. */
export function spread(figures: DurationFigures): string {
  return figures.avg === null
    ? 'nothing measured yet'
    : `average; median ${formatDuration(figures.p50)}, 90% within ${formatDuration(figures.p90)}`;
}
