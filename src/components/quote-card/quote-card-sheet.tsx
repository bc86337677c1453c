import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { copyText } from '../../lib/copy-text'
import { downloadBlob } from '../../lib/download-file'
import { cardAltText } from '../../lib/quote-card/alt-text'
import { CARD_SIZES, type CardShape, type CardTheme } from '../../lib/quote-card/card-input'
import { layoutCard } from '../../lib/quote-card/layout'
import { canvasMeasure, svgToPng } from '../../lib/quote-card/rasterize'
import { Sheet } from '../compact/sheet'
import { Button } from '../ui/button'
import { SegmentedControl } from '../ui/segmented-control'
import { CardSvg } from './card-svg'
import type { CardState } from './use-card-input'

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48) || 'quote'

const SHAPES: [CardShape, string][] = [
  ['landscape', '1200 × 675, wide'],
  ['portrait', '1080 × 1350, tall'],
]
const THEMES: [CardTheme, string][] = [
  ['light', 'Light'],
  ['dark', 'Dark'],
]

/** The read-only box that holds the alt text. */
const ALT_BOX =
  'w-full resize-y rounded-md border border-stone-300 bg-stone-50 p-2 text-xs text-stone-900 focus-ring'

/**
 * The quote card: saved as a PNG at once (1200 × 675, in the page's colours), then shown with its alt
 * text, another size or colours to save, and a copy to the clipboard. Drawn in the page: no request.
 */
export function QuoteCardSheet(props: {
  /** The card's content; null while it is made, or why it could not be. */
  input: CardState
  onClose: () => void
}) {
  const { input } = props
  const [shape, setShape] = useState<CardShape>('landscape')
  const [theme, setTheme] = useState<CardTheme>(() =>
    document.documentElement.classList.contains('dark') ? 'dark' : 'light',
  )
  const [status, setStatus] = useState('')
  const [measure] = useState(canvasMeasure)
  const svg = useRef<SVGSVGElement>(null)
  const altId = useId()
  const ready = input && !('error' in input) ? input : null
  const layout = useMemo(
    () => ready && layoutCard(ready, CARD_SIZES[shape], theme, measure),
    [ready, shape, theme, measure],
  )
  const alt = ready ? cardAltText(ready) : ''
  const size = CARD_SIZES[shape]
  const fileName = ready
    ? `parallax-${slug(ready.topic ?? ready.title)}-${size.width}x${size.height}.png`
    : ''

  const png = () => svgToPng(svg.current!, size.width, size.height)
  const save = async () => {
    try {
      downloadBlob(fileName, await png())
      setStatus(`Saved ${fileName}.`)
    } catch (error) {
      setStatus(`Parallax could not save the image. ${error instanceof Error ? error.message : ''}`)
    }
  }
  const copyImage = async () => {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })])
      setStatus('Image copied.')
    } catch {
      setStatus('This browser did not let Parallax copy the image: use Download PNG instead.')
    }
  }
  const copyAlt = async () =>
    setStatus(
      (await copyText(alt))
        ? 'Alt text copied.'
        : 'This browser did not let Parallax copy: select the alt text and copy it.',
    )

  // "Save as image" saves: as soon as the card is drawn the first time.
  const savedOnce = useRef(false)
  useEffect(() => {
    if (!layout || savedOnce.current) return
    savedOnce.current = true
    void save()
  })

  return (
    <Sheet title="Quote card" onClose={props.onClose} wide>
      {!input && <p role="status">Drawing the card…</p>}
      {input && 'error' in input && (
        <p role="alert" className="notice" data-tone="warn">
          {input.error}
        </p>
      )}
      {layout && (
        <>
          <div className="overflow-hidden rounded-md border border-stone-300">
            <CardSvg layout={layout} alt={alt} ref={svg} />
          </div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <SegmentedControl legend="Size" options={SHAPES} value={shape} onChange={setShape} />
            <SegmentedControl legend="Colours" options={THEMES} value={theme} onChange={setTheme} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void save()}>Download PNG</Button>
            {typeof ClipboardItem !== 'undefined' && (
              <Button onClick={() => void copyImage()}>Copy image</Button>
            )}
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor={altId} className="text-xs font-semibold text-stone-700">
              Alt text
            </label>
            <textarea
              id={altId}
              readOnly
              value={alt}
              rows={4}
              onFocus={(event) => event.currentTarget.select()}
              className={ALT_BOX}
            />
            <Button onClick={() => void copyAlt()} className="self-start">
              Copy alt text
            </Button>
          </div>
        </>
      )}
      <p role="status" className="min-h-[1.25rem] text-xs text-stone-700">
        {status}
      </p>
    </Sheet>
  )
}
