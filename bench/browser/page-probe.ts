/**
 * Runs inside the app page (passed to page.evaluate, so self-contained): records long tasks and long
 * animation frames, the moment of the click on Compare, and the first frame where the comparison is
 * shown — passages with data-alignment on screen and no loading indicator left.
 */
export interface ProbeEntry {
  start: number
  duration: number
}

/** An Event Timing entry: which event, when, and how long until the next paint. */
export interface ProbeEvent extends ProbeEntry {
  name: string
}

export interface ProbeState {
  tasks: ProbeEntry[]
  /** Null where 'long-animation-frame' is not supported. */
  frames: ProbeEntry[] | null
  /** Input events slower than 16 ms to paint (Event Timing); null where unsupported. */
  events: ProbeEvent[] | null
  clickAt: number | null
  shownAt: number | null
  passages: number
  approximate: boolean
}

declare global {
  interface Window {
    parallaxProbe?: ProbeState
  }
}

export function installProbe(): void {
  const state: ProbeState = {
    tasks: [],
    frames: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? [] : null,
    events: PerformanceObserver.supportedEntryTypes.includes('event') ? [] : null,
    clickAt: null,
    shownAt: null,
    passages: 0,
    approximate: false,
  }
  window.parallaxProbe = state
  const record = (into: ProbeEntry[]) => (list: PerformanceObserverEntryList) => {
    for (const e of list.getEntries()) into.push({ start: e.startTime, duration: e.duration })
  }
  new PerformanceObserver(record(state.tasks)).observe({ type: 'longtask' })
  if (state.frames) {
    new PerformanceObserver(record(state.frames)).observe({ type: 'long-animation-frame' })
  }
  if (state.events) {
    const events = state.events
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        events.push({ name: e.name, start: e.startTime, duration: e.duration })
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  }

  // The status line says "Comparing…" (and a progress bar appears) while the worker runs.
  const loading = () =>
    document.querySelector('[role="progressbar"]') !== null ||
    [...document.querySelectorAll('[role="status"]')].some((el) =>
      /^(comparing|loading|analy[sz]ing)|…$/i.test((el.textContent ?? '').trim()),
    )
  const watch = () => {
    const passages = document.querySelectorAll('[data-alignment]').length
    if (passages > 0 && !loading()) {
      state.shownAt = performance.now()
      state.passages = passages
      state.approximate = /approximate/i.test(document.body.textContent ?? '')
    } else {
      requestAnimationFrame(watch)
    }
  }
  // Capture phase: the timestamp is taken before any of the app's own handlers run.
  document.addEventListener(
    'click',
    () => {
      state.clickAt = performance.now()
      requestAnimationFrame(watch)
    },
    { capture: true, once: true },
  )
}
