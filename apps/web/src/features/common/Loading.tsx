/**
 * What a page, section or dialog shows while its content loads: the words say what is loading,
 * and a polite live region lets a screen reader say so without moving focus.
 */
export function Loading({ children }: { children: string }) {
  return (
    <p className="loading" role="status">
      {children}
    </p>
  );
}
