/**
 * Builds what the Chromium runner serves: the app itself (the project's vite.config.ts, as
 * `npx vite build` does) and the bench page. Both go under node_modules/.bench, so a benchmark never
 * overwrites dist/ while browser tests may be serving it.
 */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { build } from 'vite'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OUT = join(ROOT, 'node_modules', '.bench')

export interface BuiltSites {
  app: string
  page: string
}

export async function buildSites(): Promise<BuiltSites> {
  const app = join(OUT, 'app')
  const page = join(OUT, 'page')
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    build: { outDir: app, emptyOutDir: true },
    logLevel: 'warn',
  })
  await build({
    root: join(ROOT, 'bench', 'page'),
    configFile: false,
    base: './',
    worker: { format: 'es' },
    build: { outDir: page, emptyOutDir: true },
    logLevel: 'warn',
  })
  return { app, page }
}
