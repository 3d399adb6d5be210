import { type ReactNode, useId } from 'react';

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
  /** 2 for a message inside a page that has its own h1. */
  level?: 1 | 2;
  /** Read out at once: for failures. */
  alert?: boolean;
}) {
  const id = useId();
  const Heading = level === 1 ? 'h1' : 'h2';
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
