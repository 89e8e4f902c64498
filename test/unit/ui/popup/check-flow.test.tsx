import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { pwnedPasswordsSource } from '../../../../src/core/index.ts';
import { demoDescriptor } from '../../../support/demo-source.ts';
import { popup } from '../support/popup-driver.ts';
import { renderPage, testBackground } from '../support/render-page.tsx';

const VALID_PESEL = '44051401359';
const MISTYPED_PESEL = '44051401358';
/** The results' status line (the first live status in the results area). */
const status = () => within(screen.getByRole('region', { name: 'Results' })).getAllByRole('status')[0]!;

describe('popup check', () => {
  it('detects the kind while typing and checks a valid identifier on Enter', async () => {
    const { background } = renderPage(<PopupApp />);
    const input = popup.type(VALID_PESEL);
    const selected = within(popup.kindSelect()).getByRole('option', { selected: true });
    expect(selected.textContent).toBe('Detect automatically');
    expect(popup.detectedKind()).toBe('Detected: PESEL (Poland)');
    fireEvent.blur(input);
    expect(await screen.findByText('Valid: PESEL (Poland)')).toBeTruthy();

    popup.pressEnter();
    expect(await screen.findByText(/Not found: •+59 is in none of the sources checked/)).toBeTruthy();
    expect(background.range.calls).toHaveLength(1);
    expect(background.range.calls[0]?.[0]?.kind).toBe('pesel');
    // The page shows only the masked hint, never the number.
    expect(document.body.textContent).not.toContain(VALID_PESEL.slice(0, 9));
  });

  it('checks when "Check privately" is clicked right after typing (the field blurs first)', async () => {
    const { background } = renderPage(<PopupApp />);
    const input = popup.type(VALID_PESEL);
    const button = screen.getByRole('button', { name: 'Check privately' });
    // A mouse press moves focus from the field to the button before the click lands.
    fireEvent.blur(input, { relatedTarget: button });
    expect(screen.queryByText('Valid: PESEL (Poland)')).toBeNull();
    fireEvent.click(button);
    expect(await screen.findByText(/Not found: •+59 is in none of the sources checked/)).toBeTruthy();
    expect(background.range.calls).toHaveLength(1);
    expect(screen.getByText('Valid: PESEL (Poland)')).toBeTruthy();
  });

  it('explains what is wrong with an invalid identifier and sends nothing', async () => {
    const { background } = renderPage(<PopupApp />);
    const sent = vi.spyOn(background.client, 'check');
    popup.type(MISTYPED_PESEL);
    popup.pressEnter();
    const message = await screen.findByText(
      'The check digit does not match: one digit is probably mistyped.',
    );
    expect(message.getAttribute('aria-live')).toBe('polite');
    expect(popup.field().getAttribute('aria-invalid')).toBe('true');
    expect(popup.field().getAttribute('aria-describedby')).toContain(message.id);
    expect(message.textContent).not.toContain(MISTYPED_PESEL);
    expect(sent).not.toHaveBeenCalled();
    expect(background.range.calls).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: /^Results for / })).toBeNull();
  });

  it('shows the error after a pause in typing, without a blur or Enter', async () => {
    renderPage(<PopupApp />);
    popup.type('jan@example');
    const message = 'The part after the @ needs a domain with a dot, like example.org.';
    expect(screen.queryByText(message)).toBeNull();
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('checks as the kind the user picks instead of the detected one', async () => {
    renderPage(<PopupApp />);
    popup.type(VALID_PESEL);
    fireEvent.change(popup.kindSelect(), { target: { value: 'email' } });
    // The detected-kind line is about automatic detection, so it goes once the user picks a kind.
    expect(popup.detectedKind()).toBe('');
    popup.pressEnter();
    expect(await screen.findByText(/needs an @|@/)).toBeTruthy();
    expect(popup.field().getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a found result with the breach, then guidance whose ticks are stored', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-lab-2026'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);

    expect(status().textContent).toMatch(/^Found: •+59 is in at least one breach/);
    const card = screen.getByRole('article', { name: /Demo lab breach/ });
    expect(within(card).getByText('Found in a breach')).toBeTruthy();
    expect(within(card).getByText('Breaches it appears in: 1')).toBeTruthy();
    expect(within(card).getByText('Demo lab')).toBeTruthy();
    expect(within(card).queryByText('Demo shop')).toBeNull();
    expect(within(card).getByText('Organisation: Demo Lab Ltd')).toBeTruthy();
    expect(within(card).getByText('When: Mar 1, 2026')).toBeTruthy();
    expect(within(card).getByText('Data exposed: national ID numbers and lab results')).toBeTruthy();
    expect(
      within(card).getByText(/^Checked against Demo lab breach \(synthetic\), data as of Nov 26, 2026\.$/),
    ).toBeTruthy();

    const guidance = screen.getByRole('region', { name: 'What to do now' });
    const steps = within(guidance)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('step'));
    expect(steps[0]?.textContent).toContain('Reserve your PESEL number');
    const link = within(steps[0]!).getByRole('link', { name: /Official page \(gov\.pl\)/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');

    const tick = within(steps[0]!).getByRole('checkbox', { name: /^Done: Reserve your PESEL number/ });
    fireEvent.click(tick);
    await waitFor(() => expect(within(guidance).getByText(/^Steps done: 1 of/)).toBeTruthy());
    const checkId = (await background.client.historyList()).records[0]?.id ?? '';
    const { progress } = await background.client.guidanceGet({ findingId: checkId });
    expect(progress.doneStepIds).toEqual(['pl-reserve-pesel']);
  });

  it('offers "Watch this" before the guidance and opens the three most urgent steps only', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-lab-2026'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);

    const watch = screen.getByRole('button', { name: 'Watch this' });
    const guidance = screen.getByRole('region', { name: 'What to do now' });
    expect(watch.compareDocumentPosition(guidance) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const total = Number(
      / of (\d+)$/.exec(within(guidance).getByText(/^Steps done:/).textContent ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(4);
    const more = guidance.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(within(more).getByText(`Show all steps (${total})`).tagName).toBe('SUMMARY');
    const steps = [...guidance.querySelectorAll('li.step')];
    expect(steps.filter((step) => !more.contains(step))).toHaveLength(3);
    expect(more.querySelector('ol')?.getAttribute('start')).toBe('4');

    // Ticking a step behind the disclosure counts like any other.
    const hidden = more.querySelector<HTMLInputElement>('li.step input[type="checkbox"]')!;
    fireEvent.click(hidden);
    await waitFor(() => expect(within(guidance).getByText(`Steps done: 1 of ${total}`)).toBeTruthy());
  });

  it('shows how often a found password was seen, credits the source and offers password steps', async () => {
    const background = testBackground();
    const source = pwnedPasswordsSource();
    background.range.script({
      sourceId: source.id,
      outcome: { status: 'found', count: 3_861_493, breaches: source.breaches },
    });
    renderPage(<PopupApp />, { background });
    await popup.check('password123');
    const card = screen.getByRole('article', { name: /Pwned Passwords/ });
    expect(within(card).getByText('Times seen in leaked data: 3,861,493')).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: /by Have I Been Pwned/ })
        .getAttribute('href'),
    ).toBe('https://haveibeenpwned.com/Passwords');
    const guidance = screen.getByRole('region', { name: 'What to do now' });
    expect(within(guidance).getByText('Change this password everywhere you used it')).toBeTruthy();
  });

  it('says not found, with the as-of date and what not found does not mean', async () => {
    renderPage(<PopupApp />);
    await popup.check(VALID_PESEL);
    const card = screen.getByRole('article', { name: /Demo lab breach/ });
    expect(within(card).getByText('Not found')).toBeTruthy();
    expect(within(card).getByText(/only that it is not in the data of this source/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What to do now' })).toBeNull();
  });

  it("shows couldn't check with the reason, never as not found, and Retry checks again", async () => {
    const background = testBackground();
    background.range.script({
      sourceId: 'demo-lab-2026',
      outcome: { status: 'error', code: 'timeout', message: 'Demo did not answer in time.' },
      times: 1,
    });
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);

    expect(status().textContent).toMatch(/^Could not check •+59/);
    const card = screen.getByRole('article', { name: /Demo lab breach/ });
    expect(within(card).getByText('Couldn’t check')).toBeTruthy();
    expect(within(card).getByText(/did not answer in time/)).toBeTruthy();
    expect(within(card).queryByText('Not found')).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: /^Retry: Demo lab breach/ }));
    await waitFor(() => expect(status().textContent).toMatch(/^Not found/));
    expect(background.range.calls).toHaveLength(2);
  });

  it('preselects the kind a portal banner asked for', async () => {
    const background = testBackground();
    await background.deps.launchIntents.put({ view: 'check', kind: 'cpr' }, background.clock.now());
    renderPage(<PopupApp />, { background });
    await waitFor(() => expect(popup.kindSelect().value).toBe('cpr'));
    // Taken once: the next popup opens normally.
    expect((await background.client.launchTake()).intent).toBeNull();
  });

  it('shows the progress state while the check runs', async () => {
    const background = testBackground();
    const releases: (() => void)[] = [];
    const gate = new Promise<void>((resolve) => releases.push(resolve));
    const release = () => releases.forEach((resolve) => resolve());
    const original = background.range.client.checkMany;
    background.range.client.checkMany = async (...args) => {
      await gate;
      return original(...args);
    };
    renderPage(<PopupApp />, { background });
    popup.type(VALID_PESEL);
    popup.pressEnter();
    expect(await screen.findByText('Checking privately…')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Results' }).getAttribute('aria-busy')).toBe('true');
    expect((screen.getByRole('button', { name: 'Check privately' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    release();
    await screen.findByRole('heading', { name: /^Results for / });
    expect(screen.getByRole('region', { name: 'Results' }).getAttribute('aria-busy')).toBe('false');
  });
});
