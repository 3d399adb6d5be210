import { describe, expect, it } from 'vitest';
import { commentRights } from './comment-rights.ts';

describe('commentRights', () => {
  const byAda = { authorId: 'ada' };
  const imported = { authorId: null };

  it('lets the author edit and delete their own comment, whatever their role', () => {
    expect(commentRights(byAda, { userId: 'ada', role: 'member' })).toEqual({ edit: true, delete: true });
    expect(commentRights(byAda, { userId: 'ada', role: 'lead' })).toEqual({ edit: true, delete: true });
  });

  it('lets a lead delete but never reword someone else’s comment; other members do neither', () => {
    expect(commentRights(byAda, { userId: 'lia', role: 'lead' })).toEqual({ edit: false, delete: true });
    expect(commentRights(byAda, { userId: 'max', role: 'member' })).toEqual({ edit: false, delete: false });
  });

  it('leaves an imported comment without an author on the team to the leads', () => {
    expect(commentRights(imported, { userId: 'lia', role: 'lead' })).toEqual({ edit: false, delete: true });
    expect(commentRights(imported, { userId: 'max', role: 'member' })).toEqual({ edit: false, delete: false });
  });
});
