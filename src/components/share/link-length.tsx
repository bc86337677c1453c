import { LONG_LINK_LENGTH, MAX_SHARE_LINK_LENGTH, SAFE_LINK_LENGTH } from '../../core'
import { Button } from '../ui/button'

const count = (n: number) => n.toLocaleString('en')

interface LinkLengthProps {
  length: number
  onDownload: () => void
  /** What the link carries: a pair's "both texts", a set's "all the texts". */
  carries?: string
}

/**
 * How long the link is, and what that means for sending it: chat and mail clients cut links past about
 * 2,000 characters (research/anchors-permalinks.md §4); past 32,000 a file is the way to send it.
 */
export function LinkLength({ length, onDownload, carries = 'both texts' }: LinkLengthProps) {
  const tooLong = length > MAX_SHARE_LINK_LENGTH
  return (
    <div className="flex flex-col gap-1.5 text-xs">
      <p className="text-stone-600 tabular-nums">{count(length)} characters</p>
      {length > SAFE_LINK_LENGTH && (
        <p className="notice" data-tone="warn">
          {tooLong
            ? `This link is too long to send: it carries ${carries}, and links over ${count(MAX_SHARE_LINK_LENGTH)} characters do not survive chat, mail or most browsers' address bars. Send the comparison as a file instead; Parallax opens it with “Open comparison file”.`
            : `Long link: chat and mail clients often cut links over ${count(SAFE_LINK_LENGTH)} characters, and the cut link will not open.${length > LONG_LINK_LENGTH ? ' At this length it is likely to be cut somewhere; check that it arrives whole.' : ' Check that it arrives whole.'}`}
        </p>
      )}
      {tooLong && (
        <Button variant="primary" onClick={onDownload} className="self-start text-sm">
          Download comparison (.json)
        </Button>
      )}
    </div>
  )
}
