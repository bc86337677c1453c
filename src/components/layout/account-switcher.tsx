import { useId } from 'react'
import { Isolated } from '../isolated'

export type ShownAccounts = 'both' | 'a' | 'b'

/** Below 900px, where the panes stack: both accounts, or one alone. */
export function AccountSwitcher(props: {
  labels: [string, string]
  shown: ShownAccounts
  onChange: (shown: ShownAccounts) => void
}) {
  const { labels, shown, onChange } = props
  const name = useId()
  const options: [ShownAccounts, string][] = [
    ['both', 'Both'],
    ['a', labels[0]],
    ['b', labels[1]],
  ]
  return (
    <fieldset className="segmented self-start min-[900px]:hidden">
      <legend className="sr-only">Show</legend>
      {options.map(([value, label]) => (
        <label key={value} className="segmented-option">
          <input
            type="radio"
            name={name}
            value={value}
            checked={shown === value}
            onChange={() => onChange(value)}
          />
          <Isolated>{label}</Isolated>
        </label>
      ))}
    </fieldset>
  )
}
