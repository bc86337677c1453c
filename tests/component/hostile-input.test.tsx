import { waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import { compareAccounts } from '../../src/core'
import type { AccountPair } from '../../src/data/pair'
import hostile from '../fixtures/hostile-inputs.json'
import { renderWithProviders } from './fixtures'

// A lone surrogate cannot live in a JSON file the bundler reads, so it is added here.
const payloads: string[] = [...hostile.payloads, '\ud800 lone surrogate']

// Elements the app never renders itself: if one appears, markup from a text got through.
const FOREIGN =
  'script, iframe, img, svg, math, object, embed, form, style, link, meta, base, video, audio, template'

function pairOf(payload: string, k: number): AccountPair {
  return {
    id: `hostile-${k}@1`,
    title: `Hostile input ${k}`,
    summary: 'Written for tests.',
    a: {
      label: `A ${payload.slice(0, 40)}`,
      speaker: '',
      source: payload.slice(0, 200),
      url: payload,
      text: `The talks went on. ${payload}\nThe ministers met in Geneva.`,
    },
    b: {
      label: `B ${payload.slice(0, 40)}`,
      speaker: '',
      source: '',
      url: 'https://example.org/readout',
      text: `The ministers met in Geneva. ${payload} No progress was made.`,
    },
  }
}

beforeEach(() => {
  window.alert = vi.fn()
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => vi.restoreAllMocks())

describe(`${payloads.length} hostile inputs as account text, labels and source URLs`, () => {
  it('has at least 100 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100)
  })

  it.each(payloads.map((p, k) => [k, p] as const))(
    'payload %i shows as text and runs nothing',
    async (k, payload) => {
      const pair = pairOf(payload, k)
      const { container } = renderWithProviders(<ComparisonView pair={pair} />, compareAccounts)
      await waitFor(() => expect(container.querySelector('[data-alignment]')).not.toBeNull())
      expect(container.querySelector(FOREIGN)).toBeNull()
      for (const el of container.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false)
        }
      }
      for (const a of container.querySelectorAll('a[href]')) {
        expect(a.getAttribute('href')).toMatch(/^(https?:|#)/)
      }
      expect(window.alert).not.toHaveBeenCalled()
      // The payload is there, as characters (whitespace may be normalized in display).
      const visible = (container.textContent ?? '').replace(/\s+/g, ' ')
      const probe = payload.replace(/\s+/g, ' ').trim().slice(0, 30)
      if (
        probe &&
        !/[\r\ud800-\udfff]/.test(payload) &&
        !payload.includes(String.fromCharCode(0))
      ) {
        expect(visible).toContain(probe)
      }
    },
  )
})
