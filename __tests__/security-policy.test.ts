/** @jest-environment node */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineScriptHashes, inlineScripts, scriptHashSource } from '@/lib/security/inline-scripts';
import { malformedPathSegment } from '@/lib/security/path-encoding';
import { loadNonceKey, pathNonce } from '@/lib/security/path-nonce';
import { COMMON_SECURITY_HEADERS, pagePolicy, parsePolicy, RESOURCE_POLICY } from '@/lib/security/policy';
import { HOST_POLICY, netlifyHeaders, nginxHeaders, withMetaPolicy } from '@/lib/security/static-export';
import { loadPrerenderedPolicies } from '@/lib/security/prerendered-policies';

const PAGE = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>',
  '<script>document.documentElement.dir = "rtl"</script></head><body>',
  '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
  '<script id="_R_">self.__next_f.push([1,"\\u003cb\\u003e كيري"])</script><script></script>',
  '</body></html>',
].join('');

describe('inline scripts', () => {
  it('finds the scripts a browser runs inline, not files, empty tags or escaped text', () => {
    expect(inlineScripts(PAGE)).toEqual(['document.documentElement.dir = "rtl"', 'self.__next_f.push([1,"\\u003cb\\u003e كيري"])']);
  });

  it('hashes the UTF-8 bytes of the text, as CSP does', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHashSource('كيري')).not.toBe(scriptHashSource('كيرى'));
    expect(inlineScriptHashes(PAGE)).toHaveLength(2);
  });
});

describe('page policy', () => {
  it('allows scripts from the origin and the given hashes only', () => {
    const policy = parsePolicy(pagePolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves out what a <meta> policy cannot carry', () => {
    const policy = parsePolicy(pagePolicy(["'sha256-a'"], { forMeta: true }));
    expect(policy.has('frame-ancestors')).toBe(false);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });
});

describe('policies of a build', () => {
  function build(routes: Record<string, { routeType: string }>, pages: Record<string, string>): string {
    const dist = mkdtempSync(join(tmpdir(), 'athar-csp-'));
    writeFileSync(join(dist, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes }));
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(dist, 'server', 'app', file, '..'), { recursive: true });
      writeFileSync(join(dist, 'server', 'app', file), html);
    }
    return dist;
  }

  it('gives each page its own scripts, files the resource policy and every other path the 404 page', () => {
    const dist = build(
      { '/': { routeType: 'page' }, '/actors/a': { routeType: 'page' }, '/_not-found': { routeType: 'page' }, '/export/x.csv': { routeType: 'route' } },
      { 'index.html': '<script>home()</script>', 'actors/a.html': '<script>actor()</script>', '_not-found.html': '<script>missing()</script>' },
    );
    const policies = loadPrerenderedPolicies(dist);
    expect(policies.policyFor('/')).toContain(scriptHashSource('home()'));
    expect(policies.policyFor('/actors/a')).toContain(scriptHashSource('actor()'));
    expect(policies.policyFor('/actors/a')).not.toContain(scriptHashSource('home()'));
    expect(policies.policyFor('/export/x.csv')).toBe(RESOURCE_POLICY);
    for (const path of ['/actors/b', '/actors/..%2f..%2fetc%2fpasswd', '/%3Cscript%3E', '/actors/a/']) {
      expect(policies.policyFor(path)).toBe(pagePolicy([scriptHashSource('missing()')]));
    }
  });

  it('refuses a folder that is not a production build, naming the file', () => {
    const empty = mkdtempSync(join(tmpdir(), 'athar-csp-'));
    expect(() => loadPrerenderedPolicies(empty)).toThrow(/prerender-manifest\.json/);
    const noNotFound = build({ '/': { routeType: 'page' } }, { 'index.html': '' });
    expect(() => loadPrerenderedPolicies(noNotFound)).toThrow(/prerender-manifest\.json: no \/_not-found page/);
  });
});

describe('malformed paths', () => {
  it('finds the segment a decoder refuses, and passes well-formed paths', () => {
    for (const [path, bad] of [['/actors/%zz', '%zz'], ['/actors/%', '%'], ['/events/a%ED%A0%80b', 'a%ED%A0%80b'], ['/export/%C0%AF', '%C0%AF'], ['/%ff%fe/x', '%ff%fe']]) {
      expect(malformedPathSegment(path!)).toBe(bad);
    }
    for (const path of ['/', '/actors/john-kerry', '/actors/%D9%83%D9%8A%D8%B1%D9%8A', '/actors/..%2f..%2fetc%2fpasswd', '/x/%E2%80%AE%00']) {
      expect(malformedPathSegment(path)).toBeNull();
    }
  });
});

describe('path nonce', () => {
  it('is one per path and build: the same for a path however encoded, another for another path or key', () => {
    const dist = mkdtempSync(join(tmpdir(), 'athar-nonce-'));
    const key = loadNonceKey(dist);
    expect(loadNonceKey(dist).equals(key)).toBe(true);
    expect(readFileSync(join(dist, 'athar-csp-nonce.key'), 'utf8')).not.toBe('');
    expect(pathNonce(key, '/actors/xyz')).toBe(pathNonce(key, '/actors/%78yz'));
    expect(pathNonce(key, '/actors/xyz')).not.toBe(pathNonce(key, '/actors/xyZ'));
    expect(pathNonce(loadNonceKey(mkdtempSync(join(tmpdir(), 'athar-nonce-'))), '/actors/xyz')).not.toBe(pathNonce(key, '/actors/xyz'));
    expect(pathNonce(key, '/')).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(pagePolicy([], { nonce: pathNonce(key, '/') })).toContain(`'nonce-${pathNonce(key, '/')}'`);
  });

  it('refuses a key file that was cut short', () => {
    const dist = mkdtempSync(join(tmpdir(), 'athar-nonce-'));
    writeFileSync(join(dist, 'athar-csp-nonce.key'), 'c2hvcnQ=');
    expect(() => loadNonceKey(dist)).toThrow(/athar-csp-nonce\.key: the nonce key is shorter than 32 bytes/);
  });
});

describe('static export', () => {
  it('puts the page policy first in <head>, before any script, once however often it runs', () => {
    const once = withMetaPolicy(PAGE, 'out/index.html');
    expect(once.startsWith('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src')).toBe(true);
    const content = /content="([^"]*)"/.exec(once)![1]!;
    expect(parsePolicy(content).get('script-src')).toEqual(["'self'", ...inlineScriptHashes(PAGE).sort()]);
    expect(parsePolicy(content).has('frame-ancestors')).toBe(false);
    expect(withMetaPolicy(once, 'out/index.html')).toBe(once);
    expect(() => withMetaPolicy('<p>no head</p>', 'out/x.html')).toThrow('out/x.html: no <head>');
  });

  it('tells the host every common header and what only a header can say', () => {
    for (const text of [netlifyHeaders(), nginxHeaders()]) {
      for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) expect(text).toContain(`${name}${text === netlifyHeaders() ? ': ' : ' "'}${value}`);
      expect(text).toContain(HOST_POLICY);
    }
    expect(parsePolicy(HOST_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
