// Starts GOV.UK Frontend's components (a module file: the CSP allows no inline script).
import { initAll } from '/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Long lists filter as you type (docs/portal.md): the filter form is sent a moment after the last key, or on choosing
// a value; it works the same without script, by its button. After the reload the caret goes back where it was.
const focusKey = 'steward-filter-focus';
for (const form of document.querySelectorAll('form.steward-table-filter')) {
  let timer;
  const send = (field) => {
    sessionStorage.setItem(focusKey, field.id);
    form.requestSubmit();
  };
  for (const input of form.querySelectorAll('[data-steward-filter="type"]')) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => send(input), 400);
    });
  }
  for (const select of form.querySelectorAll('[data-steward-filter="choose"]')) {
    select.addEventListener('change', () => send(select));
  }
}
const refocus = sessionStorage.getItem(focusKey);
if (refocus) {
  sessionStorage.removeItem(focusKey);
  // Once the page has loaded, or the browser's own focus handling takes it back.
  const restore = () => {
    const field = document.getElementById(refocus);
    if (field) {
      field.focus();
      if (field.type === 'search') {
        field.setSelectionRange(field.value.length, field.value.length);
      }
    }
  };
  if (document.readyState === 'complete') {
    restore();
  } else {
    window.addEventListener('load', restore, { once: true });
  }
}
