// A text field that saves as the user types: it keeps its own draft (so the caret never jumps when
// the stored value comes back), commits after a short pause, and commits at once on blur or when
// it goes away, so nothing typed is lost. Left before the stored value has caught up with what was
// typed, it keeps showing what was typed rather than flashing the value it replaces.

import { useCallback, useEffect, useId, useRef, useState } from 'react';

const COMMIT_DELAY_MS = 300;

/** What a save says back: nothing, or whether the value landed (see onCommit). */
export type CommitResult = void | Promise<boolean>;

interface CommitTextFieldProps {
  label: string;
  value: string;
  /**
   * Saves the value. Returning whether it was saved lets the field hold what was typed until the
   * stored value catches up, and go back to the stored value if it was not saved; a field whose
   * onCommit returns nothing shows the stored value again as soon as it is left.
   */
  onCommit(value: string): CommitResult;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  /** Returns a message when the text cannot be saved; the field keeps it and says why. */
  validate?(value: string): string | null;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  /** For fields inside a table row: the label is read by screen readers but not shown. */
  hideLabel?: boolean;
}

export function CommitTextField(props: CommitTextFieldProps) {
  const {
    label,
    value,
    onCommit,
    multiline = false,
    placeholder,
    hint,
    validate,
    type = 'text',
    hideLabel = false,
  } = props;
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();
  const check = useRef(validate);
  const [focused, setFocused] = useState(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const commit = useRef(onCommit);
  const stored = useRef(value);
  // The stored value a commit is replacing, while the field waits for it to change.
  const [savingOver, setSavingOver] = useState<{ value: string } | null>(null);

  useEffect(() => {
    commit.current = onCommit;
    check.current = validate;
    stored.current = value;
  });

  // While the user is not typing here, show what is stored (another window may have changed it);
  // but a refused value stays beside its message until it is corrected, or the message would
  // describe a value the field no longer shows and what was typed would be lost. A value being
  // saved over is not shown again: it is about to be replaced by what the field already shows.
  useEffect(() => {
    if (focused || pending.current !== null || problem !== null) return;
    if (savingOver !== null && savingOver.value === value) return;
    setSavingOver(null);
    setDraft(value);
  }, [value, focused, problem, savingOver]);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    const saved = commit.current(waiting.text);
    if (!saved) return;
    const over = { value: stored.current };
    setSavingOver(over);
    const release = () => setSavingOver((current) => (current === over ? null : current));
    void saved.then((landed) => {
      if (!landed) release();
    }, release);
  }, []);

  useEffect(() => flush, [flush]);

  const change = (text: string) => {
    setDraft(text);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    const message = check.current?.(text) ?? null;
    setProblem(message);
    if (message === null) {
      pending.current = { text, timer: setTimeout(flush, COMMIT_DELAY_MS) };
    }
  };

  // A check can depend on other fields (an end cannot be before the start): when they change, a
  // refused value is checked again, and saved once it has become fine.
  useEffect(() => {
    if (problem !== null && (check.current?.(draft) ?? null) !== problem) change(draft);
  });

  const describedBy = [problem ? `${messageId}-problem` : '', hint ? `${messageId}-hint` : '']
    .filter(Boolean)
    .join(' ');
  const shared = {
    value: draft,
    placeholder,
    // Named by the label text alone: the hint and problem below sit inside the <label> too, and
    // would otherwise become part of the field's name. They are its description instead.
    'aria-labelledby': `${messageId}-label`,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onFocus: () => setFocused(true),
    onBlur: () => {
      flush();
      setFocused(false);
    },
  };

  return (
    <label className={hideLabel ? 'field field-inline' : 'field'}>
      <span id={`${messageId}-label`} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </span>
      {multiline ? <textarea rows={3} {...shared} /> : <input type={type} {...shared} />}
      {problem && (
        <small id={`${messageId}-problem`} className="field-problem">
          {problem}
        </small>
      )}
      {hint && (
        <small id={`${messageId}-hint`} className="muted">
          {hint}
        </small>
      )}
    </label>
  );
}
