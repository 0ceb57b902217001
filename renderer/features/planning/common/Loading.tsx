// What a planning view shows for the moment its records are still being read, so it never
// flashes a wrong "never contacted" or an empty list first.

export function Loading({ what }: { what: string }) {
  return (
    <div className="planning-view">
      <p className="muted" role="status">
        Loading {what}…
      </p>
    </div>
  );
}
