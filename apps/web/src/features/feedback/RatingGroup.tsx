/**
 * Radios for a 1–5 rating in a fieldset whose legend is the question: screen readers announce the
 * question with each choice, and arrow keys move between the choices.
 */
export function RatingGroup({
  legend,
  name,
  value,
  onChange,
  words,
  error,
  errorId,
  compact = false,
}: {
  legend: string;
  name: string;
  value: number | null;
  onChange: (value: number) => void;
  words: readonly string[];
  error: string | undefined;
  errorId: string | undefined;
  compact?: boolean;
}) {
  return (
    <fieldset
      className={`radio-group rating${error ? ' field--invalid' : ''}${compact ? ' rating--compact' : ''}`}
      aria-describedby={errorId}
    >
      <legend className="field__label">{legend}</legend>
      <div className="rating__choices">
        {words.map((word, i) => {
          const score = i + 1;
          return (
            <label key={word} className="radio">
              <input
                type="radio"
                name={name}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                data-field={i === 0 ? name : undefined}
                aria-invalid={error ? true : undefined}
              />
              {score} – {word}
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
