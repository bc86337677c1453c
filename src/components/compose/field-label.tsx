/**
 * A field's visible name ("Label", "Source URL") with the account it belongs to in front for screen
 * readers, so the accessible name reads "First account label" while the eye sees only "Label".
 */
export function FieldLabel({ owner, field }: { owner: string; field: string }) {
  return (
    <>
      <span className="sr-only">{owner}</span>{' '}
      <span className="inline-block first-letter:uppercase">{field}</span>
    </>
  )
}
