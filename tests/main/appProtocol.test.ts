// The app:// handler on a real renderer folder with links in and out of it.
import realFs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, rendererEntry, serveAppFile } from '../../src/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';
import { tempDir } from './fakes';

async function renderer() {
  const parent = await tempDir();
  const root = path.join(parent, 'renderer');
  await realFs.mkdir(path.join(root, 'assets'), { recursive: true });
  await realFs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Galley</title>');
  await realFs.writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await realFs.writeFile(path.join(root, 'assets', '名 字.css'), 'body{}');
  await realFs.writeFile(path.join(parent, 'secret.txt'), 'not for the page');
  await realFs.symlink(path.join(parent, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
  await realFs.symlink(parent, path.join(root, 'up'), 'dir');
  return { parent, root };
}

const text = (body: Uint8Array | null) => new TextDecoder().decode(body ?? new Uint8Array());

describe('serving the app from app://galley/', () => {
  it('serves files inside the renderer folder, with their type and the CSP header', async () => {
    const { root } = await renderer();
    const page = await serveAppFile(APP_PAGE_URL, root, realFs);
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(text(page.body)).toContain('<title>Galley</title>');
    expect((await serveAppFile('app://galley/', root, realFs)).status).toBe(200);
    const script = await serveAppFile('app://galley/assets/index-abc.js?v=1#x', root, realFs);
    expect(script).toMatchObject({
      status: 200,
      headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    });
    const css = await serveAppFile('app://galley/assets/%E5%90%8D%20%E5%AD%97.css', root, realFs);
    expect(css.status).toBe(200);
  });

  it('refuses traversal, encoded or not, links out of the folder, other hosts and schemes', async () => {
    const { root } = await renderer();
    for (const url of [
      'app://galley/../secret.txt',
      'app://galley/assets/%2e%2e/%2e%2e/secret.txt',
      'app://galley/%2E%2E%2Fsecret.txt',
      'app://galley/..%5Csecret.txt',
      'app://galley/assets/leak.txt',
      'app://galley/up/secret.txt',
      'app://evil/index.html',
      'file:///etc/passwd',
      'app://galley/%00index.html',
      'app://galley/%E0%A4%A.txt',
    ]) {
      const response = await serveAppFile(url, root, realFs);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.body, url).toBeNull();
    }
    expect((await serveAppFile('app://galley/missing.js', root, realFs)).status).toBe(404);
    expect((await serveAppFile('app://galley/assets', root, realFs)).status).toBe(404);
  });
});

describe('choosing the page', () => {
  const dev = 'http://localhost:5173/';
  it('takes ELECTRON_RENDERER_URL only unpackaged, in a development build, on loopback', () => {
    expect(rendererEntry({ isPackaged: false, devBuild: true, rendererUrl: dev })).toEqual({
      devUrl: dev,
      appUrl: dev,
    });
    const app = { devUrl: undefined, appUrl: APP_PAGE_URL };
    expect(rendererEntry({ isPackaged: true, devBuild: true, rendererUrl: dev })).toEqual(app);
    expect(rendererEntry({ isPackaged: false, devBuild: false, rendererUrl: dev })).toEqual(app);
    expect(rendererEntry({ isPackaged: false, devBuild: true, rendererUrl: undefined })).toEqual(app);
    for (const hostile of ['https://evil.example/', 'file:///tmp/evil.html', 'javascript:alert(1)', 'x']) {
      expect(rendererEntry({ isPackaged: false, devBuild: true, rendererUrl: hostile }), hostile).toEqual(
        app,
      );
    }
  });
});
