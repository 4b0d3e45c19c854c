import { within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { photo } from './imageFiles.ts';
import { mountInShadow } from './mountInShadow.ts';

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

describe('the report flow while a picture is in the editor', () => {
  it('hides Previous and Next, so leaving the step cannot drop the picture unseen', async () => {
    mounted = await mountInShadow();
    const { panel, root } = mounted;
    const ui = within(root as unknown as HTMLElement);
    panel.show({ screen: 'report' });
    await userEvent.fill(await ui.findByLabelText('Summary'), 'My deposit did not arrive');
    await userEvent.selectOptions(ui.getByLabelText('Category'), 'payment');
    ui.getByRole('button', { name: 'Next' }).click();
    await ui.findByText(/Step 2 of 5/);
    ui.getByRole('button', { name: 'Next' }).click();
    await ui.findByText(/Step 3 of 5/);
    await userEvent.fill(ui.getByLabelText('What happened instead?'), 'Nothing arrived');
    ui.getByRole('button', { name: 'Next' }).click();
    await ui.findByText(/Step 4 of 5/);

    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(await photo('balance.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await ui.findByRole('heading', { name: 'Edit the screenshot' }, { timeout: 20_000 });
    expect(ui.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(ui.queryByRole('button', { name: 'Previous' })).toBeNull();

    ui.getByRole('button', { name: 'Discard' }).click();
    await ui.findByRole('button', { name: 'Next' });
    expect(ui.getByText(/Step 4 of 5/)).toBeTruthy();
  }, 60_000);
});
