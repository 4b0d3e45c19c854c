import { HIGHLIGHT_STROKE, MASK_FILL } from '@destek/screenshot';
import { expect, it } from 'vitest';
import { screenshotEditorCss } from '../../src/panel/screenshot/screenshotEditor.css.ts';

it('shows boxes in the colours they are burned in with', () => {
  expect(screenshotEditorCss).toContain(`.shot-box.redact { background: ${MASK_FILL}; }`);
  expect(screenshotEditorCss).toContain(
    `.shot-box.highlight { border: 3px solid ${HIGHLIGHT_STROKE}; }`,
  );
});
