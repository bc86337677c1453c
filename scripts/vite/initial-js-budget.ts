import { gzipSync } from 'node:zlib'
import type { Plugin, Rollup } from 'vite'

type OutputChunk = Rollup.OutputChunk

/**
 * Fails the build when the JavaScript a first visit must load (an HTML page's entry chunk and
 * everything it imports statically, gzipped) grows past the budget, for each page: the app
 * (index.html) and the embedded view (embed.html). Lazy chunks and the workers are not counted: they
 * load when used.
 */
export function initialJsBudget(limitBytes: number): Plugin {
  return {
    name: 'parallax:initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk')
      const byName = new Map(chunks.map((c) => [c.fileName, c]))
      const gzipped = new Map<OutputChunk, number>()
      const sizeOf = (c: OutputChunk) => {
        if (!gzipped.has(c)) gzipped.set(c, gzipSync(c.code, { level: 9 }).length)
        return gzipped.get(c)!
      }
      const initialBytes = (entry: OutputChunk) => {
        const initial = new Set<OutputChunk>()
        const visit = (chunk: OutputChunk) => {
          if (initial.has(chunk)) return
          initial.add(chunk)
          for (const name of chunk.imports) {
            const next = byName.get(name)
            if (next) visit(next)
          }
        }
        visit(entry)
        return [...initial].reduce((sum, c) => sum + sizeOf(c), 0)
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
      const pages = chunks.filter((c) => c.isEntry).map((c) => [c.name, initialBytes(c)] as const)
      const message = `initial JavaScript: ${pages
        .map(([name, bytes]) => `${kb(bytes)} gzip (${name})`)
        .join(', ')}; budget ${kb(limitBytes)} each`
      if (pages.some(([, bytes]) => bytes > limitBytes)) this.error(`${message} — over budget`)
      this.info(message)
    },
  }
}
