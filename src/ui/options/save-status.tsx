/**
 * A section's "Saved." (or why saving failed), placed in the section that changed so it is in view
 * wherever on the page the change was made. Always rendered, so screen readers announce new text.
 */
export function SaveStatus({ text }: { text: string }) {
  return (
    <p role="status" class="status saved">
      {text}
    </p>
  );
}
