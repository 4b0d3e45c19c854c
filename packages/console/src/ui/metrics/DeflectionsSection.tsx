import type { JSX } from 'preact';
import type { Metrics } from '../../api/types.ts';
import { formatShare } from '../../text/formatDuration.ts';
import { Figure } from './Figure.tsx';

/** "Did this solve it?" answers: how often self-help solved the problem, and by which article. */
export function DeflectionsSection(props: {
  deflections: NonNullable<Metrics['deflections']>;
}): JSX.Element {
  const { helped, notHelped, rate, articles } = props.deflections;
  return (
    <section class="section" aria-labelledby="deflections-heading">
      <h2 id="deflections-heading">Self-help (deflections)</h2>
      <dl class="figures">
        <Figure
          label="Solved by an article"
          value={String(helped)}
          detail="no ticket or chat needed"
        />
        <Figure label="Not solved" value={String(notHelped)} detail="went on to ask us" />
        <Figure label="Deflection rate" value={formatShare(rate)} detail="solved / all answers" />
      </dl>
      {articles.length > 0 ? (
        <table class="table">
          <caption class="visually-hidden">Answers per article</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Solved</th>
              <th scope="col">Not solved</th>
            </tr>
          </thead>
          <tbody>
            {articles.slice(0, 10).map((article) => (
              <tr key={article.id}>
                <th scope="row">{article.title ?? `${article.id} (removed)`}</th>
                <td>{article.helped}</td>
                <td>{article.notHelped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
