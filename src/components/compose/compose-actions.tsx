import { useId } from 'react'
import { Button } from '../ui/button'

interface ComposeActionsProps {
  /** Why Compare is disabled, or '' when it is not. */
  blocked: string
  /** Trades the two accounts; absent when there are more than two (each can be moved instead). */
  onSwap?: () => void
  onLoadExample: () => void
  loadingExample: boolean
}

/** Compare (the form's submit), Swap and Load example. */
export function ComposeActions({
  blocked,
  onSwap,
  onLoadExample,
  loadingExample,
}: ComposeActionsProps) {
  const hintId = useId()
  return (
    <div className="flex flex-wrap items-center gap-3 font-sans text-sm">
      <Button
        type="submit"
        variant="primary"
        size="lg"
        disabled={!!blocked}
        aria-describedby={blocked ? hintId : undefined}
      >
        Compare
      </Button>
      {onSwap && <Button onClick={onSwap}>Swap</Button>}
      <Button onClick={onLoadExample} disabled={loadingExample}>
        Load example
      </Button>
      {blocked && (
        <p id={hintId} className="text-stone-600">
          {blocked}
        </p>
      )}
    </div>
  )
}
