/**
 * Puts `text` where the caret is, as typing would. `insertText` keeps the browser's undo history and
 * fires the input event React listens to; where it is not supported, the value is spliced by hand.
 */
export function insertText(
  box: HTMLTextAreaElement,
  text: string,
  setValue: (value: string) => void,
): void {
  box.focus()
  if (execInsert(text)) return
  const { selectionStart, selectionEnd, value } = box
  setValue(value.slice(0, selectionStart) + text + value.slice(selectionEnd))
  const caret = selectionStart + text.length
  requestAnimationFrame(() => box.setSelectionRange(caret, caret))
}

function execInsert(text: string): boolean {
  try {
    return (
      typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)
    )
  } catch {
    return false
  }
}
