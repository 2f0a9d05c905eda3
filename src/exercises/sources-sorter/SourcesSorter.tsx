// The sources sorter: scenarios sorted into Bandura's four sources, then the sources ordered by
// strength. The shared sorter does the work; the scenarios arrive as props (SourcesSorterIsland.astro).
import { sourcesSorter } from './store';
import { Sorter, type SorterProps } from '../sorter/Sorter';

export default function SourcesSorter(props: SorterProps) {
  return <Sorter {...props} id="sources-sorter" store={sourcesSorter} />;
}
