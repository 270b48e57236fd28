import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc';
import { createSenderCheck } from '../../src/main/ipc/sender';
import { writeFailureKind } from '../../src/main/ipc/writeFailure';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isAllowedPermission,
} from '../../src/main/security';
import { APP_URL, setUp } from './fakes';

describe('sender validation', () => {
  it('accepts only the app page in the top frame', () => {
    const check = createSenderCheck(APP_URL);
    expect(check({ url: APP_URL, parent: null })).toBe(true);
    expect(check({ url: `${APP_URL}#/page/3`, parent: null })).toBe(true);
    expect(check({ url: APP_URL, parent: {} })).toBe(false); // an iframe
    expect(check({ url: 'file:///home/me/Downloads/evil.html', parent: null })).toBe(false);
    expect(check({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(check({ url: 'not a url', parent: null })).toBe(false);
    expect(check(null)).toBe(false);
  });

  it('checks the app: scheme and host, not only the (opaque) origin', () => {
    const check = createSenderCheck(APP_URL);
    expect(check({ url: 'app://galley/assets/index.js', parent: null })).toBe(true);
    expect(check({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(check({ url: 'app:///index.html', parent: null })).toBe(false);
    expect(check({ url: 'file:///opt/galley/resources/app/out/renderer/index.html', parent: null })).toBe(
      false,
    );
    expect(check({ url: 'http://galley/index.html', parent: null })).toBe(false);
    expect(check({ url: 'other://galley/index.html', parent: null })).toBe(false);
  });

  it('compares dev-server origins, not prefixes', () => {
    const check = createSenderCheck('http://localhost:5173/');
    expect(check({ url: 'http://localhost:5173/index.html', parent: null })).toBe(true);
    expect(check({ url: 'http://localhost:5174/', parent: null })).toBe(false);
    expect(check({ url: 'http://localhost:5173.evil.com/', parent: null })).toBe(false);
  });

  it('makes every handler refuse a foreign sender before doing anything', async () => {
    const ctx = setUp();
    const foreign = { url: 'https://example.com/', parent: null };
    for (const channel of Object.values(CHANNELS)) {
      if (channel === CHANNELS.menuCommand) continue;
      await expect(ctx.ipc.invoke(channel, [], foreign), channel).rejects.toThrow(
        /sender is not the app window/,
      );
      await expect(ctx.ipc.invoke(channel, [], null), channel).rejects.toThrow(
        /sender is not the app window/,
      );
    }
    expect(ctx.dialog.asked).toEqual([]);
  });

  it('registers a handler for every request channel', () => {
    const ctx = setUp();
    const requests = Object.values(CHANNELS).filter((c) => c !== CHANNELS.menuCommand);
    expect([...ctx.ipc.handlers.keys()].sort()).toEqual([...requests].sort());
  });

  it('makes every handler refuse extra or malformed arguments', async () => {
    const ctx = setUp();
    for (const channel of [CHANNELS.pickFiles, CHANNELS.pickFolder, CHANNELS.pickExportFolder]) {
      await expect(ctx.ipc.invoke(channel, ['/etc']), channel).rejects.toThrow(/invalid arguments/);
    }
    await expect(ctx.ipc.invoke(CHANNELS.readPicked, [])).rejects.toThrow(/invalid arguments/);
    await expect(ctx.ipc.invoke(CHANNELS.readPicked, [42])).rejects.toThrow(/invalid arguments/);
    await expect(ctx.ipc.invoke(CHANNELS.writeExportFiles, ['x', []])).rejects.toThrow(/invalid arguments/);
    await expect(
      ctx.ipc.invoke(CHANNELS.writeExportFiles, [
        '6f1c5b8e-0d7a-4c4e-9f55-0b8b4b7b2a11',
        [{ path: 'a.txt', data: 1 }],
      ]),
    ).rejects.toThrow(/invalid arguments/);
    expect(ctx.dialog.asked).toEqual([]);
  });
});

describe('error mapping', () => {
  it('turns OS error codes into reasons the user is told', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(writeFailureKind(err('EACCES'))).toBe('permission');
    expect(writeFailureKind(err('EPERM'))).toBe('permission');
    expect(writeFailureKind(err('ENOSPC'))).toBe('disk-full');
    expect(writeFailureKind(err('EDQUOT'))).toBe('disk-full');
    expect(writeFailureKind(err('EROFS'))).toBe('read-only');
    expect(writeFailureKind(err('ENAMETOOLONG'))).toBe('name-too-long');
    expect(writeFailureKind(err('EIO'))).toBe('io');
    expect(writeFailureKind('weird')).toBe('io');
  });
});

describe('content security policy', () => {
  it('allows no remote origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('lets the dev server’s hot-reload socket through and nothing else', () => {
    const policy = devContentSecurityPolicy('http://localhost:5173/');
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(policy).toContain("script-src 'self';");
  });
});

describe('permissions', () => {
  it('grants only writing to the clipboard', () => {
    expect(isAllowedPermission('clipboard-sanitized-write')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      expect(isAllowedPermission(p), p).toBe(false);
    }
  });
});
