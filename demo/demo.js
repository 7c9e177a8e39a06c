// The demo page's own light/dark switch. It only sets the page's color-scheme: widgets with
// theme="auto" follow it by themselves.
const toggle = document.getElementById('scheme-toggle');
toggle?.addEventListener('click', () => {
  const dark = toggle.getAttribute('aria-pressed') !== 'true';
  toggle.setAttribute('aria-pressed', String(dark));
  document.documentElement.classList.toggle('dark', dark);
});
// `?dark` opens the page dark, for screenshots and links.
if (new URLSearchParams(location.search).has('dark')) toggle?.click();
