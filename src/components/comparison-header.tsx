import type { AccountPair } from '../data/pair'

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

/** What is compared: the event, its date, and where each account comes from. */
export function ComparisonHeader({ pair }: { pair: AccountPair }) {
  return (
    <header className="flex flex-col gap-2 min-[900px]:flex-row min-[900px]:items-end min-[900px]:justify-between min-[900px]:gap-8">
      <div className="min-w-0 flex-1">
        <p className="font-sans text-xs font-semibold tracking-[0.14em] text-sky-800 uppercase">
          Parallax
        </p>
        <h1 className="text-2xl leading-tight font-normal tracking-tight text-stone-900">
          {pair.title}
        </h1>
        <p className="font-sans text-sm text-stone-600">
          <time dateTime={pair.date}>{formatDate(pair.date)}</time>
        </p>
      </div>
      <dl className="grid gap-x-6 gap-y-1 font-sans text-xs text-stone-600 min-[900px]:max-w-[40rem] min-[900px]:shrink-0 min-[900px]:grid-cols-2">
        {[pair.a, pair.b].map((account) => (
          <div key={account.label}>
            <dt className="font-semibold text-stone-800">{account.label}</dt>
            <dd>{account.speaker}</dd>
            <dd className="text-stone-500">{account.source}</dd>
          </div>
        ))}
      </dl>
    </header>
  )
}
