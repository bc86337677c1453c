import type { Segment } from '../../core'

interface FoldStubProps {
  passages: Segment[]
  onUnfold: (passageIds: string[]) => void
}

/** Dashed, unlike a passage: it stands for passages, and is not one. */
const STUB_LOOK =
  'rounded-md border border-dashed border-stone-300 text-stone-600 hover:border-stone-500 hover:text-stone-900 focus-ring'

/** A run of passages the filters fold away: one button that brings the run back. */
export function FoldStub({ passages, onUnfold }: FoldStubProps) {
  const count = passages.length
  return (
    <div className="fold-stub my-3">
      <button
        type="button"
        data-fold={passages[0]!.id}
        onClick={() => onUnfold(passages.map((s) => s.id))}
        className={`w-full px-3 py-1.5 text-left font-sans text-sm ${STUB_LOOK}`}
      >
        Show {count} {count === 1 ? 'passage' : 'passages'}
      </button>
    </div>
  )
}
