/* oxlint-disable unicorn/consistent-function-scoping -- queryDom is serialised into the page, so every
   helper it uses must be declared inside it. */
// The in-page half of firefox-page.ts: finds elements the way Playwright's getByRole / getByText /
// getByLabel do, for a browser Playwright cannot drive here (Firefox over WebDriver BiDi). `queryDom` is
// serialised into the page and run there, so it may use nothing from this module but its argument.
//
// What it implements, after Playwright's documented behaviour: implicit ARIA roles of the HTML elements
// these pages use; accessible names from aria-labelledby, aria-label, <label>, <legend>, <caption>, alt,
// content (for roles named by content) and title; hidden elements (aria-hidden, display:none,
// visibility:hidden) left out of role queries; names and texts matched whitespace-normalised, as a
// case-insensitive substring by default or whole and case-sensitive with `exact`, or by RegExp.

/** A string, or a RegExp sent as source and flags (RegExps do not survive serialisation). */
export type SerialMatch = { text: string; exact: boolean } | { source: string; flags: string };

export type QueryStep =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: SerialMatch; level?: number }
  | { kind: 'text'; match: SerialMatch }
  | { kind: 'label'; match: SerialMatch }
  | { kind: 'hasText'; match: SerialMatch }
  | { kind: 'has'; steps: QueryStep[] }
  | { kind: 'nth'; index: number };

export function toSerialMatch(match: string | RegExp, exact = false): SerialMatch {
  return typeof match === 'string' ? { text: match, exact } : { source: match.source, flags: match.flags };
}

