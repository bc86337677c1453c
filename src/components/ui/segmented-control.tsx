import { useId, type ReactNode } from 'react'

interface SegmentedControlProps<T extends string> {
  /** What is chosen, for screen readers (the options say it to the eye). */
  legend: string
  options: readonly (readonly [T, ReactNode])[]
  value: T
  onChange: (value: T) => void
  className?: string
}

/** One choice out of a few, as a row of joined buttons: radio inputs, so arrow keys move between them. */
export function SegmentedControl<T extends string>(props: SegmentedControlProps<T>) {
  const { legend, options, value, onChange, className } = props
  const name = useId()
  return (
    <fieldset className={className ? `segmented ${className}` : 'segmented'}>
      <legend className="sr-only">{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option} className="segmented-option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
