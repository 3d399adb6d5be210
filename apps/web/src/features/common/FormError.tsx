/** The message on top of a form that says why it was refused; read out at once (role alert). */
export function FormError({ message, id }: { message: string | null; id?: string }) {
  return message ? (
    <p id={id} className="form__error" role="alert">
      {message}
    </p>
  ) : null;
}
