/**
 * npm run bench [-- --sizes 10kb,100kb,1mb] [--no-browser]
 * Times the analysis core on generated account pairs in Node and in Chromium, next to a naive
 * whole-text diff, checks the main thread of the real app on the 1 MB pair, and prints a Markdown
 * report. It informs and exits 0 when a target is missed; it exits 1 only when something breaks.
 */
import { spawn } from 'node:child_process'
import { cpus, loadavg, platform } from 'node:os'
import { parseArgs } from 'node:util'
import { buildSites, ROOT } from './browser/build'
import { launchChromium } from './browser/launch'
import { measureMainThreadRuns } from './browser/main-thread'
import { serveStatic } from '../scripts/lib/static-host'
import { timeInWorker } from './browser/worker-bench'
import { MAIN_THREAD_RUNS, SEED, SIZES, sizeByName } from './config'
import { generatePair } from './generate/pair'
import { formatReport, type Environment } from './report'
import type { BenchResults, NodeResult } from './results'

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, 'no-browser': { type: 'boolean', default: false } },
})
const sizes = values.sizes ? values.sizes.split(',').map(sizeByName) : SIZES
const log = (line: string) => process.stderr.write(`${line}\n`)

/** In its own process: --expose-gc for a clean heap baseline, and no build or browser beside it. */
function runNode(): Promise<NodeResult[]> {
  const args = ['--expose-gc', '--import', 'tsx', 'bench/node/run.ts', '--json']
  if (values.sizes) args.push('--sizes', values.sizes)
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as NodeResult[])
        : reject(new Error(`Node runner exited with ${code}`)),
    )
  })
}

async function runBrowser(): Promise<
  Pick<BenchResults, 'browser' | 'mainThread'> & { version: string }
> {
  log('building the app and the bench page')
  const sites = await buildSites()
  const server = await serveStatic({ '/app/': sites.app, '/bench/': sites.page })
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close()
    throw error
  })
  try {
    const results = await timeInWorker(browser, server.origin, sizes, log)
    const large = sizes.find((s) => s.name === '1 MB')
    log('main thread: the app, 1 MB pair')
    const mainThread = large
      ? await measureMainThreadRuns(
          browser,
          server.origin,
          generatePair(large.chars, SEED),
          MAIN_THREAD_RUNS,
        )
      : { skipped: 'the 1 MB size was not run' }
    return { browser: results, mainThread, version: `Chromium ${browser.version()}` }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main() {
  const env: Environment = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${platform()}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`,
    node: process.version,
    chromium: null,
    load: loadavg()[0] ?? 0,
  }
  const node = await runNode()
  const skipped = { skipped: 'run with --no-browser' }
  let rest: Pick<BenchResults, 'browser' | 'mainThread'> = { browser: skipped, mainThread: skipped }
  if (!values['no-browser']) {
    const { version, ...measured } = await runBrowser()
    env.chromium = version
    rest = measured
  }
  process.stdout.write(`${formatReport({ node, ...rest }, env)}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  // A crash ends the run even if a server, browser or build left a handle open.
  process.exit(1)
})
