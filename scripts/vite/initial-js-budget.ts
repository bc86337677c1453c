import { gzipSync } from 'node:zlib'
import type { Plugin, Rollup } from 'vite'

type OutputChunk = Rollup.OutputChunk

/**
 * Fails the build when the JavaScript a first visit must load (the entry chunk and everything it
 * imports statically, gzipped) grows past the budget. Lazy chunks and the worker are not counted:
 * they load when used.
 */
export function initialJsBudget(limitBytes: number): Plugin {
  return {
    name: 'parallax:initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk')
      const byName = new Map(chunks.map((c) => [c.fileName, c]))
      const initial = new Set<OutputChunk>()
      const visit = (chunk: OutputChunk) => {
        if (initial.has(chunk)) return
        initial.add(chunk)
        for (const name of chunk.imports) {
          const next = byName.get(name)
          if (next) visit(next)
        }
      }
      chunks.filter((c) => c.isEntry).forEach(visit)
      const bytes = [...initial].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0)
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
      const message = `initial JavaScript: ${kb(bytes)} gzip (budget ${kb(limitBytes)})`
      if (bytes > limitBytes) this.error(`${message} — over budget`)
      this.info(message)
    },
  }
}
