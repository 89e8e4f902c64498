import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtensionBrowser } from '../../e2e/support/extension-browser.ts';
import { startLocalWeb } from '../../e2e/support/local-web.ts';
import { chromiumPath } from '../../e2e/support/paths.ts';
import { htmlSite } from '../../e2e/support/sites.ts';
import { extensionBundles, type BundleSize } from '../lib/bundle-sizes.ts';
import { probeContentScript, timePopup, type PopupTiming } from '../lib/chromium-probe.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { SectionBuilder } from '../lib/figures.ts';
import { CHROME_DIST, REPO_ROOT } from '../lib/paths.ts';
import { median } from '../lib/timing.ts';

/** A catalogued portal (in the manifest's content-script matches) and a page that is in no list. */
const CATALOGUED = 'alablaboratoria.pl';
const UNCATALOGUED = 'ordinary-page.exposure-check.test';
const KIB = 1024;

/** Issue 15: gzipped JavaScript loaded before the page is usable. */
const GZIP_TARGET_KIB: Record<string, number> = { popup: 40, content: 15 };

function addBundle(s: SectionBuilder, key: string, what: string, size: BundleSize | undefined): void {
  s.add(`${key}.rawKiB`, `${what} JavaScript, raw`, size === undefined ? null : size.rawBytes / KIB, 'KiB');
  const gzip = size === undefined ? null : size.gzipBytes / KIB;
  const target = GZIP_TARGET_KIB[key];
  if (target === undefined) s.add(`${key}.gzipKiB`, `${what} JavaScript, gzip -9`, gzip, 'KiB');
  else s.target(`${key}.gzipKiB`, `${what} JavaScript, gzip -9`, gzip, 'KiB', { atMost: target });
  s.add(`${key}.files`, `${what} JavaScript files`, size?.files.length ?? null, 'files');
}

/**
 * An extension page with nothing but an input, added to a copy of the build: the time a new tab takes to
 * show anything on this machine, measured beside the popup so that load and machine speed cancel out.
 */
const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><input></body></html>';

