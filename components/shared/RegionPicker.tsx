import { REGION_IDS, type RegionId } from '@/lib/region';
import { useTranslator } from '@/locales/context';
import { Picker } from './Picker';

interface Props {
  region: RegionId;
  onChange: (region: RegionId) => void;
}

/** "Help for: United Kingdom", changeable. */
export function RegionPicker({ region, onChange }: Props) {
  const tr = useTranslator();
  const options = REGION_IDS.map((id) => ({ value: id, label: tr.t(`region.${id}`) }));
  return <Picker id="region" label={tr.t('region.label')} value={region} options={options} onChange={onChange} />;
}
