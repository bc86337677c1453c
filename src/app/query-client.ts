import { QueryClient } from '@tanstack/react-query'

/**
 * The app's query client. Tests pass `retry: false` so a failed fetch shows its alert at once;
 * the app retries twice, since a flaky network should not cost the reader a click.
 */
export function createQueryClient({ retry = 2 }: { retry?: number | false } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A superseded comparison is no failure: retrying it would cancel the one that replaced it.
        retry: (failures, error) =>
          retry !== false && error.name !== 'AbortError' && failures < retry,
        refetchOnWindowFocus: false,
        // Never wait for the network: the analysis and link decoding run in this page, and the app's own
        // files (the built-in pair too) come from the service worker when offline. The default ('online')
        // pauses every query while the browser reports offline, so a Wi-Fi drop stopped local work.
        networkMode: 'always',
      },
    },
  })
}
