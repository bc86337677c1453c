import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { builtinPairQuery } from '../data/builtin-pair'
import { pairToDraft } from '../data/draft-pair'
import { useDraftStore } from './use-drafts'

/** Puts the built-in pair into the compose view; the draft store keeps the reader's own draft aside. */
export function useLoadExample() {
  const client = useQueryClient()
  const store = useDraftStore()
  const [state, setState] = useState<{ loading: boolean; error: string }>({
    loading: false,
    error: '',
  })

  const load = async () => {
    setState({ loading: true, error: '' })
    try {
      store.replace(pairToDraft(await client.fetchQuery(builtinPairQuery())))
      setState({ loading: false, error: '' })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      setState({ loading: false, error: `Could not load the example. ${reason}` })
    }
  }
  return { ...state, load }
}
