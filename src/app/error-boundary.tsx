import { useQueryClient } from '@tanstack/react-query'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useDraftStoreIfAny } from '../hooks/use-drafts'
import { CrashNotice } from './crash-notice'
import { pairOnScreen } from './pair-on-screen'
import { rescueTexts } from './rescue-texts'

interface CatcherProps {
  children: ReactNode
  /** The reader's texts at the moment of the crash. */
  texts: () => string
}

interface State {
  error: Error | null
}

/** React still needs a class to catch render errors. */
class RenderErrorCatcher extends Component<CatcherProps, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <CrashNotice
        error={error}
        texts={this.props.texts}
        onRetry={() => this.setState({ error: null })}
      />
    )
  }
}

/**
 * Last line of defence around each view: a render error shows what happened and lets the reader copy
 * their texts (the draft, and the pair the view was showing), instead of a blank page and a lost draft.
 */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  const drafts = useDraftStoreIfAny()
  const client = useQueryClient()
  const texts = () => {
    const state = drafts?.getState()
    return rescueTexts(
      state?.current ?? null,
      state?.kept ?? [],
      pairOnScreen(client, window.location.hash),
    )
  }
  return <RenderErrorCatcher texts={texts}>{children}</RenderErrorCatcher>
}
