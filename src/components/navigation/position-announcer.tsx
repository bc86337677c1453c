import type { Announcement } from './use-step-navigation'

/** The live region that says where a step through the divergences (or a set's claims) landed. */
export function PositionAnnouncer({ announcement }: { announcement: Announcement }) {
  return (
    <p role="status" className="sr-only">
      <span key={announcement.serial}>{announcement.text}</span>
    </p>
  )
}
