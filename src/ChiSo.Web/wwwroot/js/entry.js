// Data entry: every field saves itself shortly after the user stops typing (POST /api/v1/submissions/{id}/values),
// the points the engine gives come back with the answer, and a save someone else overtook shows both values.
// Nothing typed is dropped: each field shows whether it is unsaved, saving, saved or failed (data-save); waiting saves
// are sent at once when the page is hidden or left (keepalive, so they outlive the page) and before following a link;
// leaving while a save is unsettled asks first.
// For other scripts: after each save the field (the element with data-input) gets a bubbling `chiso:saved` event whose
// detail is the parsed answer ({ value, points, revision, … }); a refused save gets `chiso:save-failed` with
// { status, body }.
(() => {
  'use strict';
  const entry = document.getElementById('entry');
  if (!entry) { return; }
  const msg = entry.dataset;
  const token = entry.querySelector('input[name="__RequestVerificationToken"]').value;
  const url = `/api/v1/submissions/${entry.dataset.submission}/values`;
  const state = document.getElementById('save-state');
  const fields = [...entry.querySelectorAll('[data-input]')];
  const timers = new Map();
  const inflight = new Map();

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
    for (const p of points || []) {
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

  const unsettled = () => fields.filter((f) => f.dataset.save === 'unsaved' || f.dataset.save === 'saving' || f.dataset.save === 'failed');
  const summarise = () => {
    const waiting = unsettled().length;
    state.textContent = waiting > 0 ? `${msg.msgPending} (${waiting})` : (fields.some((f) => f.dataset.save === 'saved') ? msg.msgSaved : '');
    state.className = waiting > 0 ? 'save-state pending' : 'save-state';
  };
  const mark = (field, save, text, kind) => {
    field.dataset.save = save;
    note(field, text, kind);
    summarise();
  };

  const setValue = (field, stored) => {
    if (field.dataset.kind === 'document') {
      field.querySelectorAll('[data-part]').forEach((e, i) => { e.value = (stored.parts || [])[i] || ''; });
    } else {
      field.querySelector('input, select').value = stored.value;
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
    mine.className = 'secondary';
    mine.textContent = msg.msgKeepMine;
    mine.addEventListener('click', () => { field.dataset.version = body.stored.version ?? ''; save(field); });
    const theirs = document.createElement('button');
    theirs.type = 'button';
    theirs.className = 'secondary';
    theirs.textContent = msg.msgKeepStored;
    theirs.addEventListener('click', () => {
      field.dataset.version = body.stored.version ?? '';
      setValue(field, body.stored);
      mark(field, 'saved', msg.msgSaved, 'ok');
    });
    line.append(text, ' ', mine, ' ', theirs);
  };

  const versionOf = (field) => (field.dataset.version === '' || field.dataset.version === undefined ? null : Number(field.dataset.version));

  // keepalive: a save already sent is finished by the browser even when the page goes away.
  async function send(field, version) {
    const edit = field.dataset.edit || '0';
    field.dataset.sent = version ?? '';
    mark(field, 'saving', msg.msgSaving, 'saving');
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        keepalive: true,
        headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
        body: JSON.stringify({ criterion: field.dataset.criterion, input: field.dataset.input, ...valueOf(field), version }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        field.dataset.version = body.value.version ?? '';
        showPoints(body.points, body.revision ?? 0);
        // Typed again while this save was on its way: the newer value still has to go.
        if (edit === (field.dataset.edit || '0')) { mark(field, 'saved', msg.msgSaved, 'ok'); }
        field.dispatchEvent(new CustomEvent('chiso:saved', { bubbles: true, detail: body }));
      } else {
        if (response.status === 409) {
          field.dataset.save = 'failed';
          showConflict(field, body);
          summarise();
        } else {
          mark(field, 'failed', body.detail || msg.msgFailed, 'error');
        }
        field.dispatchEvent(new CustomEvent('chiso:save-failed', { bubbles: true, detail: { status: response.status, body } }));
      }
    } catch {
      mark(field, 'failed', msg.msgFailed, 'error');
    }
  }

  // One save per field at a time, so that each carries the version the previous one gave.
  function save(field) {
    clearTimeout(timers.get(field));
    timers.delete(field);
    const control = field.querySelector('input:not([data-part]), select');
    if (control && !control.checkValidity()) {
      mark(field, 'failed', control.validationMessage, 'error');
      return Promise.resolve();
    }
    if (inflight.has(field)) {
      field.dataset.again = '1';
      return inflight.get(field);
    }
    const running = send(field, versionOf(field)).finally(() => {
      inflight.delete(field);
      if (field.dataset.again) {
        delete field.dataset.again;
        save(field);
      }
    });
    inflight.set(field, running);
    return running;
  }

  // Everything typed and not yet sent goes now. A field whose earlier save is still on its way is sent with the
  // version that save will give, since the page may not live to see its answer.
  function flush() {
    for (const field of fields) {
      const waiting = timers.has(field) || field.dataset.again;
      if (!waiting) { continue; }
      if (inflight.has(field)) {
        clearTimeout(timers.get(field));
        timers.delete(field);
        delete field.dataset.again;
        const sent = field.dataset.sent === '' ? -1 : Number(field.dataset.sent);
        send(field, sent + 1);
      } else {
        save(field);
      }
    }
    return Promise.all([...inflight.values()]);
  }

  const schedule = (field) => {
    field.dataset.edit = String(Number(field.dataset.edit || 0) + 1);
    mark(field, 'unsaved', msg.msgUnsaved, 'pending');
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(() => save(field), 500));
  };

  for (const field of fields) {
    field.addEventListener('input', () => schedule(field));
    field.addEventListener('change', () => { if (field.dataset.save === 'unsaved') { save(field); } });
  }

  // A value typed while the page was still loading, before this script ran, has no timer yet: it goes now.
  const typedEarly = (field) => [...field.querySelectorAll('input, select')].some((c) => (c.tagName === 'SELECT'
    ? [...c.options].some((o) => o.selected !== o.defaultSelected)
    : c.value !== c.defaultValue));
  fields.filter(typedEarly).forEach(schedule);

  window.addEventListener('pagehide', () => { flush(); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') { flush(); } });
  window.addEventListener('beforeunload', (event) => {
    flush();
    if (unsettled().length > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Following a link while saves wait: send them, let them answer, then go.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
        || link.target === '_blank' || link.hasAttribute('download') || link.getAttribute('href').startsWith('#')) { return; }
    if (timers.size === 0 && inflight.size === 0) { return; }
    event.preventDefault();
    flush().then(() => {
      if (unsettled().length === 0) { window.location.assign(link.href); } else { summarise(); }
    });
  });
})();
