// How a saved sorting round reads in the list: each item with the person's choice and, where it
// differed, the lesson's reading; the order; the reflection. A list, never a score. Loaded with the
// saved list, once there is a round (a `.lazy.tsx` file stays out of the exercise's chunk).
import { answerLine, formatOrder, labeller, type SortCategory, type SorterEntry, type SorterText, type SortOrder } from './rules';

interface Props {
  entry: SorterEntry;
  categories: SortCategory[];
  order: SortOrder | undefined;
  text: SorterText;
}

export function SavedRound({ entry, categories, order, text: t }: Props) {
  const label = labeller(categories);
  return (
    <dl class="entry__fields">
      <dt>{t.choices}</dt>
      <dd>
        <ul>
          {entry.answers.map((a) => (
            <li key={a.item}>{answerLine(a, label)}</li>
          ))}
        </ul>
      </dd>
      {order && entry.order.length > 0 && (
        <>
          <dt>{t.order}</dt>
          <dd>{formatOrder(categories, order.expected, order.ties)(entry.order)}</dd>
        </>
      )}
      <dt>{t.reflection}</dt>
      <dd>{entry.reflection || t.none}</dd>
    </dl>
  );
}
