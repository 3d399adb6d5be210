import { FormError } from '../common/FormError.tsx';
import { Loading } from '../common/Loading.tsx';

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
      {items === null && !error ? <Loading>{loading}</Loading> : null}
      {items?.length === 0 ? <p className="muted">{empty}</p> : null}
    </>
  );
}
