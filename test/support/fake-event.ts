import type { ExtensionEvent } from '../../src/platform/extension-api-types.ts';

/** An extension event with real add/remove semantics plus `emit` for tests. */
export class FakeEvent<Listener extends (...args: never[]) => unknown> implements ExtensionEvent<Listener> {
  readonly listeners = new Set<Listener>();
  addListener(listener: Listener): void {
    this.listeners.add(listener);
  }
  removeListener(listener: Listener): void {
    this.listeners.delete(listener);
  }
  hasListeners(): boolean {
    return this.listeners.size > 0;
  }
  emit(...args: Parameters<Listener>): ReturnType<Listener>[] {
    return [...this.listeners].map((listener) => listener(...args) as ReturnType<Listener>);
  }
}
