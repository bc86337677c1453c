import type { Measure } from './wrap-text'

/** Text widths from a canvas, in the same fonts the card's SVG asks for. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) {
    return (text, font) => text.length * (Number(/(\d+)px/.exec(font)?.[1]) || 16) * 0.55
  }
  const cache = new Map<string, number>()
  return (text, font) => {
    const key = `${font}\u0000${text}`
    let width = cache.get(key)
    if (width === undefined) {
      context.font = font
      width = context.measureText(text).width
      cache.set(key, width)
    }
    return width
  }
}

/**
 * Draws the card's SVG (as rendered on the page) into a PNG of its own size, in the browser: the SVG
 * becomes a data: image (the CSP allows data: images, and nothing is fetched), then a canvas.
 */
export async function svgToPng(svg: SVGSVGElement, width: number, height: number): Promise<Blob> {
  const markup = new XMLSerializer().serializeToString(svg)
  const image = new Image(width, height)
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw images.')
  context.drawImage(image, 0, 0, width, height)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('This browser could not make the image.')),
      'image/png',
    ),
  )
}
