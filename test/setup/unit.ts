// Real IndexedDB semantics in unit tests (idb runs on top of it unchanged).
import 'fake-indexeddb/auto';
