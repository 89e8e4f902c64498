import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { popup } from '../support/popup-driver.ts';
import { renderPage } from '../support/render-page.tsx';

const VALID_PESEL = '44051401359';

// Holds the detection chunk (every parser and the phone metadata) back until the test lets it through,
// as a slow first open of the popup would.
const chunk = vi.hoisted(() => {
  const gate: { open?: () => void } = {};
  const released = new Promise<void>((resolve) => (gate.open = resolve));
  return { released, release: () => gate.open?.() };
});
vi.mock('../../../../src/ui/popup/read-identifier.ts', async (importOriginal) => {
  await chunk.released;
  return importOriginal();
});

describe('popup before its detection chunk has loaded', () => {
  it('takes typing and Enter at once, then reads and checks the number when the chunk arrives', async () => {
    const { background } = renderPage(<PopupApp />);
    const input = popup.type(VALID_PESEL);
    expect(input.disabled).toBe(false);
    expect(input.value).toBe(VALID_PESEL);
    // Nothing is read yet: no kind, and no "we can't tell what this is" even once the field loses focus.
    fireEvent.blur(input);
    expect(popup.detectedKind()).toBe('');
    expect(document.querySelector('.validation-line')?.textContent).toBe('');
    popup.pressEnter();
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByText('Checking privately…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check privately' }).hasAttribute('disabled')).toBe(true);
    expect(background.range.calls).toHaveLength(0);

    chunk.release();
    await popup.answered();
    expect(background.range.calls).toHaveLength(1);
    expect(background.range.calls[0]?.[0]?.kind).toBe('pesel');
    await waitFor(() => expect(screen.getByText('Checked as PESEL (Poland).')).toBeTruthy());
  });
});
