// One labelled checkbox row.
export interface ToggleProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Toggle(props: ToggleProps) {
  return (
    <label class="row">
      <input type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>
        {props.label}
        {props.hint ? <small class="hint">{props.hint}</small> : null}
      </span>
    </label>
  );
}
