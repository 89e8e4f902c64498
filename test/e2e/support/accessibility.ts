import type { Page } from 'playwright-core';

// What a person (or a screen reader) is offered, read from Chromium's accessibility tree. Unlike DOM
// locators this reaches into closed shadow roots, which is where the portal banner lives so that the
// page it warns about cannot read or restyle it.

export interface AccessibleNode {
  role: string;
  name: string;
  backendNodeId?: number;
}

interface AxTree {
  nodes: {
    ignored: boolean;
    role?: { value: string };
    name?: { value: string };
    backendDOMNodeId?: number;
  }[];
}

// Text fragments repeat their parent's words; leave them out so each text appears once.
const FRAGMENT_ROLES = new Set(['InlineTextBox', 'StaticText']);

export async function accessibleNodes(page: Page): Promise<AccessibleNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as AxTree;
    return nodes
      .filter((n) => !n.ignored && n.name?.value && !FRAGMENT_ROLES.has(n.role?.value ?? ''))
      .map((n) => ({
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        ...(n.backendDOMNodeId === undefined ? {} : { backendNodeId: n.backendDOMNodeId }),
      }));
  } finally {
    await cdp.detach();
  }
}

/** Every named node as `role: name`, one per line, for readable assertions and failure output. */
export async function accessibleText(page: Page): Promise<string> {
  return (await accessibleNodes(page)).map((n) => `${n.role}: ${n.name}`).join('\n');
}

/** Clicks the centre of the first node with this role and name (also inside closed shadow roots). */
export async function clickAccessible(page: Page, role: string, name: string | RegExp): Promise<void> {
  const node = (await accessibleNodes(page)).find(
    (n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name)),
  );
  if (node?.backendNodeId === undefined) throw new Error(`no ${role} named ${String(name)} on the page`);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
