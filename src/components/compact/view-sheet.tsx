import type { ReactNode } from 'react'
import type { Comparison } from '../../core'
import { AlignmentLegend } from '../alignment-legend'
import { LayoutControls } from '../layout/layout-controls'
import { FilterControls } from '../navigation/filter-controls'
import type { Filters } from '../navigation/passage-filters'
import { ThemeSelect } from '../theme/theme-select'
import { Sheet } from './sheet'

interface ViewSheetProps {
  passages: Comparison['segments']
  filters: Filters
  onFilterChange: (name: keyof Filters, on: boolean) => void
  onClose: () => void
  /** "Download report", "Embed": what takes the comparison elsewhere. */
  actions: ReactNode
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{title}</h3>
      {children}
    </section>
  )
}

/** The phone's View menu: how the accounts are laid out and filtered, the theme, what the marks mean,
 * and the report. */
export function ViewSheet({ passages, filters, onFilterChange, onClose, actions }: ViewSheetProps) {
  return (
    <Sheet title="View" onClose={onClose}>
      <Section title="Layout">
        <LayoutControls syncScrollEverywhere />
      </Section>
      <Section title="Filters">
        <FilterControls filters={filters} onFilterChange={onFilterChange} />
      </Section>
      <Section title="What the marks mean">
        <AlignmentLegend passages={passages} />
      </Section>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-stone-200 pt-3">
        <ThemeSelect />
        {actions}
      </div>
    </Sheet>
  )
}
