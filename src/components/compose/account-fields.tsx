import { useId, type ReactNode } from 'react'
import { ACCOUNT_NAMES, ACCOUNT_ORDINALS, DEFAULT_ACCOUNT_LABELS } from '../../lib/account-names'
import type { DraftAccount } from '../../lib/drafts'
import { httpUrl } from '../../core'
import { AccountTextBox } from './account-text-box'
import { FieldLabel } from './field-label'
import { FIELD } from '../ui/field'

interface AccountFieldsProps {
  /** The account's place: 0 for the first … 4 for the fifth; its boxes are named by it. */
  index: number
  account: DraftAccount
  /** Beside the account's heading: moving or removing it, when there are more than two. */
  tools?: ReactNode
  /** Applied to the account as stored when it runs: a file read finishes after other edits. */
  onChange: (recipe: (account: DraftAccount) => DraftAccount) => void
}

const inputClass = `w-full px-2.5 py-1.5 ${FIELD}`

/** File name without its extension, as a label for an account that has none yet. */
const labelFromFile = (name: string) => name.replace(/\.[^.]+$/, '').trim()

/** One account: its label, its text, and where and when it was published. */
export function AccountFields({ index, account, tools, onChange }: AccountFieldsProps) {
  const id = useId()
  const ordinal = ACCOUNT_ORDINALS[index]!
  const owner = ACCOUNT_NAMES[index]!
  const update = (patch: Partial<DraftAccount>) => onChange((stored) => ({ ...stored, ...patch }))
  const badUrl = account.source.trim() !== '' && !httpUrl(account.source)

  return (
    <div className="flex min-w-0 flex-col gap-3" data-account-index={index}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id={`${id}-title`} className="font-sans text-base font-semibold text-stone-900">
          {owner}
        </h2>
        {tools}
      </div>
      <div className="flex flex-col gap-1 font-sans text-sm">
        <label htmlFor={`${id}-label`} className="font-medium text-stone-700">
          <FieldLabel owner={owner} field="label" />
        </label>
        <input
          id={`${id}-label`}
          dir="auto"
          value={account.label}
          placeholder={DEFAULT_ACCOUNT_LABELS[index]}
          onChange={(event) => update({ label: event.target.value })}
          className={inputClass}
        />
      </div>
      <AccountTextBox
        id={`${id}-text`}
        labelId={`${id}-title`}
        ordinal={ordinal}
        text={account.text}
        onText={(text, fileName) =>
          onChange((stored) => ({
            ...stored,
            text,
            label: fileName && !stored.label.trim() ? labelFromFile(fileName) : stored.label,
          }))
        }
      />
      <div className="grid gap-3 font-sans text-sm min-[520px]:grid-cols-[minmax(0,1fr)_11rem]">
        <div className="flex flex-col gap-1">
          <span>
            <label htmlFor={`${id}-source`} className="font-medium text-stone-700">
              <FieldLabel owner={owner} field="source URL" />
            </label>{' '}
            <span className="font-normal text-stone-500">(optional)</span>
          </span>
          <input
            id={`${id}-source`}
            type="url"
            inputMode="url"
            value={account.source}
            placeholder="https://…"
            aria-describedby={badUrl ? `${id}-source-note` : undefined}
            onChange={(event) => update({ source: event.target.value })}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <span>
            <label htmlFor={`${id}-date`} className="font-medium text-stone-700">
              <FieldLabel owner={owner} field="date" />
            </label>{' '}
            <span className="font-normal text-stone-500">(optional)</span>
          </span>
          <input
            id={`${id}-date`}
            type="date"
            value={account.date}
            onChange={(event) => update({ date: event.target.value })}
            className={inputClass}
          />
        </div>
      </div>
      {badUrl && (
        <p id={`${id}-source-note`} className="font-sans text-sm text-stone-600">
          Only web addresses starting with http:// or https:// become links; this one will be shown
          as text.
        </p>
      )}
    </div>
  )
}
