import { fireEvent, screen } from '@testing-library/preact';

/** What a user does in the popup, by visible labels only. */
export const popup = {
  field: () => screen.getByLabelText('What do you want to check?') as HTMLInputElement,
  kindSelect: () => screen.getByLabelText('Kind') as HTMLSelectElement,
  /** The line that describes the kind picker: "Detected: PESEL (Poland)" while it detects automatically. */
  detectedKind(): string {
    const id = popup.kindSelect().getAttribute('aria-describedby') ?? '';
    return document.getElementById(id)?.textContent ?? '';
  },
  type(value: string): HTMLInputElement {
    const input = popup.field();
    fireEvent.input(input, { target: { value } });
    return input;
  },
  /** Enter in the field submits its form. */
  pressEnter(): void {
    const form = popup.field().form;
    if (form === null) throw new Error('The identifier field is not in a form.');
    fireEvent.submit(form);
  },
  async check(value: string): Promise<void> {
    popup.type(value);
    popup.pressEnter();
    await screen.findByRole('heading', { name: /^Results for / });
  },
  openTab(name: 'Check' | 'Watchlist'): void {
    fireEvent.click(screen.getByRole('tab', { name }));
  },
};
