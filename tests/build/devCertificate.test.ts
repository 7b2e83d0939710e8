/**
 * `npm start` must never fail or hang because installing Office's dev
 * certificate wants sudo (issue 2): the attempt runs detached with a time
 * limit, and the transport falls back to what is available.
 */
import { describe, expect, it } from 'vitest';
import { chooseTransport, runDetached } from '../../scripts/devCertificate';

describe('runDetached', () => {
  it('reports success when the script exits 0', async () => {
    expect((await runDetached('process.exit(0)', 10_000)).ok).toBe(true);
  });

  it('reports failure with the last lines of the output when the script fails', async () => {
    const attempt = await runDetached("console.error('sudo: a terminal is required'); process.exit(1)", 10_000);
    expect(attempt).toEqual({ ok: false, detail: 'sudo: a terminal is required' });
  });

  it('gives up on a script that hangs, and kills it, instead of waiting', async () => {
    const attempt = await runDetached('setInterval(() => {}, 1000)', 500);
    expect(attempt.ok).toBe(false);
    expect(attempt.detail).toMatch(/gave up after 0.5 s/);
  });

  it('gives the script no stdin, so a password prompt reads end-of-file instead of waiting for a user', async () => {
    const script =
      "let got = ''; process.stdin.on('data', (d) => (got += d)); process.stdin.on('end', () => process.exit(got === '' ? 3 : 4));";
    const attempt = await runDetached(script, 10_000);
    expect(attempt.ok).toBe(false);
    expect(attempt.detail).not.toMatch(/gave up/);
  });
});

describe('chooseTransport', () => {
  const failed = () => Promise.resolve({ ok: false, detail: 'gave up after 20 s (probably waiting for sudo)' });

  it("uses Office's trusted dev certificate when installing it succeeded", async () => {
    const t = await chooseTransport({ http: false, attempt: () => Promise.resolve({ ok: true, detail: '' }) });
    expect(t.protocol).toBe('https');
    expect(t.env.DEV_SERVER_CERT_DIR).toMatch(/\.office-addin-dev-certs$/);
  });

  it("falls back to Office's certificate files, untrusted, and says how to trust them, when the install failed", async () => {
    const t = await chooseTransport({ http: false, attempt: failed, hasCertificate: () => true });
    expect(t.protocol).toBe('https');
    expect(t.note).toMatch(/could not be installed as trusted \(gave up after 20 s/);
    expect(t.note).toMatch(/sudo npx office-addin-dev-certs install/);
  });

  it('falls back to a self-signed certificate when there are no Office certificate files at all', async () => {
    const t = await chooseTransport({ http: false, attempt: failed, hasCertificate: () => false });
    expect(t.protocol).toBe('https');
    expect(t.env.DEV_SERVER_CERT_DIR).toMatch(/no-certificate$/);
    expect(t.note).toMatch(/self-signed/);
  });

  it('uses plain http without trying certificates when asked with --http', async () => {
    let tried = false;
    const t = await chooseTransport({
      http: true,
      attempt: () => {
        tried = true;
        return failed();
      },
    });
    expect(t).toMatchObject({ protocol: 'http', env: { DEV_SERVER_HTTP: '1' } });
    expect(tried).toBe(false);
  });
});
