// "Esteem or efficacy?": statements sorted as esteem or efficacy questions. The shared sorter does
// the work; the statements arrive as props (EsteemOrEfficacyIsland.astro).
import { esteemOrEfficacy } from './store';
import { Sorter, type SorterProps } from '../sorter/Sorter';

export default function EsteemOrEfficacy(props: SorterProps) {
  return <Sorter {...props} id="esteem-or-efficacy" store={esteemOrEfficacy} />;
}
