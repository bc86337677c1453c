/** Saves a file through the browser's download, without a server: a Blob URL, revoked after. */
export function downloadBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on a later task: the download reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Saves text as a file (see downloadBlob). */
export function downloadFile(name: string, text: string, type = 'application/json') {
  downloadBlob(name, new Blob([text], { type }))
}
