/** The rule findings on each task, summarised for the badge on its row heading. */
import type { TaskId } from '../../../shared/domain/board';
import type { Finding, Severity } from '../../../shared/domain/rules/finding';

export interface RowFindings {
  /** The worst severity among the task's findings. */
  readonly severity: Severity;
  readonly count: number;
  /** The messages, one per line: the tooltip and the spoken description. */
  readonly text: string;
}

export function rowFindings(findingsByTask: ReadonlyMap<TaskId, readonly Finding[]>): ReadonlyMap<TaskId, RowFindings> {
  const summaries = new Map<TaskId, RowFindings>();
  for (const [taskId, findings] of findingsByTask) {
    if (findings.length === 0) continue;
    const severity: Severity = findings.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    // Errors first, so the tooltip leads with what must be fixed.
    const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
    summaries.set(taskId, { severity, count: findings.length, text: ordered.map((finding) => finding.message).join('\n') });
  }
  return summaries;
}
