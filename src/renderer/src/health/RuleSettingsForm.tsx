import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { Command } from '../../../shared/domain/command';
import { RULE_IDS, type RuleId } from '../../../shared/domain/rules/finding';
import { RULE_DESCRIPTIONS } from '../../../shared/domain/rules/ruleDescriptions';
import { DEFAULT_RULE_SETTINGS, normalizeRuleSettings, type RuleSettings } from '../../../shared/domain/rules/ruleSettings';

type NumberSetting = 'maxResponsible' | 'maxConsultedInformed' | 'overloadShare' | 'overloadMinTasks' | 'everyTaskMinTasks';

interface Threshold {
  readonly key: NumberSetting;
  readonly rule: RuleId;
  readonly label: string;
  readonly percent?: boolean;
  readonly min: number;
  readonly max: number;
}

const THRESHOLDS: readonly Threshold[] = [
  { key: 'maxResponsible', rule: 'too-many-responsible', label: 'Most responsible roles per task', min: 1, max: 50 },
  { key: 'maxConsultedInformed', rule: 'too-many-consulted-informed', label: 'Most consulted or informed roles per task', min: 0, max: 100 },
  { key: 'overloadShare', rule: 'overloaded-role', label: 'Largest share of tasks one role is accountable for', percent: true, min: 1, max: 100 },
  { key: 'overloadMinTasks', rule: 'overloaded-role', label: 'Fewest tasks before overload is checked', min: 1, max: 10_000 },
  { key: 'everyTaskMinTasks', rule: 'role-on-every-task', label: 'Fewest tasks before “a role on every task” is checked', min: 1, max: 10_000 },
];

/** Per-board rule switches and thresholds; each change is one undoable command. */
export function RuleSettingsForm({ board, onChange }: { readonly board: Board; readonly onChange: (command: Command) => void }) {
  const settings = board.ruleSettings ?? DEFAULT_RULE_SETTINGS;
  const save = (next: Partial<RuleSettings>) =>
    onChange({ type: 'setRuleSettings', settings: normalizeRuleSettings({ ...settings, ...next }) });

  return (
    <form className="rule-settings" aria-label="Rule settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Rules to check</legend>
        {RULE_IDS.map((id) => (
          <label key={id} className="check-row" title={RULE_DESCRIPTIONS[id].explanation}>
            <input
              type="checkbox"
              checked={!settings.disabled.includes(id)}
              onChange={(event) =>
                save({ disabled: event.target.checked ? settings.disabled.filter((d) => d !== id) : [...settings.disabled, id] })
              }
            />
            {RULE_DESCRIPTIONS[id].title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Thresholds</legend>
        {THRESHOLDS.map((t) => (
          <ThresholdField
            key={t.key}
            threshold={t}
            value={t.percent ? Math.round(settings[t.key] * 100) : settings[t.key]}
            onCommit={(value) => save({ [t.key]: t.percent ? value / 100 : value })}
          />
        ))}
        <button type="button" className="btn btn-ghost" onClick={() => onChange({ type: 'setRuleSettings', settings: DEFAULT_RULE_SETTINGS })}>
          Restore defaults
        </button>
      </fieldset>
    </form>
  );
}

/**
 * A threshold box. Typing only changes what the box shows; the value is saved when it is committed
 * (Enter, leaving the box, a spin-button step: the input's native change event), so typing "12"
 * is one undo step, not two. A value out of range or not a whole number puts the saved one back.
 */
function ThresholdField({ threshold, value, onCommit }: { readonly threshold: Threshold; readonly value: number; readonly onCommit: (value: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** True from a keystroke or spin until that value is committed, so Enter then blur commits once. */
  const typed = useRef(false);
  const commitRef = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    commitRef.current = () => {
      if (!typed.current) return;
      typed.current = false;
      const text = inputRef.current?.value ?? '';
      setDraft(null);
      const next = Number(text);
      if (text.trim() === '' || !Number.isInteger(next) || next < threshold.min || next > threshold.max || next === value) return;
      onCommit(next);
    };
  });

  // React's onChange fires on every keystroke; the native change event is the committed value
  // (leaving the box, a spin-button step).
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onNativeChange = () => commitRef.current();
    input.addEventListener('change', onNativeChange);
    return () => input.removeEventListener('change', onNativeChange);
  }, []);

  return (
    <label className="number-row">
      <span>{threshold.label}</span>
      <input
        ref={inputRef}
        type="number"
        className="text-input"
        min={threshold.min}
        max={threshold.max}
        step={1}
        value={draft ?? String(value)}
        onChange={(event) => {
          typed.current = true;
          setDraft(event.target.value);
        }}
        onBlur={() => commitRef.current()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commitRef.current();
          } else if (event.key === 'Escape' && typed.current) {
            event.preventDefault();
            typed.current = false;
            setDraft(null);
          }
        }}
      />
      {threshold.percent ? <span aria-hidden="true">%</span> : <span aria-hidden="true" />}
    </label>
  );
}
