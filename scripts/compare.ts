// npm run compare -- a.txt b.txt [--focus ukraine] [--json] [--label-a X --label-b Y]
// Runs the same analysis core as the app and prints the divergences as Markdown (or the Comparison as JSON).
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { parseArgs } from 'node:util'
import { compareAccounts, listTopics } from '../src/core'
import { divergencesToMarkdown } from '../src/core/report'

const USAGE = `Usage: npm run compare -- <first.txt> <second.txt> [options]

Compares two accounts of one event and prints where they diverge.

Options:
  --focus <topic>    topic to lead with (e.g. ukraine); default: chosen from the texts
  --json             print the whole comparison as JSON instead of Markdown
  --label-a <name>   label of the first account (default: its file name)
  --label-b <name>   label of the second account (default: its file name)
  -h, --help         show this help`

class UsageError extends Error {}

function readAccount(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`file not found: ${path}`)
    if (code === 'EISDIR') throw new UsageError(`not a file: ${path}`)
    throw new UsageError(`cannot read ${path}: ${(err as Error).message}`)
  }
}

function labelFor(path: string): string {
  return basename(path, extname(path))
}

function main(argv: string[]): void {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        focus: { type: 'string' },
        json: { type: 'boolean', default: false },
        'label-a': { type: 'string' },
        'label-b': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (positionals.length !== 2) {
    throw new UsageError(`expected two files, got ${positionals.length}`)
  }
  const [pathA, pathB] = positionals as [string, string]
  const focus = values.focus?.trim().toLowerCase()
  if (focus !== undefined) {
    const known = listTopics().map((t) => t.id)
    if (!known.includes(focus)) {
      throw new UsageError(`unknown focus "${values.focus}"; known topics: ${known.join(', ')}`)
    }
  }

  const a = { label: values['label-a'] ?? labelFor(pathA), text: readAccount(pathA) }
  const b = { label: values['label-b'] ?? labelFor(pathB), text: readAccount(pathB) }
  for (const [path, account] of [
    [pathA, a],
    [pathB, b],
  ] as const) {
    if (account.text.trim() === '') throw new UsageError(`file is empty: ${path}`)
  }

  const comparison = compareAccounts(a, b, focus ? { focus } : {})
  if (values.json) {
    console.log(JSON.stringify({ labels: { a: a.label, b: b.label }, ...comparison }, null, 2))
  } else {
    process.stdout.write(divergencesToMarkdown(comparison, { a: a.label, b: b.label }))
  }
}

try {
  main(process.argv.slice(2))
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`compare: ${err.message}\n\n${USAGE}`)
    process.exit(2)
  }
  throw err
}
