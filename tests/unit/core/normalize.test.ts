import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/core/normalize'

describe('normalizeText', () => {
  it('turns CRLF into LF and maps offsets back', () => {
    const original = 'One.\r\nTwo.'
    const { text, toOriginal } = normalizeText(original)
    expect(text).toBe('One.\nTwo.')
    const at = text.indexOf('Two')
    expect(original.slice(toOriginal[at], toOriginal[at + 4])).toBe('Two.')
  })

  it('composes NFD text to NFC and keeps every offset on the original characters', () => {
    const original = 'Cafe\u0301 au lait, Zelenskyy\u0306.'
    const { text, toOriginal } = normalizeText(original)
    expect(text).toBe(original.normalize('NFC'))
    const at = text.indexOf('au')
    expect(original.slice(toOriginal[at], toOriginal[at + 2])).toBe('au')
    expect(toOriginal[text.length]).toBe(original.length)
  })
})
