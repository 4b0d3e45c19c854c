import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pasteScriptTag } from './pasteScriptTag.ts';

const GUIDE = join(import.meta.dirname, '../../../../docs/getting-started.md');
const SITE = {
  scriptUrl: 'http://127.0.0.1:4000/widget/destek.js',
  integrity: 'sha384-abc$&def',
  server: 'http://127.0.0.1:5000',
  siteKey: 'pk_demo_destek_local',
};

describe('pasteScriptTag', () => {
  it("fills the getting-started guide's script tag with the owner's own values", async () => {
    const tag = pasteScriptTag(await readFile(GUIDE, 'utf8'), SITE);
    expect(tag).toMatch(/^<script async[\s\S]*><\/script>$/);
    expect(tag).toContain(`src="${SITE.scriptUrl}"`);
    expect(tag).toContain(`integrity="${SITE.integrity}"`);
    expect(tag).toContain(`data-server="${SITE.server}"`);
    expect(tag).toContain(`data-site-key="${SITE.siteKey}"`);
    expect(tag).not.toContain('example.com');
    expect(tag).not.toContain('pk_live_');
  });

  it('fails when the documented tag lost an attribute the owner fills in', async () => {
    const guide = (await readFile(GUIDE, 'utf8')).replace('data-site-key=', 'data-key=');
    expect(() => pasteScriptTag(guide, SITE)).toThrow(/no data-site-key attribute/);
  });

  it('fails when the guide shows no script tag for site owners', () => {
    expect(() => pasteScriptTag('# Getting started\n\n## 2. npm\n', SITE)).toThrow(
      /shows no script tag/,
    );
  });
});
