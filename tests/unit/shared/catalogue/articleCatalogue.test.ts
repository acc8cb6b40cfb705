import { describe, expect, it } from 'vitest';
import {
  ARTICLE_SOURCE,
  CATALOGUE_ACTIVITIES,
  CATALOGUE_ROLES,
  CATALOGUE_SECTIONS,
} from '../../../../src/shared/catalogue/articleCatalogue';
import { normalizeName } from '../../../../src/shared/catalogue/normalizeName';
import reference from './fixtures/articleDefaults.json';

describe('CATALOGUE_ACTIVITIES', () => {
  it('equals the reference, activity by activity, in id, title, owner, question and section', () => {
    const catalogue = CATALOGUE_ACTIVITIES.map(({ id, title, owner, question, sections }) => ({ id, title, owner, question, sections }));
    expect(catalogue).toEqual(reference.activities);
  });

  it('holds 25 activities with distinct ids', () => {
    expect(CATALOGUE_ACTIVITIES).toHaveLength(25);
    expect(new Set(CATALOGUE_ACTIVITIES.map((a) => a.id)).size).toBe(25);
  });

  it('names only the two catalogue roles, known sections, and suggestions for the other role', () => {
    const roleIds = CATALOGUE_ROLES.map((r) => r.id);
    for (const activity of CATALOGUE_ACTIVITIES) {
      expect(roleIds).toContain(activity.owner);
      expect(activity.sections.length).toBeGreaterThan(0);
      for (const section of activity.sections) expect(Object.keys(CATALOGUE_SECTIONS)).toContain(section);
      for (const suggestion of activity.suggested) expect(suggestion.roleId).not.toBe(activity.owner);
    }
  });

  it('gives every title and alias its own matching key, so a task can stand for only one activity', () => {
    const seen = new Map<string, string>();
    for (const activity of CATALOGUE_ACTIVITIES) {
      for (const name of [activity.title, ...activity.aliases]) {
        const key = normalizeName(name);
        expect(key, name).not.toBe('');
        expect(seen.get(key), `"${name}" repeats a name of ${seen.get(key) ?? ''}`).toBeUndefined();
        seen.set(key, activity.id);
      }
    }
  });

  it('carries the aliases a user would expect for the activities the product names', () => {
    const aliasesOf = (id: string) => CATALOGUE_ACTIVITIES.find((a) => a.id === id)?.aliases.map(normalizeName) ?? [];
    expect(aliasesOf('stakeholder-pitch')).toEqual(expect.arrayContaining(['pitchtostakeholders', 'investorpitch']));
    expect(aliasesOf('timeline')).toEqual(expect.arrayContaining(['schedule', 'timeline']));
    expect(aliasesOf('vision')).toContain('vision');
    expect(aliasesOf('budget')).toEqual(expect.arrayContaining(['costs', 'budgeting']));
    expect(aliasesOf('marketing')).toContain('marketing');
  });
});

describe('CATALOGUE_ROLES', () => {
  it('names the two roles as the reference does', () => {
    expect(Object.fromEntries(CATALOGUE_ROLES.map((role) => [role.id, role.name]))).toEqual(reference.roles);
  });

  it('gives every role name and alias its own matching key', () => {
    const keys = CATALOGUE_ROLES.flatMap((role) => [role.name, ...role.aliases].map(normalizeName));
    expect(keys.every((key) => key !== '')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never treats the ambiguous "PM" as either role', () => {
    const keys = CATALOGUE_ROLES.flatMap((role) => [role.name, ...role.aliases].map(normalizeName));
    expect(keys).not.toContain('pm');
  });
});

describe('CATALOGUE_SECTIONS', () => {
  it('names the article\'s headings as the reference does', () => {
    expect(CATALOGUE_SECTIONS).toEqual(reference.sections);
  });
});

describe('ARTICLE_SOURCE', () => {
  it('equals the title, publisher and date the reference gives', () => {
    expect(ARTICLE_SOURCE).toEqual(reference.source);
  });

  it('names the article, its publisher and its date for attribution', () => {
    expect(ARTICLE_SOURCE.publisher).toBe('Outcry');
    expect(ARTICLE_SOURCE.date).toBe('2020-05-18');
    expect(ARTICLE_SOURCE.title).toMatch(/product manager vs\. project manager/i);
  });
});
