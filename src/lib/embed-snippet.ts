/** The embedded view's page, next to the app's own index.html (built from embed.html). */
export const EMBED_PAGE = 'embed.html'

/** Sized for an article column; the reader's page can change both. */
const WIDTH = '100%'
const HEIGHT = 640

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The embedded view's address for a link fragment (`#b1.….e`), next to the page at `base`. */
export function embedUrl(fragment: string, base: string): string {
  return new URL(EMBED_PAGE, base).href.replace(/#.*$/, '') + fragment
}

/**
 * The `<iframe>` a reader pastes into an article. `sandbox` lets the view run its scripts and worker and
 * open "Open in Parallax" in a new tab, but never navigate or script the article's page;
 * `referrerpolicy` keeps the article's address from the host serving Parallax. Attribute values are
 * escaped: the title is the reader's own words for a pasted comparison.
 */
export function embedSnippet(src: string, title: string): string {
  const attrs: [string, string][] = [
    ['src', src],
    ['title', `Parallax: ${title}`],
    ['width', WIDTH],
    ['height', String(HEIGHT)],
    ['style', 'border: 1px solid #d6d3d1; border-radius: 8px; max-width: 100%'],
    ['loading', 'lazy'],
    ['referrerpolicy', 'no-referrer'],
    ['sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'],
  ]
  return `<iframe ${attrs.map(([name, value]) => `${name}="${attribute(value)}"`).join(' ')}></iframe>`
}
