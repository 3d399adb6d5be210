/** What the import changed or left out, for a person to check before confirming. */
export function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="import__warnings">
      <h3>Please check</h3>
      <ul>
        {[...new Set(warnings)].map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
