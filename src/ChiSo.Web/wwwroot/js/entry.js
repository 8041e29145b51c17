// Data entry: every field saves itself shortly after the user stops typing (POST /api/v1/submissions/{id}/values),
// the points the engine gives come back with the answer, and a save someone else overtook shows both values.
(() => {
  'use strict';
  const form = document.getElementById('entry');
  if (!form) { return; }
  const msg = form.dataset;
  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  const url = `/api/v1/submissions/${form.dataset.submission}/values`;
  const state = document.getElementById('save-state');
  const timers = new Map();

  // A citation goes as its parts and comes back as its parts: how they are stored is the server's business.
  const partsOf = (field) => [...field.querySelectorAll('[data-part]')].map((e) => e.value);
  const valueOf = (field) => (field.dataset.kind === 'document'
    ? { parts: partsOf(field) }
    : { value: field.querySelector('input, select').value.trim() });

  // Several saves may be in flight (the user tabs on); answers can arrive out of order. Each carries the
  // submission's revision: only points at least as new as the newest already shown are applied.
  let revision = -1;
  const showPoints = (points, at) => {
    if (at < revision) { return; }
    revision = at;
    for (const p of points) {
      for (const out of document.querySelectorAll(`output[data-points="${CSS.escape(p.code)}"]`)) {
        out.textContent = p.shown;
      }
    }
  };

  const note = (field, text, kind) => {
    const line = field.querySelector('.msg');
    line.textContent = text;
    line.className = `msg ${kind || ''}`;
  };

  const setValue = (field, state) => {
    if (field.dataset.kind === 'document') {
      field.querySelectorAll('[data-part]').forEach((e, i) => { e.value = (state.parts || [])[i] || ''; });
    } else {
      field.querySelector('input, select').value = state.value;
    }
  };

  const showConflict = (field, body) => {
    const line = field.querySelector('.msg');
    line.className = 'msg conflict';
    line.replaceChildren();
    const text = document.createElement('span');
    text.textContent = `${body.message} ${msg.msgStored}: ${body.stored.value || msg.msgEmpty} (${body.stored.enteredBy || ''}). ${msg.msgYours}: ${body.attempted.value || msg.msgEmpty}.`;
    const mine = document.createElement('button');
    mine.type = 'button';
    mine.textContent = msg.msgKeepMine;
    mine.addEventListener('click', () => { field.dataset.version = body.stored.version ?? ''; save(field); });
    const theirs = document.createElement('button');
    theirs.type = 'button';
    theirs.textContent = msg.msgKeepStored;
    theirs.addEventListener('click', () => {
      field.dataset.version = body.stored.version ?? '';
      setValue(field, body.stored);
      note(field, msg.msgSaved, 'ok');
    });
    line.append(text, ' ', mine, ' ', theirs);
  };

  async function save(field) {
    const control = field.querySelector('input:not([data-part]), select');
    if (control && !control.checkValidity()) {
      note(field, control.validationMessage, 'error');
      return;
    }
    const version = field.dataset.version === '' ? null : Number(field.dataset.version);
    state.textContent = msg.msgSaving;
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
        body: JSON.stringify({ criterion: field.dataset.criterion, input: field.dataset.input, ...valueOf(field), version }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        field.dataset.version = body.value.version ?? '';
        note(field, msg.msgSaved, 'ok');
        showPoints(body.points, body.revision ?? 0);
        form.dispatchEvent(new CustomEvent('chiso:saved', { detail: body })); // checks.js shows failed checks
        state.textContent = msg.msgSaved;
      } else if (response.status === 409) {
        showConflict(field, body);
        state.textContent = '';
      } else {
        note(field, body.detail || msg.msgFailed, 'error');
        state.textContent = '';
      }
    } catch {
      note(field, msg.msgFailed, 'error');
      state.textContent = '';
    }
  }

  const schedule = (field) => {
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(() => save(field), 500));
  };

  for (const field of form.querySelectorAll('[data-input]')) {
    field.addEventListener('input', () => schedule(field));
    field.addEventListener('change', () => schedule(field));
  }
  form.addEventListener('submit', (e) => e.preventDefault());
})();
