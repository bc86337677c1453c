import type { ReactNode } from 'react'
import type { AccountSet } from '../../data/account-set'
import { formatDate } from '../../lib/format-date'
import { AccountSource, saysWhereFrom, type HeaderLink } from '../comparison-header'
import { ThemeSelect } from '../theme/theme-select'
import { MASTHEAD_LINK } from '../ui/button'

/** Sources in as many columns as fit, at least 12rem each: three to five accounts. */
const SOURCES = 'grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-x-6 gap-y-1'

/** What is compared: the event, its date, and where each of the accounts comes from. */
export function SetHeader(props: { set: AccountSet; link: HeaderLink; actions?: ReactNode }) {
  const { set, link, actions } = props
  // As a pair's header: only the accounts with something beyond their label (the table's columns name them).
  const sourced = set.accounts.filter((account) => saysWhereFrom(account, !set.date))
  return (
    <header className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 font-sans text-xs font-semibold tracking-[0.14em] text-sky-800 uppercase">
        Parallax
        <a href={link.href} data-print="hide" className={MASTHEAD_LINK}>
          {link.label}
        </a>
        <span className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
          {actions}
          <ThemeSelect />
        </span>
      </div>
      <h1 className="text-2xl leading-tight font-normal tracking-tight text-stone-900 max-[899px]:text-[1.375rem]">
        {set.title}
      </h1>
      {set.date && (
        <p className="font-sans text-sm text-stone-600">
          <time dateTime={set.date}>{formatDate(set.date)}</time>
        </p>
      )}
      {sourced.length > 0 && (
        <dl className={`mt-1 font-sans text-xs text-stone-600 ${SOURCES}`}>
          {sourced.map((account, i) => (
            <AccountSource key={i} account={account} showDate={!set.date} />
          ))}
        </dl>
      )}
    </header>
  )
}
