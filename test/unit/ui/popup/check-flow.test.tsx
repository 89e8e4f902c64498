import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { loadDetection } from '../../../../src/ui/popup/use-detection.ts';
import { pwnedPasswordsSource } from '../../../../src/core/index.ts';
import { demoDescriptor } from '../../../support/demo-source.ts';
import { popup } from '../support/popup-driver.ts';
import { renderPage, testBackground } from '../support/render-page.tsx';

const VALID_PESEL = '44051401359';
const MISTYPED_PESEL = '44051401358';
/** The results' status line (the first live status in the results area). */
const status = () => within(screen.getByRole('region', { name: 'Results' })).getAllByRole('status')[0]!;
const verdictTitle = () => within(popup.verdict()).getByRole('heading', { level: 2 }).textContent;

describe('popup check', () => {
  // These tests read the kind line right after typing, as a person does once the popup has settled: the
  // detection chunk is loaded first. detection-chunk.test.tsx covers typing before it has arrived.
  beforeAll(() => loadDetection());

  it('detects the kind while typing, checks on Enter, and answers verdict first with the form folded', async () => {
    const { background } = renderPage(<PopupApp />);
    const input = popup.type(VALID_PESEL);
    const selected = within(popup.kindSelect()).getByRole('option', { selected: true });
    expect(selected.textContent).toBe('Detect automatically');
    expect(popup.detectedKind()).toBe('Detected: PESEL (Poland)');
    fireEvent.blur(input);
    expect(await screen.findByText('Valid: PESEL (Poland)')).toBeTruthy();

    popup.pressEnter();
    const banner = await popup.answered();
    expect(verdictTitle()).toMatch(/^Not found: •+59 is in none of the sources checked$/);
    expect(banner.classList.contains('verdict-not-found')).toBe(true);
    // Keyboard and screen reader start at the verdict, and the status region says the same words.
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(status().textContent).toMatch(
      /^Not found: •+59 is in none of the sources checked\. Sources checked: 1\./,
    );
    expect(screen.getByText('Checked as PESEL (Poland).')).toBeTruthy();
    // The form is one line now: no field under the answer.
    expect(screen.queryByLabelText('What do you want to check?')).toBeNull();
    expect(background.range.calls).toHaveLength(1);
    expect(background.range.calls[0]?.[0]?.kind).toBe('pesel');
    // The page shows only the masked hint, never the number.
    expect(document.body.textContent).not.toContain(VALID_PESEL.slice(0, 9));

    popup.checkAnother();
    expect(screen.queryByText(/^Not found:/)).toBeNull();
    expect(document.querySelector('.verdict-banner')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(popup.field()));
    expect(popup.field().value).toBe('');
  });

  it('checks when "Check privately" is clicked right after typing (the field blurs first)', async () => {
    const { background } = renderPage(<PopupApp />);
    const input = popup.type(VALID_PESEL);
    const button = screen.getByRole('button', { name: 'Check privately' });
    // A mouse press moves focus from the field to the button before the click lands.
    fireEvent.blur(input, { relatedTarget: button });
    expect(screen.queryByText('Valid: PESEL (Poland)')).toBeNull();
    fireEvent.click(button);
    await popup.answered();
    expect(verdictTitle()).toMatch(/^Not found: /);
    expect(background.range.calls).toHaveLength(1);
  });

  it('explains what is wrong with an invalid identifier and sends nothing', async () => {
    // With Poland among the person's countries, an 11-digit number is first of all a PESEL.
    const background = testBackground();
    await background.client.settingsUpdate({ patch: { countries: ['PL'], countryAsked: true } });
    renderPage(<PopupApp />, { background });
    // Settings arrive asynchronously: wait until the number reads as a mistyped PESEL.
    await waitFor(() => {
      popup.type(MISTYPED_PESEL);
      fireEvent.blur(popup.field());
      expect(
        screen.getByText('The check digit does not match: one digit is probably mistyped.'),
      ).toBeTruthy();
    });
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
    expect(document.querySelector('.verdict-banner')).toBeNull();
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

  it('shows a found result: the number of breaches, the first step right under the verdict, ticks stored', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-lab-2026'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    const banner = await popup.check(VALID_PESEL);

    expect(banner.classList.contains('verdict-found')).toBe(true);
    expect(verdictTitle()).toMatch(/^Found: •+59 is in leaked data$/);
    expect(within(banner).getByText('Breaches it appears in: 1')).toBeTruthy();
    expect(status().textContent).toMatch(/^Found: •+59 is in leaked data\. Breaches it appears in: 1$/);
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
    // The steps come before the per-source detail: the first thing to do is on the first screen.
    expect(guidance.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The intro names everything that leaked, not only the kind that was checked.
    // (its "national ID numbers" only repeats the PESEL).
    expect(within(guidance).getByText(/^Leaked: PESEL \(Poland\) and lab results\./)).toBeTruthy();
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

  it('counts the breaches the cards list, across sources, in the banner', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-lab-2026', 'demo-shop-2025'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    const banner = await popup.check(VALID_PESEL);
    expect(within(banner).getByText('Breaches it appears in: 2')).toBeTruthy();
    const card = screen.getByRole('article', { name: /Demo lab breach/ });
    expect(within(card).getByText('Breaches it appears in: 2')).toBeTruthy();
  });

  it('opens the three most urgent steps only, and offers "Watch this" after the detail', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-lab-2026'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);

    const watch = screen.getByRole('button', { name: 'Watch this' });
    const guidance = screen.getByRole('region', { name: 'What to do now' });
    expect(guidance.compareDocumentPosition(watch) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

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

  it('offers a one-tap check of the other data a breach exposed', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-shop-2025'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);
    const offer = screen.getByText('This breach also exposed other data you can check here.');
    fireEvent.click(within(offer.parentElement!).getByRole('button', { name: 'Check: Email address' }));
    // A fresh form, set to that kind.
    expect(document.querySelector('.verdict-banner')).toBeNull();
    await waitFor(() => expect(popup.kindSelect().value).toBe('email'));
    expect(popup.field().value).toBe('');
  });

  it('says what a Pwned Passwords result is: how often the password was seen, not a breach of HIBP', async () => {
    const background = testBackground();
    const source = pwnedPasswordsSource();
    background.range.script({
      sourceId: source.id,
      outcome: { status: 'found', count: 3_861_493, breaches: source.breaches },
    });
    renderPage(<PopupApp />, { background });
    popup.passwordMode();
    const banner = await popup.check('password123');
    expect(
      within(banner).getByText(
        'This password appears 3,861,493 times in data breaches collected by Have I Been Pwned',
      ),
    ).toBeTruthy();
    const card = screen.getByRole('article', { name: /Pwned Passwords/ });
    expect(within(card).queryByText(/^Organisation:/)).toBeNull();
    expect(within(card).queryByText(/^When:/)).toBeNull();
    expect(
      within(card)
        .getByRole('link', { name: /by Have I Been Pwned/ })
        .getAttribute('href'),
    ).toBe('https://haveibeenpwned.com/Passwords');
    const guidance = screen.getByRole('region', { name: 'What to do now' });
    const first = guidance.querySelector('li.step h4')?.textContent;
    expect(first).toBe('Change this password everywhere you used it');
    expect(document.body.textContent).not.toContain('password123');
  });

  it('says not found, with the as-of date and what not found does not mean, and "Watch this" first', async () => {
    renderPage(<PopupApp />);
    await popup.check(VALID_PESEL);
    const card = screen.getByRole('article', { name: /Demo lab breach/ });
    expect(within(card).getByText('Not found')).toBeTruthy();
    expect(within(card).getByText(/only that it is not in the data of this source/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What to do now' })).toBeNull();
    const watch = screen.getByRole('button', { name: 'Watch this' });
    expect(watch.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows couldn't check with the reason, never as not found, and Retry checks again", async () => {
    const background = testBackground();
    background.range.script({
      sourceId: 'demo-lab-2026',
      outcome: { status: 'error', code: 'timeout', message: 'Demo did not answer in time.' },
      times: 1,
    });
    renderPage(<PopupApp />, { background });
    const banner = await popup.check(VALID_PESEL);

    expect(banner.classList.contains('verdict-error')).toBe(true);
    expect(verdictTitle()).toMatch(/^Couldn’t check •+59$/);
    expect(status().textContent).toMatch(/^Couldn’t check •+59\. Sources that did not answer: 1 of 1\./);
    const card = screen.getByRole('article', { name: /Demo lab breach/ });
    expect(within(card).getByText('Couldn’t check')).toBeTruthy();
    expect(within(card).getByText(/did not answer in time/)).toBeTruthy();
    expect(within(card).queryByText('Not found')).toBeNull();
    expect(banner.textContent).not.toMatch(/not found/i);

    fireEvent.click(within(card).getByRole('button', { name: /^Retry: Demo lab breach/ }));
    await waitFor(() => expect(verdictTitle()).toMatch(/^Not found/));
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

  it('shows the progress state while the check runs; an edit meanwhile drops the answer on its way', async () => {
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
    // The person changes the input: the answer for the old one must never show under the new one.
    popup.type(`${VALID_PESEL.slice(0, -1)}8`);
    expect(screen.queryByText('Checking privately…')).toBeNull();
    release();
    await waitFor(() => expect(background.range.calls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('.verdict-banner')).toBeNull();
    expect(screen.getByRole('region', { name: 'Results' }).getAttribute('aria-busy')).toBe('false');
  });
});

describe('popup: which kind it is', () => {
  // Valid as a Danish CPR and as a Swedish personnummer; no country is set.
  const CPR = '0707614285';

  it('asks when the input is valid as several kinds, checks nothing before, and remembers the answer', async () => {
    const { background } = renderPage(<PopupApp />);
    const sent = vi.spyOn(background.client, 'check');
    popup.type(CPR);
    popup.pressEnter();
    const question = await screen.findByRole('group', {
      name: 'This is valid as more than one kind of number. Which is it?',
    });
    expect(sent).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(within(question).getAllByRole('button')[0]));
    fireEvent.click(within(question).getByRole('button', { name: 'CPR number (Denmark)' }));
    await popup.answered();
    expect(screen.getByText('Checked as CPR number (Denmark).')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]?.[0]).toMatchObject({ kind: 'cpr', kindFrom: 'person' });
    await waitFor(async () =>
      expect((await background.client.settingsGet()).settings.countries).toEqual(['DK']),
    );

    // One tap checks the same input as the other kind it is valid as.
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Check as Personal identity number (personnummer) (Sweden) instead',
      }),
    );
    await waitFor(() =>
      expect(screen.getByText('Checked as Personal identity number (personnummer) (Sweden).')).toBeTruthy(),
    );
    expect(sent.mock.calls[1]?.[0]).toMatchObject({ kind: 'se-personnummer', kindFrom: 'person' });
    expect(screen.getByRole('button', { name: 'Check as CPR number (Denmark) instead' })).toBeTruthy();
  });

  it('with the person’s country set, checks without asking and says which kind it was checked as', async () => {
    const background = testBackground();
    await background.client.settingsUpdate({ patch: { countries: ['SE'], countryAsked: true } });
    renderPage(<PopupApp />, { background });
    // Settings arrive asynchronously; detection re-runs when they do.
    popup.type(CPR);
    await waitFor(() =>
      expect(popup.detectedKind()).toBe('Detected: Personal identity number (personnummer) (Sweden)'),
    );
    popup.pressEnter();
    await popup.answered();
    expect(screen.getByText('Checked as Personal identity number (personnummer) (Sweden).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check as CPR number (Denmark) instead' })).toBeTruthy();
  });

  it('asks for the country on first use, prefilled from the browser, and can be skipped', async () => {
    const background = testBackground();
    const { unmount } = renderPage(<PopupApp />, { background });
    const question = await screen.findByRole('form', { name: /Which country do you live in\?/ });
    // happy-dom's navigator says en-US: the United States is offered.
    expect((within(question).getByLabelText('Your country') as HTMLSelectElement).value).toBe('US');
    fireEvent.click(within(question).getByRole('button', { name: 'Not now' }));
    await waitFor(async () =>
      expect((await background.client.settingsGet()).settings.countryAsked).toBe(true),
    );
    expect((await background.client.settingsGet()).settings.countries).toEqual([]);
    unmount();
    renderPage(<PopupApp />, { background });
    await screen.findByLabelText('What do you want to check?');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Which country do you live in?')).toBeNull();
  });
});

describe('popup: password mode', () => {
  for (const password of ['jan@example.org', '12345678']) {
    it(`checks "${password}" as a password, in a field that stays masked, and never shows it`, async () => {
      const { background } = renderPage(<PopupApp />);
      popup.passwordMode();
      const input = popup.type(password);
      expect(input.type).toBe('password');
      expect(input.getAttribute('autocomplete')).toBe('new-password');
      // No way to show it, no kind picker, no detection: a password is only ever a password.
      expect(screen.queryByRole('button', { name: 'Show' })).toBeNull();
      expect(screen.queryByLabelText('Kind')).toBeNull();
      fireEvent.blur(input);
      expect(await screen.findByText('Ready to check as a password.')).toBeTruthy();
      popup.pressEnter();
      await popup.answered();
      expect(background.range.calls).toHaveLength(1);
      expect(background.range.calls[0]?.map((key) => key.kind)).toEqual(['password']);
      expect(screen.getByText('Checked as Password.')).toBeTruthy();
      expect(document.body.innerHTML).not.toContain(password);
    });
  }
});
