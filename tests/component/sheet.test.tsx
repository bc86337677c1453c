import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Sheet } from '../../src/components/compact/sheet'

describe('Sheet', () => {
  it('sets its own type, not the small capitals of the masthead it is opened from', () => {
    // "Embed" opens its dialog from inside the masthead's row, which is uppercase and letter-spaced.
    render(
      <div className="font-semibold tracking-[0.14em] text-sky-800 uppercase">
        <Sheet title="Embed this comparison" onClose={() => {}}>
          <p>Paste this code into a web page.</p>
        </Sheet>
      </div>,
    )
    const dialog = screen.getByRole('dialog', { name: 'Embed this comparison', hidden: true })
    expect(dialog).toHaveClass('normal-case', 'tracking-normal', 'font-normal', 'text-stone-900')
  })
})
