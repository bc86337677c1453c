import type { ReactNode } from 'react'
import type { AccountPair, SourcedAccount } from '../data/pair'
import { formatDate } from '../lib/format-date'
import { COMPOSE_HREF } from '../lib/hrefs'
import { httpUrl } from '../core'
import { ThemeSelect } from './theme/theme-select'
import { MASTHEAD_LINK, buttonClass } from './ui/button'

export interface HeaderLink {
  href: string
  label: string
}

/**
 * Whether the header has anything to say about where an account comes from: a speaker, a source, a URL,
 * or its own date. Its label alone says nothing there (the account's pane is already named by it).
 */
export const saysWhereFrom = (account: SourcedAccount, showDate: boolean): boolean =>
  Boolean(account.speaker || account.source || account.url || (showDate && account.date))

/** Where one account comes from: its label, speaker, source, date and URL (a link only when http(s)). */
export function AccountSource({
  account,
  showDate,
}: {
  account: SourcedAccount
  showDate: boolean
}) {
  const url = httpUrl(account.url ?? '')
  return (
    <div className="min-w-0">
      <dt dir="auto" className="font-semibold text-stone-800">
        {account.label}
      </dt>
      {account.speaker && <dd>{account.speaker}</dd>}
      {account.source && <dd className="text-stone-500">{account.source}</dd>}
      {showDate && account.date && (
        <dd>
          <time dateTime={account.date}>{formatDate(account.date)}</time>
        </dd>
      )}
      {url ? (
        <dd className="truncate">
          <a
            className="text-sky-800 underline underline-offset-2"
            href={url}
            target="_blank"
            rel="noreferrer noopener"
          >
            {url}
          </a>
        </dd>
      ) : (
        // Not http(s): shown as the reader typed it, never as a link.
        account.url && <dd className="truncate text-stone-500">{account.url}</dd>
      )}
    </div>
  )
}

/** From 900px the two accounts' sources stand beside the title, one column each. */
const SOURCES_BESIDE_TITLE =
  'min-[900px]:max-w-[40rem] min-[900px]:shrink-0 min-[900px]:grid-cols-2'

/**
 * Where each account comes from: always shown on wide screens, a tap away on a phone. Only the accounts
 * the reader said something about (a pasted pair often has labels only): nothing at all when there is none.
 */
function AccountSources({ pair, compact }: { pair: AccountPair; compact: boolean }) {
  const showDate = !pair.date
  const sourced = [pair.a, pair.b].filter((account) => saysWhereFrom(account, showDate))
  if (sourced.length === 0) return null
  const list = (
    <dl className={`grid gap-x-6 gap-y-1 font-sans text-xs text-stone-600 ${SOURCES_BESIDE_TITLE}`}>
      {sourced.map((account, i) => (
        <AccountSource key={i} account={account} showDate={showDate} />
      ))}
    </dl>
  )
  if (!compact) return list
  // A closed <details> prints nothing: on paper the sources are printed open, whatever the screen.
  return (
    <>
      <details className="font-sans text-xs text-stone-600 print:hidden">
        <summary className={`w-fit cursor-pointer text-sm ${buttonClass('link')} focus-ring`}>
          Who said what, and where it was published
        </summary>
        <div className="mt-1.5">{list}</div>
      </details>
      <div className="hidden print:block">{list}</div>
    </>
  )
}

/** The title and the sources: one column on a phone, side by side from 900px. */
const TITLE_ROW =
  'flex flex-col gap-2 min-[900px]:flex-row min-[900px]:items-start min-[900px]:justify-between min-[900px]:gap-8'

/** What is compared: the event, its date, and where each account comes from. */
export function ComparisonHeader({
  pair,
  link = { href: COMPOSE_HREF, label: 'Compare your own' },
  actions,
  compact = false,
}: {
  pair: AccountPair
  link?: HeaderLink
  /** "Download report" and "Embed", once there is a comparison; on a phone they are in the View menu. */
  actions?: ReactNode
  /** A phone: the title first, the sources a tap away, the tools in the compact bar. */
  compact?: boolean
}) {
  // "Putin–Trump phone call, 3 July 2025" says its date already.
  const date = pair.date && !pair.title.includes(formatDate(pair.date)) ? pair.date : undefined
  return (
    <header className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 font-sans text-xs font-semibold tracking-[0.14em] text-sky-800 uppercase">
        Parallax
        <a href={link.href} data-print="hide" className={MASTHEAD_LINK}>
          {link.label}
        </a>
        {!compact && (
          <span className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
            {actions}
            <ThemeSelect />
          </span>
        )}
      </div>
      <div className={TITLE_ROW}>
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl leading-tight font-normal tracking-tight text-stone-900 max-[899px]:text-[1.375rem]">
            {pair.title}
          </h1>
          {date && (
            <p className="font-sans text-sm text-stone-600">
              <time dateTime={date}>{formatDate(date)}</time>
            </p>
          )}
        </div>
        <AccountSources pair={pair} compact={compact} />
      </div>
    </header>
  )
}
