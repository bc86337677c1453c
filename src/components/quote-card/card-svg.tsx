import type { Ref } from 'react'
import type { CardLayout } from '../../lib/quote-card/card-items'
import { FONTS } from '../../lib/quote-card/palette'

/**
 * The card as SVG: what the page shows as the preview and what the PNG is drawn from, so the text a
 * test or a screen reader finds here is the text in the picture. Each text says what it is
 * (`data-part`, and `data-column` for an account's label, speaker and quote).
 */
export function CardSvg(props: { layout: CardLayout; alt: string; ref?: Ref<SVGSVGElement> }) {
  const { layout, alt, ref } = props
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={alt}
      data-quote-card=""
      className="block h-auto w-full"
    >
      {layout.items.map((item, i) =>
        item.type === 'rect' ? (
          <rect
            key={i}
            x={item.x}
            y={item.y}
            width={item.width}
            height={item.height}
            rx={item.radius}
            fill={item.fill}
            stroke={item.stroke}
            strokeWidth={item.strokeWidth}
          />
        ) : (
          <text
            key={i}
            x={item.x}
            y={item.y}
            fontFamily={FONTS[item.font.family]}
            fontSize={item.font.size}
            fontWeight={item.font.weight ?? 400}
            fontStyle={item.font.italic ? 'italic' : undefined}
            fill={item.fill}
            direction={item.rtl ? 'rtl' : undefined}
            textAnchor={item.end ? 'end' : undefined}
            letterSpacing={item.letterSpacing}
            data-part={item.part}
            data-column={item.column}
            data-glued={item.glued || undefined}
          >
            {item.text}
          </text>
        ),
      )}
    </svg>
  )
}
