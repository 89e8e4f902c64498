/** A busy indicator; the text beside it is what screen readers get, the ring is decoration. */
export function Spinner({ label }: { label: string }) {
  return (
    <span class="busy">
      <span class="spinner" aria-hidden="true" /> {label}
    </span>
  );
}
