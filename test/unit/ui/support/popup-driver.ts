import { fireEvent, screen, waitFor } from '@testing-library/preact';

/** What a user does in the popup, by visible labels only. */
export const popup = {
  /** The one field: "What do you want to check?", or "Password to check" in password mode. */
  field: () => screen.getByLabelText(/^(What do you want to check\?|Password to check)$/) as HTMLInputElement,
  kindSelect: () => screen.getByLabelText('Kind') as HTMLSelectElement,
  /** The line that describes the kind picker: "Detected: PESEL (Poland)" while it detects automatically. */
  detectedKind(): string {
    const id = popup.kindSelect().getAttribute('aria-describedby') ?? '';
    return document.getElementById(id)?.textContent ?? '';
  },
  /** Switches to the password mode (a choice, never a detection). */
  passwordMode(): void {
    fireEvent.click(screen.getByRole('button', { name: 'Password' }));
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
  /** Waits for an answer: the form has collapsed to its one-line summary with "Check another". */
  async answered(): Promise<HTMLElement> {
    await screen.findByRole('button', { name: 'Check another' });
    // The result views are their own chunk (src/ui/popup/use-result-views.ts): the verdict follows them.
    return waitFor(() => popup.verdict(), { timeout: 5000 });
  },
  /** The verdict banner: a group named by its title. */
  verdict(): HTMLElement {
    const banner = document.querySelector<HTMLElement>('.verdict-banner');
    if (banner === null) throw new Error('No verdict banner is shown.');
    return banner;
  },
  async check(value: string): Promise<HTMLElement> {
    popup.type(value);
    popup.pressEnter();
    return popup.answered();
  },
  checkAnother(): void {
    fireEvent.click(screen.getByRole('button', { name: 'Check another' }));
  },
  openTab(name: 'Check' | 'Watchlist'): void {
    fireEvent.click(screen.getByRole('tab', { name }));
  },
};
