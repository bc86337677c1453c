import { queryOptions } from '@tanstack/react-query'
import { formatPairRef } from '../core'
import type { AccountPair, SourcedAccount } from './pair'

export const BUILTIN_PAIR_ID = '2025-07-03-putin-trump'

interface ManifestAccount {
  side: 'a' | 'b'
  label: string
  file: string
  speaker: string
  source: string
}

interface Manifest {
  id: string
  revision: number
  title: string
  date: string
  focus: string
  summary: string
  accounts: ManifestAccount[]
}

// Resolved against the document, not the site root: the build uses base './' and may be served from any path.
function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url)
  if (!response.ok) {
    const file = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url)
    throw new Error(`The file ${file} did not arrive (the server answered ${response.status}).`)
  }
  return response
}

async function loadAccount(dir: string, manifest: Manifest, side: 'a' | 'b') {
  const entry = manifest.accounts.find((acc) => acc.side === side)
  if (!entry) {
    const which = side === 'a' ? 'first' : 'second'
    throw new Error(`The example “${manifest.title}” is missing its ${which} account.`)
  }
  const text = await (await fetchOk(assetUrl(`${dir}/${entry.file}`))).text()
  const account: SourcedAccount = {
    label: entry.label,
    text,
    speaker: entry.speaker,
    source: entry.source,
  }
  return account
}

export async function loadBuiltinPair(id: string): Promise<AccountPair> {
  const dir = `accounts/${id}`
  const manifest = (await (await fetchOk(assetUrl(`${dir}/manifest.json`))).json()) as Manifest
  const [a, b] = await Promise.all([
    loadAccount(dir, manifest, 'a'),
    loadAccount(dir, manifest, 'b'),
  ])
  const { title, date, summary, focus } = manifest
  const builtin = { id: manifest.id, revision: manifest.revision }
  return {
    id: formatPairRef(builtin.id, builtin.revision),
    builtin,
    title,
    date,
    summary,
    focus,
    a,
    b,
  }
}

/** The built-in accounts never change while the page is open, so they are fetched once. */
export function builtinPairQuery(id: string = BUILTIN_PAIR_ID) {
  return queryOptions({
    queryKey: ['builtin-pair', id],
    queryFn: () => loadBuiltinPair(id),
    staleTime: Infinity,
  })
}
