// Checks on inputs (docs/adr/0023-checks-on-inputs.md). After every accepted save, entry.js dispatches "chiso:saved"
// on the form with the server's answer; its `checks` list what the saved criterion's values break now (a part above
// its whole, a value out of bounds). They are shown under the criterion and the inputs concerned are marked; the
// server renders the same list when the page loads, so nothing here is needed to see them after a reload.
(() => {
  'use strict';
  const form = document.getElementById('entry');
  if (!form) { return; }
  const newest = new Map();

  const item = (check) => {
    const li = document.createElement('li');
    li.className = `check ${check.severity}`;
    li.dataset.inputs = check.inputs.join(' ');
    li.textContent = check.message;
    return li;
  };

  form.addEventListener('chiso:saved', (event) => {
    const body = event.detail || {};
    const criterion = body.value && body.value.criterion;
    const list = criterion && form.querySelector(`ul[data-checks="${CSS.escape(criterion)}"]`);
    // Answers may arrive out of order: an older one must not bring back a check a newer one cleared.
    if (!list || (newest.get(criterion) ?? -1) > (body.revision ?? 0)) { return; }
    newest.set(criterion, body.revision ?? 0);
    const checks = body.checks || [];
    list.replaceChildren(...checks.map(item));
    const flagged = new Set(checks.flatMap((c) => c.inputs));
    for (const field of form.querySelectorAll(`.field[data-criterion="${CSS.escape(criterion)}"]`)) {
      const on = flagged.has(field.dataset.input);
      field.classList.toggle('flagged', on);
      field.querySelectorAll('input, select').forEach((control) => {
        if (on) { control.setAttribute('aria-invalid', 'true'); } else { control.removeAttribute('aria-invalid'); }
      });
    }
  });
})();
