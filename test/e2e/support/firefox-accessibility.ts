import type { Page as PuppeteerPage } from 'puppeteer-core';

// Firefox's counterpart of accessibility.ts. Page scripts cannot see into a closed shadow root (where the
// portal banner lives, so the page it warns about cannot read it), and WebDriver BiDi has no
// accessibility-tree command, but BiDi can serialise the DOM with closed shadow trees included
// (`includeShadowTree: "all"`) and click a node by its shared id. This reads that serialisation: ARIA
// roles of the elements the banner and test pages use, names from aria-labelledby (within the same
// shadow tree), aria-label, or the text of roles named by content.

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface SerialNode {
  type: 'node';
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerialNode[];
    shadowRoot?: SerialNode | null;
  };
}

export interface FirefoxAccessibleNode {
  role: string;
  name: string;
  sharedId: string;
}

const TEXT = 3;
const ELEMENT = 1;
const NAMED_BY_CONTENT = new Set(['button', 'link', 'heading', 'tab', 'option', 'checkbox', 'cell', 'row']);
const SILENT = new Set(['style', 'script', 'template', 'head']);

/** The BiDi browsing context id of the page's main frame (puppeteer keeps it as the frame's id). */
function contextOf(page: PuppeteerPage): string {
  const id = (page.mainFrame() as unknown as Record<string, unknown>)['_id'];
  if (typeof id !== 'string') throw new Error('puppeteer frame has no BiDi context id');
  return id;
}

function roleOf(node: SerialNode): string {
  const v = node.value;
  const explicit = v?.attributes?.['role']?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = v?.localName ?? '';
  if (tag === 'button') return 'button';
  if (tag === 'a' && v?.attributes?.['href'] !== undefined) return 'link';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'section' && (v?.attributes?.['aria-label'] || v?.attributes?.['aria-labelledby']))
    return 'region';
  return '';
}

function textOf(node: SerialNode): string {
  const v = node.value;
  if (v === undefined) return '';
  if (v.nodeType === TEXT) return v.nodeValue ?? '';
  if (v.nodeType === ELEMENT && (SILENT.has(v.localName ?? '') || v.attributes?.['aria-hidden'] === 'true')) {
    return '';
  }
  const label = v.attributes?.['aria-label'];
  if (label) return ` ${label} `;
  return ` ${(v.children ?? []).map(textOf).join('')} `;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every named node of the page, closed shadow trees included, in document order. */
export async function firefoxAccessibleNodes(
  bidi: BidiConnection,
  page: PuppeteerPage,
): Promise<FirefoxAccessibleNode[]> {
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: '() => document.documentElement',
    target: { context: contextOf(page) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
  });
  if (result['type'] === 'exception') throw new Error(`DOM serialisation failed: ${JSON.stringify(result)}`);
  const root = result['result'] as SerialNode;
  const nodes: FirefoxAccessibleNode[] = [];

  const walk = (node: SerialNode, scope: Map<string, SerialNode>): void => {
    const v = node.value;
    if (v === undefined) return;
    if (v.nodeType === ELEMENT) {
      const role = roleOf(node);
      if (role !== '' && node.sharedId !== undefined) {
        const labelledBy = v.attributes?.['aria-labelledby'];
        const name = labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => {
                const ref = scope.get(id);
                return ref ? textOf(ref) : '';
              })
              .join(' ')
          : (v.attributes?.['aria-label'] ?? (NAMED_BY_CONTENT.has(role) ? textOf(node) : ''));
        if (normalise(name) !== '') nodes.push({ role, name: normalise(name), sharedId: node.sharedId });
      }
      if (v.shadowRoot) walk(v.shadowRoot, idsIn(v.shadowRoot));
    }
    for (const child of v.children ?? []) walk(child, scope);
  };

  const title = findTitle(root);
  if (title !== '' && root.sharedId !== undefined)
    nodes.push({ role: 'document', name: title, sharedId: root.sharedId });
  walk(root, idsIn(root));
  return nodes;
}

/** Elements with an id inside one tree scope (a shadow root's ids do not leak out of it, nor in). */
function idsIn(scopeRoot: SerialNode): Map<string, SerialNode> {
  const ids = new Map<string, SerialNode>();
  const visit = (node: SerialNode): void => {
    const id = node.value?.attributes?.['id'];
    if (id) ids.set(id, node);
    for (const child of node.value?.children ?? []) visit(child);
  };
  visit(scopeRoot);
  return ids;
}

function findTitle(node: SerialNode): string {
  if (node.value?.localName === 'title') return normalise((node.value.children ?? []).map(textOf).join(''));
  for (const child of node.value?.children ?? []) {
    const found = findTitle(child);
    if (found !== '') return found;
  }
  return '';
}

/** A real mouse click (BiDi input.performActions) at the centre of the node with this shared id. */
export async function firefoxClickNode(
  bidi: BidiConnection,
  page: PuppeteerPage,
  sharedId: string,
): Promise<void> {
  await bidi.send('input.performActions', {
    context: contextOf(page),
    actions: [
      {
        type: 'pointer',
        id: 'exposure-check-e2e-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
  await bidi.send('input.releaseActions', { context: contextOf(page) });
}
