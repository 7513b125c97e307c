import type { RegionId } from '@/data/directory';
import type { RegionNames } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { Picker } from './Picker';

interface Props {
  region: RegionId;
  /** Every region, named in the page's language (its pack's list). */
  names: RegionNames;
  onChange: (region: RegionId) => void;
}

/** "Help for: United Kingdom", changeable. */
export function RegionPicker({ region, names, onChange }: Props) {
  const tr = useTranslator();
  const options = names.map(([id, name]) => ({ value: id, label: name }));
  return <Picker id="region" label={tr.t('region.label')} value={region} options={options} onChange={onChange} />;
}
