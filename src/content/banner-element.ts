import { BANNER_CSS } from './banner-styles.ts';
import type { BannerText } from './banner-text.ts';

export interface BannerActions {
  onCheck(): void;
  /** "Check privately against this breach's list": shown only when the text has a label for it. */
  onPrivateCheck(): void;
  onDismiss(): void;
}

/** The mounted banner. `root` is the closed shadow root: only the extension holds a reference to it. */
export interface MountedBanner {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  right: '16px',
  bottom: '16px',
  'z-index': '2147483647',
  display: 'block',
};

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  // textContent only: catalogue and locale strings are never parsed as HTML.
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

function incidentNodes(doc: Document, text: BannerText): HTMLElement[] {
  return text.incidents.flatMap((line) => {
    const paragraph = el(doc, 'p', { text: `${line.text} ` });
    const link = el(doc, 'a', { text: line.noticeLabel });
    link.href = line.noticeUrl;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    paragraph.append(link);
    if (!line.unconfirmed) return [paragraph];
    return [paragraph, el(doc, 'p', { className: 'unconfirmed', text: text.unconfirmedNote })];
  });
}

function buildSection(doc: Document, text: BannerText, actions: BannerActions): HTMLElement {
  const section = el(doc, 'section', { className: 'banner' });
  section.setAttribute('role', 'region');
  section.setAttribute('aria-labelledby', 'exposure-check-heading');
  const heading = el(doc, 'h2', { text: text.heading });
  heading.id = 'exposure-check-heading';
  const check = el(doc, 'button', { className: 'check', text: text.checkLabel });
  check.type = 'button';
  check.addEventListener('click', () => actions.onCheck());
  const dismiss = el(doc, 'button', { className: 'dismiss', text: text.dismiss });
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', text.dismissLabel);
  dismiss.addEventListener('click', () => actions.onDismiss());
  const buttons = el(doc, 'div', { className: 'actions' });
  if (text.privateCheckLabel !== undefined) {
    const privateCheck = el(doc, 'button', {
      className: 'check private-check',
      text: text.privateCheckLabel,
    });
    privateCheck.type = 'button';
    privateCheck.addEventListener('click', () => actions.onPrivateCheck());
    buttons.append(privateCheck);
  }
  buttons.append(check, dismiss);
  section.append(
    heading,
    ...incidentNodes(doc, text),
    el(doc, 'p', { className: 'hint', text: text.privacyHint }),
    buttons,
    el(doc, 'p', { className: 'hint', text: text.settingsHint }),
  );
  // Escape from anywhere inside the banner dismisses it, like closing a dialog.
  section.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.onDismiss();
  });
  return section;
}

/** Renders the banner into a closed shadow root appended to the page; the page's own DOM is never read. */
export function mountBanner(doc: Document, text: BannerText, actions: BannerActions): MountedBanner {
  const host = doc.createElement('exposure-check-banner');
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', { text: BANNER_CSS });
  root.append(style, buildSection(doc, text, actions));
  (doc.body ?? doc.documentElement).append(host);
  return { host, root, remove: () => host.remove() };
}
