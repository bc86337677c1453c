import { Isolated } from '../isolated'
import { SegmentedControl } from '../ui/segmented-control'

export type ShownAccounts = 'both' | 'a' | 'b'

/** Below 900px, where the panes stack: both accounts, or one alone. */
export function AccountSwitcher(props: {
  labels: [string, string]
  shown: ShownAccounts
  onChange: (shown: ShownAccounts) => void
}) {
  const { labels, shown, onChange } = props
  const options: [ShownAccounts, string][] = [
    ['both', 'Both'],
    ['a', labels[0]],
    ['b', labels[1]],
  ]
  return (
    <SegmentedControl
      legend="Show"
      options={options.map(([value, label]) => [value, <Isolated>{label}</Isolated>])}
      value={shown}
      onChange={onChange}
      className="self-start min-[900px]:hidden"
    />
  )
}
