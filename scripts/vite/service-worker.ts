import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin, ResolvedConfig, Rollup } from 'vite'

const TEMPLATE = new URL('./service-worker.js', import.meta.url)
export const SERVICE_WORKER_FILE = 'sw.js'
export const MANIFEST_FILE = 'manifest.webmanifest'

function filesUnder(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true })
  } catch {
    return []
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
}

const contentOf = (output: Rollup.OutputAsset | Rollup.OutputChunk) =>
  output.type === 'chunk' ? output.code : output.source

/**
 * Writes the service worker (sw.js) with the list of every file of the build, so that after one visit
 * the app works offline, and links the web app manifest from index.html. Build only: the dev server and
 * the tests never get a service worker (src/main.tsx registers it in production builds only).
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'parallax:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: `./${MANIFEST_FILE}` }, injectTo: 'head' },
    ],
    generateBundle(_options, bundle) {
      const hash = createHash('sha256')
      const built = Object.values(bundle)
        .filter((o) => !o.fileName.endsWith('.map'))
        .sort((x, y) => x.fileName.localeCompare(y.fileName))
      for (const output of built) hash.update(output.fileName).update(contentOf(output))
      const publicDir = config.publicDir
      const publicFiles = publicDir ? filesUnder(publicDir).sort() : []
      for (const file of publicFiles) hash.update(file).update(readFileSync(join(publicDir, file)))
      const template = readFileSync(TEMPLATE, 'utf8')
      hash.update(template)

      // index.html is cached as './', the address every route of the app is opened at.
      const files = [...built.map((o) => o.fileName), ...publicFiles].filter(
        (f) => f !== 'index.html' && f !== SERVICE_WORKER_FILE,
      )
      const source = template
        .replace('/* PRECACHE */ []', JSON.stringify(['./', ...files]))
        .replace("/* VERSION */ 'dev'", JSON.stringify(hash.digest('hex').slice(0, 16)))
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source })
    },
  }
}
