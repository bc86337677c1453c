/**
 * What was wrong with the link or file just opened, and what still opened: one alert above the
 * comparison, so the reader knows what they are looking at. The first sentence is the main problem.
 */
export function LinkProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null
  const [main, ...rest] = problems
  return (
    <div role="alert" className="notice" data-tone="warn">
      <p className="font-semibold">{main}</p>
      {rest.map((problem, i) => (
        <p key={i}>{problem}</p>
      ))}
    </div>
  )
}
