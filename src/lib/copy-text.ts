/**
 * Copies text to the clipboard. False when the browser refused (no permission, page not focused, an
 * insecure context): the caller then selects the text so the reader can copy it by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
