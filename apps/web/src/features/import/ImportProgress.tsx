/** What a long import is doing now; share null: under way, no measure (the server is working). */
export interface Progress {
  label: string;
  share: number | null;
}

/** A progress bar with its words beside it, announced politely as it changes step. */
export function ImportProgress({ progress }: { progress: Progress | null }) {
  if (!progress) return null;
  const percent = progress.share === null ? null : Math.round(progress.share * 100);
  return (
    <div className="import__progress" role="status">
      <span>
        {progress.label}
        {percent === null ? '' : ` ${percent}%`}
      </span>
      {percent === null ? (
        <progress aria-label={progress.label} />
      ) : (
        <progress aria-label={progress.label} max={100} value={percent} />
      )}
    </div>
  );
}
