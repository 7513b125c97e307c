import { REGION_IDS, type RegionId } from '@/lib/region';
import { useTranslator } from '@/locales/context';

interface Props {
  region: RegionId;
  onChange: (region: RegionId) => void;
}

function isRegion(value: string): value is RegionId {
  return (REGION_IDS as readonly string[]).includes(value);
}

/** "Help for: United Kingdom", changeable; the choice lives only in this page. */
export function RegionPicker({ region, onChange }: Props) {
  const tr = useTranslator();
  return (
    <div class="picker region-picker">
      <label for="region">{tr.t('region.label')}</label>
      {/* autocomplete off: the browsers' session stores keep no choice to reopen a closed tab with. */}
      <select
        id="region"
        autocomplete="off"
        value={region}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isRegion(value)) onChange(value);
        }}
      >
        {REGION_IDS.map((id) => (
          <option key={id} value={id}>
            {tr.t(`region.${id}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
