// npm run compare -- a.txt b.txt [--focus ukraine] [--keywords "grain corridor, fertilizer"] [--json]
// Runs the same analysis core as the app and prints the divergences as Markdown (or the Comparison as JSON).
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { parseArgs } from 'node:util'
import { MAX_ACCOUNTS, compareAccounts, compareMany, listTopics } from '../src/core'
import { claimsTableToMarkdown, divergencesToMarkdown } from '../src/core/report'
import { parseKeywords } from '../src/lib/parse-keywords'

/** The lenses a reader can lead with, one per line: id, then what the app calls it. */
const lensList = () =>
  listTopics()
    .map((t) => `  ${t.id.padEnd(18)} ${t.lens}`)
    .join('\n')

const usage = () => `Usage: npm run compare -- <first.txt> <second.txt> [<third.txt> …] [options]

Compares two accounts of one event and prints where they diverge: each divergence with its kind, why
the accounts diverge, who speaks, and both sides' passages. Given three to five files, prints a table
of the claims by account: who says what, who says nothing, who contradicts whom.

Options:
  --focus <lens>          lens to lead with (see below); default: chosen from the texts
  --keywords <a, b, ...>  your own lens: passages with any of these words or phrases, comma-separated;
                          it leads unless --focus names another lens
  --json                  print the whole comparison as JSON instead of Markdown
  --label-a <name>        label of the first account (default: its file name)
  --label-b <name>        label of the second account (default: its file name)
  -h, --help              show this help

Lenses:
${lensList()}`

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
        keywords: { type: 'string' },
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
    console.log(usage())
    return
  }
  if (positionals.length < 2 || positionals.length > MAX_ACCOUNTS) {
    throw new UsageError(`expected 2 to ${MAX_ACCOUNTS} files, got ${positionals.length}`)
  }
  if (positionals.length > 2) {
    compareFiles(positionals, values)
    return
  }
  const [pathA, pathB] = positionals as [string, string]
  const focus = values.focus?.trim().toLowerCase()
  if (focus !== undefined) {
    const known = [...listTopics().map((t) => t.id), ...(values.keywords ? ['custom'] : [])]
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

  const keywords = parseKeywords(values.keywords ?? '')
  const comparison = compareAccounts(a, b, {
    ...(focus ? { focus } : {}),
    ...(keywords.length ? { keywords } : {}),
  })
  if (values.json) {
    console.log(JSON.stringify({ labels: { a: a.label, b: b.label }, ...comparison }, null, 2))
  } else {
    process.stdout.write(divergencesToMarkdown(comparison, { a: a.label, b: b.label }))
  }
}

/** Three to five files: the "Claims by account" table (or the whole comparison as JSON). Accounts
 * are named by their file names. */
function compareFiles(
  paths: string[],
  values: { focus?: string; keywords?: string; json?: boolean },
): void {
  const accounts = paths.map((path) => {
    const text = readAccount(path)
    if (text.trim() === '') throw new UsageError(`file is empty: ${path}`)
    return { label: labelFor(path), text }
  })
  const keywords = parseKeywords(values.keywords ?? '')
  const focus = values.focus?.trim().toLowerCase()
  const comparison = compareMany(accounts, {
    ...(focus ? { focus } : {}),
    ...(keywords.length ? { keywords } : {}),
  })
  if (values.json) console.log(JSON.stringify(comparison, null, 2))
  else process.stdout.write(claimsTableToMarkdown(comparison))
}

try {
  main(process.argv.slice(2))
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`compare: ${err.message}\n\n${usage()}`)
    process.exit(2)
  }
  throw err
}
