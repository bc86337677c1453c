import type { Announcement } from './use-divergence-navigation'

/** The live region that says where a step through the divergences landed. */
export function PositionAnnouncer({ announcement }: { announcement: Announcement }) {
  return (
    <p role="status" className="sr-only">
      <span key={announcement.serial}>{announcement.text}</span>
    </p>
  )
}
