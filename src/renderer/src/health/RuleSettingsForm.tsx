import type { Board } from '../../../shared/domain/board';
import type { Command } from '../../../shared/domain/command';
import { RULE_IDS, type RuleId } from '../../../shared/domain/rules/finding';
import { RULE_DESCRIPTIONS } from '../../../shared/domain/rules/ruleDescriptions';
import { DEFAULT_RULE_SETTINGS, normalizeRuleSettings, type RuleSettings } from '../../../shared/domain/rules/ruleSettings';

type NumberSetting = 'maxResponsible' | 'maxConsultedInformed' | 'overloadShare';

const THRESHOLDS: readonly { key: NumberSetting; rule: RuleId; label: string; percent?: boolean; min: number; max: number }[] = [
  { key: 'maxResponsible', rule: 'too-many-responsible', label: 'Most responsible roles per task', min: 1, max: 50 },
  { key: 'maxConsultedInformed', rule: 'too-many-consulted-informed', label: 'Most consulted or informed roles per task', min: 0, max: 100 },
  { key: 'overloadShare', rule: 'overloaded-role', label: 'Largest share of tasks one role is accountable for', percent: true, min: 1, max: 100 },
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
          <label key={t.key} className="number-row">
            <span>{t.label}</span>
            <input
              type="number"
              className="text-input"
              min={t.min}
              max={t.max}
              value={t.percent ? Math.round(settings[t.key] * 100) : settings[t.key]}
              onChange={(event) => {
                const value = Number(event.target.value);
                if (!Number.isFinite(value) || event.target.value === '') return;
                save({ [t.key]: t.percent ? value / 100 : value });
              }}
            />
            {t.percent && <span aria-hidden="true">%</span>}
          </label>
        ))}
        <button type="button" className="btn btn-ghost" onClick={() => onChange({ type: 'setRuleSettings', settings: DEFAULT_RULE_SETTINGS })}>
          Restore defaults
        </button>
      </fieldset>
    </form>
  );
}
