import { describe, expect, it } from 'vitest';
import { parseCsvImport, type CsvImportOptions, type CsvImportPreview } from '../../../../src/shared/codecs/parseCsvImport';
import { formatLetters } from '../../../../src/shared/domain/letterSet';
import { readFixture } from './readFixture';

function preview(text: string, options?: CsvImportOptions): CsvImportPreview {
  const result = parseCsvImport(text, options);
  if (!result.ok) throw new Error(`Expected a preview, got: ${result.error}`);
  return result.value;
}

function refused(text: string, options?: CsvImportOptions): string {
  const result = parseCsvImport(text, options);
  if (result.ok) throw new Error('Expected the file to be refused');
  return result.error;
}

/** "Task / Role: R/A" for every assignment, in the order found. */
function letters(p: CsvImportPreview): string[] {
  return p.assignments.map((a) => `${p.tasks[a.task]?.title} / ${p.roles[a.role]}: ${formatLetters(a.letters)}`);
}

function problems(p: CsvImportPreview): string[] {
  return p.problems.map((problem) => `${problem.line} ${problem.severity}: ${problem.message}`);
}

describe('parseCsvImport', () => {
  describe('matrix files', () => {
    it('reads letters written as A/R, "A, R", AR, R A and in lower case', () => {
      const p = preview(readFixture('matrix-comma.csv'));
      expect(p.shape).toBe('matrix');
      expect(p.delimiter).toBe(',');
      expect(p.roles).toEqual(['Product manager', 'Project manager', 'Engineering lead']);
      expect(p.groups).toEqual(['Strategy', 'Delivery']);
      expect(p.tasks).toEqual([
        { title: 'Define the vision', group: 'Strategy' },
        { title: 'Set the budget', group: 'Strategy' },
        { title: 'Plan the sprints', group: 'Delivery' },
        { title: 'Run the retro', group: 'Delivery' },
      ]);
      expect(letters(p)).toEqual([
        'Define the vision / Product manager: R/A',
        'Define the vision / Project manager: I',
        'Set the budget / Product manager: C',
        'Set the budget / Project manager: R/A',
        'Set the budget / Engineering lead: I',
        'Plan the sprints / Project manager: R/A',
        'Plan the sprints / Engineering lead: R/C',
        'Run the retro / Product manager: I',
        'Run the retro / Project manager: R/A',
      ]);
      expect(problems(p)).toEqual(['6 warning: "X" under "Engineering lead" is not a RACI letter (R, A, C or I), so it was ignored.']);
    });

    it('reads a spreadsheet export with a byte-order mark, semicolons, CRLF and a quoted line break', () => {
      const text = readFixture('matrix-excel-semicolon.csv');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('\r\n');
      const p = preview(text);
      expect(p.delimiter).toBe(';');
      expect(p.shape).toBe('matrix');
      expect(p.roles).toEqual(['Chef de produit', 'Chef de projet']);
      expect(p.tasks.map((t) => t.title)).toEqual(['Définir la\nfeuille de route', 'Gérer le budget', 'Préparer la "démo"']);
      expect(p.groups).toEqual(['Stratégie', 'Exécution']);
      expect(letters(p)).toContain('Gérer le budget / Project manager: R/A'.replace('Project manager', 'Chef de projet'));
      expect(p.problems).toEqual([]);
    });

    it('reads a tab-separated matrix whose top-left heading is blank', () => {
      const p = preview(readFixture('matrix-blank-corner.tsv'));
      expect(p.delimiter).toBe('\t');
      expect(p.shape).toBe('matrix');
      expect(p.tasks.map((t) => t.title)).toEqual(['Vision', 'Schedule']);
      expect(letters(p)).toEqual(['Vision / Product manager: R/A', 'Schedule / Project manager: R/A']);
    });

    it('keeps Japanese, Arabic, emoji and accents intact', () => {
      const p = preview(readFixture('unicode.csv'));
      expect(p.roles).toEqual(['プロダクトマネージャー', 'مدير المشروع', '🚀 Launch crew']);
      expect(p.tasks).toEqual([
        { title: 'ロードマップを決める', group: '計画' },
        { title: 'تحديد الميزانية', group: 'التخطيط' },
        { title: 'Ship it 🚢', group: 'Café' },
      ]);
      expect(letters(p)).toContain('Ship it 🚢 / 🚀 Launch crew: A');
    });

    it('reports duplicate tasks and roles, a row without a task, an unknown letter and two accountable roles', () => {
      const p = preview(readFixture('problems.csv'));
      expect(p.roles).toEqual(['Product manager', 'Project manager']);
      // A row is a task: two rows with one title are two tasks, each with its own letters.
      expect(p.tasks.map((t) => t.title)).toEqual(['Budget', 'Budget', 'Vision']);
      expect(letters(p)).toEqual(['Budget / Product manager: A', 'Budget / Project manager: A', 'Budget / Project manager: R', 'Vision / Product manager: R/A/I']);
      expect(p.assignments.map((a) => a.task)).toEqual([0, 0, 1, 2]);
      expect(problems(p)).toEqual([
        '1 warning: The role "product manager" appears more than once; its letters were combined.',
        '2 warning: Task "Budget" has more than one accountable role ("Product manager" and "Project manager"); both were kept, and the rule check will offer a fix.',
        '3 warning: The task "Budget" is also on line 2; both rows were kept, as two tasks with the same title.',
        '4 warning: This row has no task name, so it was not imported.',
        '5 warning: "X" under "Product manager" is not a RACI letter (R, A, C or I), so it was ignored.',
      ]);
    });

    it('treats tasks with the same title in different groups as different tasks', () => {
      const p = preview('Task,Phase,PM\nReview,One,A\nReview,Two,R\n');
      expect(p.tasks).toEqual([
        { title: 'Review', group: 'One' },
        { title: 'Review', group: 'Two' },
      ]);
      expect(p.problems).toEqual([]);
    });

    it('leaves out columns such as ID and Notes, and says so', () => {
      const p = preview('ID,Task,Notes,PM\n1,Budget,money,A\n');
      expect(p.roles).toEqual(['PM']);
      expect(problems(p)).toEqual(['1 warning: The column "ID" has no place on a board and was not imported.', '1 warning: The column "Notes" has no place on a board and was not imported.']);
    });

    it('removes the apostrophe that guards a formula-like title', () => {
      const p = preview("Task,PM\n'=1+1,A\n'-2,R\n'plain,C\n");
      expect(p.tasks.map((t) => t.title)).toEqual(['=1+1', '-2', "'plain"]);
    });
  });

  describe('letter-column files', () => {
    it('reads role names separated by semicolons, commas, slashes and "and"', () => {
      const p = preview(readFixture('letter-columns.csv'));
      expect(p.shape).toBe('letter-columns');
      expect(p.roles).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Eve', 'Frank', 'Grace']);
      expect(letters(p)).toEqual([
        'Launch plan / Alice: R',
        'Launch plan / Bob: R',
        'Launch plan / Carol: A',
        'Launch plan / Dan: C',
        'Launch plan / Eve: C',
        'Launch plan / Frank: I',
        'Launch plan / Grace: I',
        'Pricing page / Bob: R',
        'Pricing page / Alice: A',
        'Pricing page / Carol: I',
        'Pricing page / Dan: I',
      ]);
      expect(p.problems).toEqual([]);
    });

    it('keeps two rows with the same title as two tasks and names the line of the first', () => {
      const p = preview('Task,Responsible,Accountable\nBudget,Alice,Bob\nVision,Bob,Alice\nBudget,Carol,Alice\n');
      expect(p.tasks.map((t) => t.title)).toEqual(['Budget', 'Vision', 'Budget']);
      expect(letters(p)).toEqual(['Budget / Alice: R', 'Budget / Bob: A', 'Vision / Bob: R', 'Vision / Alice: A', 'Budget / Carol: R', 'Budget / Alice: A']);
      expect(problems(p)).toEqual(['4 warning: The task "Budget" is also on line 2; both rows were kept, as two tasks with the same title.']);
    });

    it('combines the letters one role holds across columns and ignores the case of its name', () => {
      const p = preview('Task,Responsible,Accountable\nBudget,alice,Alice\n');
      expect(p.roles).toEqual(['alice']);
      expect(letters(p)).toEqual(['Budget / alice: R/A']);
      expect(problems(p)).toEqual(['2 warning: "Alice" was read as the same role as "alice".']);
    });
  });

  describe('long files', () => {
    it('reads one row per assignment with groups', () => {
      const p = preview(readFixture('long.csv'));
      expect(p.shape).toBe('long');
      expect(p.tasks).toEqual([
        { title: 'Roadmap', group: 'Plan' },
        { title: 'Release notes', group: 'Ship' },
      ]);
      expect(p.roles).toEqual(['Product manager', 'Project manager', 'Support']);
      expect(letters(p)).toEqual([
        'Roadmap / Product manager: R/A',
        'Roadmap / Project manager: C',
        'Release notes / Project manager: A',
        'Release notes / Product manager: I',
        'Release notes / Support: I',
      ]);
      expect(p.problems).toEqual([]);
    });

    it('reads the rows of one title as one task, since here one task spans rows', () => {
      const p = preview('Task,Role,Letter\nBudget,PM,A\nVision,PM,R\nBudget,Eng,R\n');
      expect(p.tasks.map((t) => t.title)).toEqual(['Budget', 'Vision']);
      expect(letters(p)).toEqual(['Budget / PM: A', 'Vision / PM: R', 'Budget / Eng: R']);
      expect(p.problems).toEqual([]);
    });

    it('combines repeated rows for the same task and role', () => {
      const p = preview('Task,Role,Letter\nBudget,PM,R\nBudget,PM,A\n');
      expect(letters(p)).toEqual(['Budget / PM: R/A']);
      expect(p.problems).toEqual([]);
    });

    it('reports rows with letters but no role, a role without a letter, and unknown letters', () => {
      const p = preview('Task,Role,Letter\nBudget,,R\nBudget,PM,\nBudget,Eng,Z\n');
      expect(p.roles).toEqual(['PM', 'Eng']);
      expect(problems(p)).toEqual([
        '2 warning: This row has letters but no role, so its letters were not imported.',
        '3 warning: This row gives no letter for "PM"; the role was added without one.',
        '4 warning: "Z" is not a RACI letter (R, A, C or I), so it was ignored.',
      ]);
    });
  });

  describe('headings', () => {
    it.each([
      ['Activity', 'Role', 'RACI'],
      ['TASK', 'Person', 'Letter'],
      ['Deliverable', 'Stakeholder', 'Assignment'],
      ['Step', 'Owner', 'raci'],
      ['Work item', 'role', 'letters'],
      [' work  ITEM ', ' Stake holder ', ' R A C I '],
    ])('recognises %s / %s / %s as a long file', (task, role, letter) => {
      const p = preview(`${task},${role},${letter}\nBudget,PM,A\n`);
      expect(p.shape).toBe('long');
      expect(letters(p)).toEqual(['Budget / PM: A']);
    });

    it('reads columns headed like other columns but holding only letters as roles, as in exports without the Keep mine column', () => {
      const notes = preview('Task,Group,Notes,Phase,ID,Title\nBudget,Plan,R,A,-,C\nVision,,,I,C/I,\n');
      expect([notes.shape, notes.roles, notes.problems]).toEqual(['matrix', ['Notes', 'Phase', 'ID', 'Title'], []]);
      expect(letters(notes)).toEqual(['Budget / Notes: R', 'Budget / Phase: A', 'Budget / Title: C', 'Vision / Phase: I', 'Vision / ID: C/I']);
      const letterWords = preview('Task,Responsible,Accountable\nBudget,R,A\nVision,A/R,\n');
      expect([letterWords.shape, letterWords.roles]).toEqual(['matrix', ['Responsible', 'Accountable']]);
      const assignmentWords = preview('Task,Owner,RACI\nBudget,A,R\n');
      expect([assignmentWords.shape, letters(assignmentWords)]).toEqual(['matrix', ['Budget / Owner: A', 'Budget / RACI: R']]);
    });

    it('reads a Keep mine column holding letters as a lane, as in an export without that column whose first lane is so named', () => {
      const p = preview('Task,Group,Keep mine,PM\nBudget,,R/A,C\n');
      expect([p.roles, letters(p), p.tasks]).toEqual([['Keep mine', 'PM'], ['Budget / Keep mine: R/A', 'Budget / PM: C'], [{ title: 'Budget' }]]);
    });

    it('still reads those headings by their words when their cells hold names or text', () => {
      // "CI" could be letters, but the Responsible column holds names, so every letter heading is read as such.
      const team = preview('Task,Responsible,Informed\nBudget,Alice,CI\n');
      expect([team.shape, letters(team)]).toEqual(['letter-columns', ['Budget / Alice: R', 'Budget / CI: I']]);
      expect(preview('Task,Owner,RACI\nBudget,Alice,R\n').shape).toBe('long');
      expect(preview('Task,Notes,PM\nBudget,R and then some,A\n').roles).toEqual(['PM']);
    });

    it('finds the heading row below a title line and says the title was skipped', () => {
      const p = preview('RACI chart for Apollo\n\nTask,PM\nBudget,A\n');
      expect(letters(p)).toEqual(['Budget / PM: A']);
      expect(problems(p)).toEqual(['3 warning: The heading row was found on line 3; the lines above it were not imported.']);
    });
  });

  describe('"Keep mine" column', () => {
    it('reads marks and notes in the app\'s own export and in other files, however the mark is written', () => {
      const own = preview('Task,Group,Keep mine,PM\nBudget,,Yes,A\nVision,,"Yes: We own it, see ""memo""",R\nRoadmap,,,C\n');
      expect(own.tasks).toStrictEqual([{ title: 'Budget', keepMine: { note: '' } }, { title: 'Vision', keepMine: { note: 'We own it, see "memo"' } }, { title: 'Roadmap' }]);
      const other = preview('Task,Role,RACI,Keep mine\nBudget,PM,A,x\nBudget,Eng,R,\nVision,PM,A,Because finance\nRoadmap,PM,A,no\n');
      expect(other.tasks.map((t) => t.keepMine)).toEqual([{ note: '' }, { note: 'Because finance' }, undefined]);
      expect(other.problems).toEqual([]);
    });

    it('shortens an over-long note and reports a second, different note for a task', () => {
      const p = preview(`Task,Role,RACI,Keep mine\nBudget,PM,A,Yes: ${'n'.repeat(600)}\nBudget,Eng,R,Yes: other\n`);
      expect([...(p.tasks[0]?.keepMine?.note ?? '')]).toHaveLength(500);
      expect(problems(p)).toEqual([
        '2 warning: This row\'s "Keep mine" note is longer than 500 characters; it was shortened.',
        '3 warning: The task "Budget" already has a different "Keep mine" note on line 2; the one on this line was ignored.',
      ]);
    });
  });

  describe('line numbers', () => {
    it('counts lines as a text editor shows them, across quoted line breaks, blank lines and CRLF', () => {
      const text = 'Task,PM\r\n"Two\r\nline title",X\r\n\r\n"Three\nline\ntitle",Y\r\nBudget,Q\r\n';
      expect(preview(text).problems.map((p) => p.line)).toEqual([2, 5, 8]);
    });

    it('reports a quote that is never closed on the line it opens', () => {
      const p = preview('Task,PM\nBudget,A\n"Broken,R\nMore,A\n');
      expect(p.problems.map((problem) => problem.line)).toContain(3);
      expect(problems(p).join('\n')).toMatch(/never closed/);
    });
  });

  describe('refusals', () => {
    it('refuses an empty file', () => {
      expect(refused('')).toMatch(/empty/);
      expect(refused('\uFEFF \r\n\r\n')).toMatch(/empty/);
    });

    it('refuses a file without a recognisable heading row', () => {
      expect(refused('apples,pears\n1,2\n')).toMatch(/No task column/);
    });

    it('refuses binary data', () => {
      expect(refused('T\u0000a\u0000s\u0000k\u0000,\u0000P\u0000M\u0000')).toMatch(/binary/);
      expect(refused(String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 7) % 32)))).toMatch(/not look like text|binary/);
    });

    it('accepts the app\'s own export of a board with no lanes and no tasks', () => {
      const p = preview('\uFEFFTask,Group,Keep mine\r\n');
      expect([p.tasks, p.roles, p.problems]).toEqual([[], [], []]);
    });

    it('refuses a heading with nothing under it and no roles', () => {
      expect(refused('Task\n\n')).toMatch(/No tasks or roles/);
    });

    it('refuses a file over the size limit, naming the limit', () => {
      expect(refused(`Task,PM\n${'Budget,A\n'.repeat(200)}`, { maxBytes: 1024 })).toMatch(/too large.*The limit is 1 KB/);
    });
  });

  describe('limits', () => {
    it('reports too many tasks as an error', () => {
      const p = preview(`Task,PM\n${Array.from({ length: 12 }, (_, i) => `Task ${i},A`).join('\n')}`, { maxTasks: 10 });
      expect(p.tasks).toHaveLength(10);
      expect(p.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([
        'The file has more than 10 tasks, more than a board can hold; split it into several files.',
      ]);
    });

    it('reports too many roles as an error, quickly even for a very wide heading', () => {
      const started = performance.now();
      const p = preview(`Task,${Array.from({ length: 100_000 }, (_, i) => `Role ${i}`).join(',')}\nBudget,A\n`);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(p.roles).toHaveLength(200);
      expect(p.problems.some((problem) => problem.severity === 'error' && problem.message.includes('more than 200 roles'))).toBe(true);
    });

    it('lists at most the given number of problems and counts the rest', () => {
      const p = preview(`Task,PM\n${Array.from({ length: 30 }, (_, i) => `Task ${i},X`).join('\n')}`, { maxProblems: 5 });
      expect(p.problems).toHaveLength(6);
      expect(p.problems[5]?.message).toBe('25 more problems are not listed here.');
    });

    it('reads a 10,000-assignment long file in well under a second', () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => `"Task ${Math.floor(i / 5)}",Phase ${i % 7},Role ${i % 5},${'RACI'[i % 4]}`);
      const text = `Task,Phase,Role,Letter\r\n${rows.join('\r\n')}\r\n`;
      const started = performance.now();
      const p = preview(text);
      const elapsed = performance.now() - started;
      expect(p.assignments).toHaveLength(10_000);
      expect(elapsed).toBeLessThan(1_000);
    });
  });
});
