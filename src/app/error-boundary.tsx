import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/**
 * Last line of defence: a render error shows an alert the reader can act on, instead of a blank page.
 * (React still needs a class for this.)
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div role="alert" className="m-6 max-w-xl font-sans">
        <p className="mb-2 font-semibold">Parallax could not show this comparison.</p>
        <p className="mb-3 text-stone-700">{this.state.error.message}</p>
        <button
          type="button"
          onClick={() => this.setState({ error: null })}
          className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white"
        >
          Retry
        </button>
      </div>
    )
  }
}