async function withBlankPage(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'exposure-check-bench-ext-'));
  await cp(CHROME_DIST, dir, { recursive: true });
  await writeFile(join(dir, BLANK_PAGE), BLANK_HTML);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function chromiumFigures(ctx: BenchContext, s: SectionBuilder, popupHtml: string): Promise<void> {
  const web = await startLocalWeb({
    [CATALOGUED]: htmlSite('ALAB laboratoria (local stand-in)'),
    [UNCATALOGUED]: htmlSite('An ordinary page'),
  });
  const copy = await withBlankPage();
  const browser = await launchExtensionBrowser({
    hostMap: web.hostMap(),
    allowConsoleErrors: [/./],
    extensionDir: copy.dir,
  });
  try {
    const runs = ctx.quick ? 2 : 8;
    const timings: PopupTiming[] = [];
    const blanks: PopupTiming[] = [];
    // Interleaved, so the popup and the blank page see the same load.
    for (let i = 0; i < runs; i++) {
      timings.push(await timePopup(browser.context, browser.extensionUrl(popupHtml), 5_000));
      blanks.push(await timePopup(browser.context, browser.extensionUrl(BLANK_PAGE), 5_000));
    }
    const [cold, ...warm] = timings;
    const blankWarm = blanks.slice(1);
    const hasInput = timings.every((t) => t.hasInput);
    const dom = warm.map((t) => t.domMs).filter((ms): ms is number => ms !== null);
    const popupMs = hasInput ? median(warm.map((t) => t.wallMs)) : null;
    const blankMs = median(blankWarm.map((t) => t.wallMs));
    s.add('popup.hasInput', 'popup shows an input', hasInput);
    s.target(
      'popup.interactiveMs',
      `popup opened → input visible (Playwright), median of ${warm.length}`,
      popupMs,
      'ms',
      {
        atMost: 100,
      },
    );
    s.add(
      'popup.blankPageMs',
      'blank extension page with one input → input visible, median (baseline)',
      blankMs,
      'ms',
    );
    s.add(
      'popup.overBlankMs',
      'popup minus the blank page: what the popup itself costs, median of pairs',
      hasInput ? median(warm.map((t, i) => t.wallMs - (blankWarm[i]?.wallMs ?? Number.NaN))) : null,
      'ms',
    );
    s.add(
      'popup.interactiveDomMs',
      'navigation start → input in the DOM (in-page clock), median',
      hasInput && dom.length > 0 ? median(dom) : null,
      'ms',
    );
    s.target(
      'popup.firstOpenMs',
      'first open after browser start → input visible',
      hasInput ? (cold?.wallMs ?? null) : null,
      'ms',
      { atMost: 200 },
    );
    s.add(
      'popup.blankFirstOpenMs',
      'blank page right after that first open → input visible',
      blanks[0]?.wallMs ?? null,
      'ms',
    );
    s.add('popup.loadMs', 'popup opened → load event, median', median(warm.map((t) => t.loadMs)), 'ms');
    const settle = ctx.quick ? 1_500 : 3_000;
    const on = await probeContentScript(browser.context, web.url(CATALOGUED), browser.extensionId, settle);
    const off = await probeContentScript(browser.context, web.url(UNCATALOGUED), browser.extensionId, settle);
    s.add('content.injectedOnCatalogued', `content script runs on ${CATALOGUED} (catalogued)`, on.injected);
    s.add('content.bannerOnCatalogued', `warning banner shown on ${CATALOGUED}`, on.banner);
    s.add(
      'content.injectedOnUncatalogued',
      `content script runs on ${UNCATALOGUED} (uncatalogued)`,
      off.injected,
    );
    s.add('content.bannerOnUncatalogued', `warning banner shown on ${UNCATALOGUED}`, off.banner);
    if (!hasInput)
      s.note('The popup had no enabled input within 5 s, so no time to interactive was recorded.');
  } finally {
    await browser.close().catch(() => undefined);
    await web.close();
    await copy.remove();
  }
}

export const extensionCost: Benchmark = {
  id: 'extension',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder('extension', 'Extension cost (dist/chrome, headless Chromium)');
    if (ctx.build) {
      ctx.log('extension: npm run build:chrome');
      const built = spawnSync('npm', ['run', 'build:chrome'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
      if (built.status !== 0) throw new Error('npm run build:chrome failed');
    }
    if (!existsSync(join(CHROME_DIST, 'manifest.json'))) {
      s.note('No dist/chrome: run `npm run build` (or pass --build) to measure the extension.');
      return s.build();
    }
    const bundles = extensionBundles(CHROME_DIST);
    addBundle(s, 'popup', 'popup', bundles.popup);
    addBundle(s, 'background', 'background service worker', bundles.background);
    addBundle(s, 'content', 'content script', bundles.content);
    if (!existsSync(chromiumPath())) {
      s.note(
        `No Chromium at ${chromiumPath()} (set CHROMIUM_PATH): popup timing and the content-script check were skipped.`,
      );
    } else if (bundles.popupHtml !== undefined) {
      ctx.log('extension: headless Chromium');
      await chromiumFigures(ctx, s, bundles.popupHtml);
    }
    s.note(
      'Sizes: the files each part loads up front (its entry and static imports) in the current dist/chrome (minified; EXPOSURE_CHECK_READABLE=1 builds it readable), pages also counting the webextension-polyfill chunk they await before their first render. ' +
        'Popup timing opens the popup page as a tab (400×600) in one warm headless Chromium with the unpacked extension, each open followed by a blank extension page with one input (the baseline: what any new tab costs on this machine); the first open is reported apart. ' +
        `Content script: a local page for each host name via --host-resolver-rules; "runs" means an isolated world of the extension appeared (CDP).`,
    );
    return s.build();
  },
};
