// TEMPORARY placeholder while the real lexicon loader is written.
export function listTopics(): { id: string; label: string }[] {
  return [{ id: 'ukraine', label: 'Ukraine — progress' }]
}
export function topicLabel(id: string): string {
  return listTopics().find((t) => t.id === id)?.label ?? id
}
