// Lives inside a closed shadow root, so page CSS cannot reach it and it cannot leak out.
// Colours meet WCAG AA: #1f2328 on #fff8c5 is about 15:1, white on #0b57d0 about 6.3:1,
// and the #0b57d0 focus ring stands out from the yellow background by more than 3:1.
export const BANNER_CSS = `
:host { all: initial; }
.banner {
  box-sizing: border-box;
  max-width: 26rem;
  padding: 0.9rem 1rem;
  border: 2px solid #9a6700;
  border-radius: 0.5rem;
  background: #fff8c5;
  color: #1f2328;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
}
h2 { margin: 0 0 0.4rem; font-size: 15px; font-weight: 700; }
p { margin: 0 0 0.4rem; }
.unconfirmed, .hint { font-size: 12.5px; }
a { color: #0a3f99; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.6rem; }
button {
  font: inherit;
  padding: 0.35rem 0.8rem;
  border-radius: 0.35rem;
  cursor: pointer;
  border: 1px solid #1f2328;
}
.check { background: #0b57d0; border-color: #0b57d0; color: #ffffff; font-weight: 600; }
.dismiss { background: transparent; color: #1f2328; }
button:focus-visible, a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (forced-colors: active) { .banner { border-color: CanvasText; } }
`;
