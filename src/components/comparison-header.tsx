import type { Comparison, LinkLens, ReaderCorrections } from '../core'
import type { AccountPair, SourcedAccount } from '../data/pair'
import { COMPOSE_HREF } from '../lib/hrefs'
import { httpUrl } from '../core'
import { DownloadReport } from './export/download-report'
import { ThemeSelect } from './theme/theme-select'
import { MASTHEAD_LINK } from './ui/button'

export interface HeaderLink {
  href: string
  label: string
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

function AccountSource({ account, showDate }: { account: SourcedAccount; showDate: boolean }) {
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

/** What is compared: the event, its date, and where each account comes from. */
export function ComparisonHeader({
  pair,
  link = { href: COMPOSE_HREF, label: 'Compare your own' },
  report,
}: {
  pair: AccountPair
  link?: HeaderLink
  /** The comparison on screen and its lens, once there is one: what "Download report" takes away. */
  report?: { comparison: Comparison; lens: LinkLens; corrections?: ReaderCorrections }
}) {
  return (
    <header className="flex flex-col gap-2 min-[900px]:flex-row min-[900px]:items-end min-[900px]:justify-between min-[900px]:gap-8">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 font-sans text-xs font-semibold tracking-[0.14em] text-sky-800 uppercase">
          Parallax
          <a href={link.href} data-print="hide" className={MASTHEAD_LINK}>
            {link.label}
          </a>
          <span className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
            {report && <DownloadReport pair={pair} {...report} />}
            <ThemeSelect />
          </span>
        </div>
        <h1 className="text-2xl leading-tight font-normal tracking-tight text-stone-900">
          {pair.title}
        </h1>
        {pair.date && (
          <p className="font-sans text-sm text-stone-600">
            <time dateTime={pair.date}>{formatDate(pair.date)}</time>
          </p>
        )}
      </div>
      <dl
        className={`grid gap-x-6 gap-y-1 font-sans text-xs text-stone-600 ${SOURCES_BESIDE_TITLE}`}
      >
        <AccountSource account={pair.a} showDate={!pair.date} />
        <AccountSource account={pair.b} showDate={!pair.date} />
      </dl>
    </header>
  )
}
