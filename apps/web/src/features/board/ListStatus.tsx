import { FormError } from '../common/FormError.tsx';

/** Above a list the editor loads: why the last change failed, that it is loading, or what to do when empty. */
export function ListStatus({
  items,
  error,
  loading,
  empty,
}: {
  items: readonly unknown[] | null;
  error: string | null;
  loading: string;
  empty: string;
}) {
  return (
    <>
      <FormError message={error} />
      {items === null && !error ? <p className="muted">{loading}</p> : null}
      {items?.length === 0 ? <p className="muted">{empty}</p> : null}
    </>
  );
}