/** Runs in the page: the elements `steps` select, in document order. */
export function queryDom(steps: QueryStep[]): Element[] {
  const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const matches = (value: string, m: SerialMatch): boolean => {
    const text = normalise(value);
    if ('source' in m) return new RegExp(m.source, m.flags).test(text);
    const want = normalise(m.text);
    return m.exact ? text === want : text.toLowerCase().includes(want.toLowerCase());
  };

  const isHidden = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (e.getAttribute('aria-hidden') === 'true') return true;
    }
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    return !el.checkVisibility();
  };

  const implicitRole = (el: Element): string => {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    const named = (): boolean => el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    switch (tag) {
      case 'button':
        return 'button';
      case 'a':
      case 'area':
        return el.hasAttribute('href') ? 'link' : '';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return 'searchbox';
        if (['text', 'email', 'tel', 'url', 'password'].includes(type)) return 'textbox';
        return '';
      case 'textarea':
        return 'textbox';
      case 'select':
        return el.hasAttribute('multiple') || Number(el.getAttribute('size') ?? 0) > 1
          ? 'listbox'
          : 'combobox';
      case 'option':
        return 'option';
      case 'optgroup':
      case 'fieldset':
      case 'details':
        return 'group';
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading';
      case 'ul':
      case 'ol':
      case 'menu':
        return 'list';
      case 'li':
        return 'listitem';
      case 'section':
        return named() ? 'region' : '';
      case 'form':
        return named() ? 'form' : '';
      case 'article':
        return 'article';
      case 'aside':
        return 'complementary';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'header':
        return el.closest('article, aside, main, nav, section') ? '' : 'banner';
      case 'footer':
        return el.closest('article, aside, main, nav, section') ? '' : 'contentinfo';
      case 'dialog':
        return 'dialog';
      case 'table':
        return 'table';
      case 'tr':
        return 'row';
      case 'td':
        return 'cell';
      case 'th':
        return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
      case 'thead':
      case 'tbody':
      case 'tfoot':
        return 'rowgroup';
      case 'output':
        return 'status';
      case 'img':
        return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'hr':
        return 'separator';
      case 'progress':
        return 'progressbar';
      case 'p':
        return 'paragraph';
      default:
        return '';
    }
  };
  const roleOf = (el: Element): string => el.getAttribute('role')?.trim().split(/\s+/)[0] ?? implicitRole(el);

  const NAME_FROM_CONTENT = new Set([
    'button',
    'cell',
    'checkbox',
    'columnheader',
    'gridcell',
    'heading',
    'link',
    'menuitem',
    'option',
    'radio',
    'row',
    'rowheader',
    'switch',
    'tab',
    'tooltip',
    'treeitem',
  ]);

  const textOf = (node: Node, seen: Set<Node>): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || seen.has(node)) return '';
    seen.add(node);
    if (node.getAttribute('aria-hidden') === 'true') return '';
    const tag = node.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') return '';
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
    const label = node.getAttribute('aria-label');
    if (label !== null && label.trim() !== '') return ` ${label} `;
    if (tag === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
    const inner = [...node.childNodes].map((child) => textOf(child, seen)).join('');
    // Block-level children read as separate words, as the accessibility tree has them.
    return style.display === 'inline' ? inner : ` ${inner} `;
  };

  const byIds = (ids: string): string =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .map((ref) => (ref ? textOf(ref, new Set()) : ''))
      .join(' ');

  const accessibleName = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return normalise(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label && label.trim() !== '') return normalise(label);
    const tag = el.tagName.toLowerCase();
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
    ) {
      const labels = [...(el.labels ?? [])].map((l) => textOf(l, new Set())).join(' ');
      if (normalise(labels) !== '') return normalise(labels);
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) {
        return normalise(el.value);
      }
    }
    if (tag === 'fieldset') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return normalise(textOf(legend, new Set()));
    }
    if (tag === 'table') {
      const caption = el.querySelector(':scope > caption');
      if (caption) return normalise(textOf(caption, new Set()));
    }
    if (tag === 'optgroup') return normalise(el.getAttribute('label') ?? '');
    if (tag === 'img') return normalise(el.getAttribute('alt') ?? '');
    if (NAME_FROM_CONTENT.has(roleOf(el))) {
      const content = normalise(textOf(el, new Set()));
      if (content !== '') return content;
    }
    return normalise(el.getAttribute('title') ?? '');
  };

  const labelTexts = (el: Element): string[] => {
    const texts: string[] = [];
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) texts.push(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label) texts.push(label);
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
    ) {
      for (const l of el.labels ?? []) texts.push(textOf(l, new Set()));
    }
    return texts;
  };

  /** Every element under `root` (open shadow roots included, as Playwright pierces them). */
  const descendants = (root: Element | Document): Element[] => {
    const out: Element[] = [];
    const walk = (node: Element | Document | ShadowRoot): void => {
      for (const child of node.children) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(root);
    return out;
  };

  const ownText = (el: Element): string =>
    normalise(el instanceof HTMLElement ? el.innerText : (el.textContent ?? ''));
  const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TEMPLATE', 'TITLE', 'NOSCRIPT']);

  const run = (roots: (Element | Document)[], list: QueryStep[]): Element[] => {
    let current: (Element | Document)[] = roots;
    for (const step of list) {
      let next: Element[];
      const within = (keep: (el: Element) => boolean): Element[] => {
        const found = new Set<Element>();
        for (const root of current) for (const el of descendants(root)) if (keep(el)) found.add(el);
        return [...found];
      };
      const self = (): Element[] => current.filter((x): x is Element => x instanceof Element);
      switch (step.kind) {
        case 'css': {
          const found = new Set<Element>();
          for (const root of current) for (const el of root.querySelectorAll(step.selector)) found.add(el);
          next = [...found];
          break;
        }
        case 'role':
          next = within(
            (el) =>
              roleOf(el) === step.role &&
              !isHidden(el) &&
              (step.level === undefined ||
                Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) === step.level) &&
              (step.name === undefined || matches(accessibleName(el), step.name)),
          );
          break;
        case 'text': {
          // The innermost elements whose text matches: a parent that matches only through a matching
          // child is left out, as in Playwright.
          const hits = within(
            (el) => !SKIP_TEXT.has(el.tagName) && matches(el.textContent ?? '', step.match),
          );
          next = hits.filter((el) => ![...el.children].some((child) => hits.includes(child)));
          break;
        }
        case 'label':
          next = within((el) => labelTexts(el).some((t) => matches(t, step.match)));
          break;
        case 'hasText':
          next = self().filter((el) => matches(ownText(el), step.match));
          break;
        case 'has':
          next = self().filter((el) => run([el], step.steps).length > 0);
          break;
        case 'nth': {
          const all = self();
          const pick = step.index < 0 ? all.at(step.index) : all[step.index];
          next = pick ? [pick] : [];
          break;
        }
      }
      current = next.toSorted((a, b) =>
        a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    }
    return current.filter((x): x is Element => x instanceof Element);
  };

  return run([document], steps);
}
