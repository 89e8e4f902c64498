import { render } from 'preact';

// Placeholder settings page; filled in by the extension issue.
function Options() {
  return <main>Exposure Check settings</main>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
