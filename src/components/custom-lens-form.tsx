import { useId, useState, type FormEvent } from 'react'
import { parseKeywords } from '../lib/parse-keywords'
import { Button } from './ui/button'
import { FIELD } from './ui/field'

interface CustomLensFormProps {
  /** The keywords of the lens now in use, if it is a custom one. */
  initial: string[]
  onApply: (keywords: string[]) => void
}

/** The reader's own lens: words or phrases, comma-separated; passages with any of them form the topic. */
export function CustomLensForm({ initial, onApply }: CustomLensFormProps) {
  const id = useId()
  const [text, setText] = useState(initial.join(', '))
  const [error, setError] = useState('')

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const keywords = parseKeywords(text)
    if (keywords.length === 0) setError('Type at least one keyword; separate several with commas.')
    else {
      setError('')
      onApply(keywords)
    }
  }

  return (
    <form onSubmit={apply} className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <label htmlFor={id} className="text-stone-700">
        <span className="sr-only">Custom lens</span>{' '}
        <span className="inline-block first-letter:uppercase">keywords</span>
      </label>
      <input
        id={id}
        dir="auto"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="e.g. grain, Black Sea, ports"
        aria-describedby={error ? `${id}-error` : undefined}
        autoFocus
        className={`w-56 px-2 py-1 ${FIELD}`}
      />
      <Button type="submit" size="sm">
        Apply
      </Button>
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-xs text-amber-900">
          {error}
        </p>
      )}
    </form>
  )
}
