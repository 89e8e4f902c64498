import { render } from 'preact';

// Placeholder popup; the check flow lands with the extension issue.
function Popup() {
  return <main>Exposure Check</main>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
