import { Button } from './ui/button'

/** A polite live message for work in progress, e.g. "Loading…". */
export function LoadingStatus({ message }: { message: string }) {
  return (
    <p role="status" className="p-6 font-sans text-stone-600">
      {message}
    </p>
  )
}

/** An error the reader must see, with a way to try again. */
export function ErrorAlert({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="m-6 max-w-xl rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 font-sans text-stone-900"
    >
      <p className="mb-3">{message}</p>
      <Button variant="strong" onClick={onRetry} className="text-sm">
        Retry
      </Button>
    </div>
  )
}

/** A comparison the reader stopped, with a way to run it again. */
export function StoppedStatus({ onRestart }: { onRestart: () => void }) {
  return (
    <div className="flex items-center gap-3 p-6 font-sans text-stone-700">
      <p role="status">Comparison stopped.</p>
      <Button variant="strong" onClick={onRestart} className="text-sm">
        Compare again
      </Button>
    </div>
  )
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
