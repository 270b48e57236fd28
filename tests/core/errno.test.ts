import { describe, expect, it } from 'vitest';
import { fileProblem, fileProblemCode } from '../../src/core/errno';

describe('the errno map', () => {
  it('gives each operating system error its code, and file.io for any other', () => {
    expect(fileProblemCode('EACCES')).toBe('file.permission');
    expect(fileProblemCode('EPERM')).toBe('file.permission');
    expect(fileProblemCode('ENOSPC')).toBe('file.disk-full');
    expect(fileProblemCode('EROFS')).toBe('file.read-only');
    expect(fileProblemCode('ENAMETOOLONG')).toBe('file.name-too-long');
    expect(fileProblemCode('ENOENT')).toBe('file.not-found');
    expect(fileProblemCode('EIO')).toBe('file.io');
    expect(fileProblemCode('toString')).toBe('file.io');
    expect(fileProblemCode(undefined)).toBe('file.io');
  });

  it('keeps the error’s own message as detail', () => {
    const e = Object.assign(new Error('EACCES: permission denied, open /x'), { code: 'EACCES' });
    expect(fileProblem(e)).toEqual({ code: 'file.permission', detail: 'EACCES: permission denied, open /x' });
  });
});
