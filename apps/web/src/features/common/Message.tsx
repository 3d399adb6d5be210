import { type ReactNode, useId } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4;

/** A page's (or a section's) whole content when there is nothing else to show: not found, could not load. */
export function Message({
  title,
  children,
  retry,
  level = 1,
  alert = false,
}: {
  title: string;
  children: ReactNode;
  retry?: () => void;
  /** The heading's level: 2 for a message inside a page that has its own h1, 3 inside a dialog, and so on. */
  level?: HeadingLevel;
  /** Read out at once: for failures. */
  alert?: boolean;
}) {
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <section className="message" role={alert ? 'alert' : undefined} aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      <p>{children}</p>
      {retry ? (
        <button type="button" className="button button--primary" onClick={retry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}
