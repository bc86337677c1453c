/**
 * Typed access to the platform globals the link codec needs.
 *
 * CompressionStream, DecompressionStream, TextEncoder, TextDecoder and URL exist in every browser, in
 * workers and in Node 20, but they belong to the DOM and Node type libraries, which the core's tsconfig
 * deliberately leaves out (so the core can never reach for `document`). A global `declare` here would clash
 * with lib.dom where the app's tsconfig includes this folder, so instead this module describes only the
 * members we use and reads them from `globalThis`.
 */

export interface StreamReader<T> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: T }>
  cancel(reason?: unknown): Promise<void>
}

export interface StreamWriter<T> {
  write(chunk: T): Promise<void>
  close(): Promise<void>
}

/** The readable/writable pair of a (de)compression transform. */
export interface ByteTransform {
  readonly readable: { getReader(): StreamReader<Uint8Array> }
  readonly writable: { getWriter(): StreamWriter<Uint8Array> }
}

interface PlatformUrl {
  protocol: string
  hash: string
  readonly href: string
}

interface Platform {
  CompressionStream?: new (format: 'deflate-raw') => ByteTransform
  DecompressionStream?: new (format: 'deflate-raw') => ByteTransform
  TextEncoder: new () => { encode(text: string): Uint8Array }
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean },
  ) => { decode(bytes: Uint8Array): string }
  URL: new (url: string) => PlatformUrl
}

export const platform = globalThis as unknown as Platform
