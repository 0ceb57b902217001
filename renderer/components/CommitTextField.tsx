// A text field that saves as the user types: it keeps its own draft (so the caret never jumps when
// the stored value comes back), commits after a short pause, and commits at once on blur or when
// it goes away, so nothing typed is lost.

import { useCallback, useEffect, useRef, useState } from 'react';

const COMMIT_DELAY_MS = 300;

interface CommitTextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
}

export function CommitTextField(props: CommitTextFieldProps) {
  const { label, value, onCommit, multiline = false, placeholder, hint } = props;
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const commit = useRef(onCommit);

  useEffect(() => {
    commit.current = onCommit;
  });

  // While the user is not typing here, show what is stored (another window may have changed it).
  useEffect(() => {
    if (!focused && pending.current === null) setDraft(value);
  }, [value, focused]);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    commit.current(waiting.text);
  }, []);

  useEffect(() => flush, [flush]);

  const change = (text: string) => {
    setDraft(text);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { text, timer: setTimeout(flush, COMMIT_DELAY_MS) };
  };

  const shared = {
    value: draft,
    placeholder,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onFocus: () => setFocused(true),
    onBlur: () => {
      flush();
      setFocused(false);
    },
  };

  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />}
      {hint && <small className="muted">{hint}</small>}
    </label>
  );
}
