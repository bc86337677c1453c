import { useCallback, useEffect, useMemo } from 'react'
import type { AccountPassage } from '../../core'
import type { AccountSpan } from '../../data/account-set'
import { chunkParagraphs } from '../chunk-paragraphs'
import { useChunkWindow, WINDOW_ABOVE } from '../use-chunk-window'
import { listOf, type Labels } from './claim-words'
import { accountOfPassage, paragraphsOf } from './passage-dom'
import { SetChunk } from './set-chunk'

interface AccountTextProps {
  passages: readonly AccountPassage[]
  /** The whole account text: passages are offset ranges into it. */
  text: string
  ownLabel: string
  labels: Labels
  highlights: readonly AccountSpan[]
  idPrefix: string
  /** A passage the reader was asked to bring into view: its chunk is rendered first. */
  wanted: string | null
}

/**
 * One account's text in the set's reader, chunk by chunk; a long one only near the view, as a pair's
 * panes are (see use-chunk-window). Mounted afresh for each account (the reader keys it), so one
 * account's measured chunk heights never stand in for another's.
 */
export function AccountText(props: AccountTextProps) {
  const { passages, text, ownLabel, labels, highlights, idPrefix, wanted } = props
  const chunks = useMemo(
    () =>
      chunkParagraphs(
        paragraphsOf(passages).map((p) => ({ kind: 'paragraph' as const, passages: p })),
      ),
    [passages],
  )
  const { active, heights, observe, activate } = useChunkWindow(
    chunks,
    passages.length > WINDOW_ABOVE,
  )
  useEffect(() => {
    if (!wanted) return
    const index = chunks.findIndex((c) =>
      c.blocks.some((b) => b.passages.some((s) => s.id === wanted)),
    )
    if (index >= 0) activate([index])
  }, [wanted, chunks, activate])
  // Who else tells each passage's claim, by label, for the words a screen reader hears before it.
  const tellingOf = useCallback(
    (counterparts: string[]) => listOf(labels, [...new Set(counterparts.map(accountOfPassage))]),
    [labels],
  )
  return chunks.map((chunk, index) => (
    <SetChunk
      key={index}
      index={index}
      chunk={chunk}
      active={active.has(index)}
      height={heights.get(index) ?? chunk.estimatedHeight}
      observe={observe}
      text={text}
      ownLabel={ownLabel}
      tellingOf={tellingOf}
      highlights={highlights}
      idPrefix={idPrefix}
    />
  ))
}
