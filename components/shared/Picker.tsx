interface Option<T extends string> {
  value: T;
  label: string;
  /** The option's own language, where it is named in it (a language's own name). */
  lang?: string;
}

interface Props<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}

/**
 * A labelled select whose choice lives only in this page. autocomplete off: the browsers'
 * session stores keep no choice to reopen a closed tab with.
 */
export function Picker<T extends string>({ id, label, value, options, onChange }: Props<T>) {
  return (
    <div class={`picker ${id}-picker`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        autocomplete="off"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.currentTarget.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
