// The review workspace without a round trip for the obvious: the reason becomes required as soon as the reviewed
// points differ from the rule's (the server decides anyway), Enter in a criterion's field presses that criterion's own
// button, and one button ticks every criterion offered for acceptance. The page has one form for every criterion; each
// criterion's fields are in its .review-form block.
(() => {
  const list = document.querySelector('.review-criteria');
  if (!list) return;
  const message = list.dataset.msgReason || '';
  for (const block of document.querySelectorAll('.review-form')) {
    const points = block.querySelector('[data-points]');
    const reason = block.querySelector('[data-reason]');
    const save = block.querySelector('button[name="save"]');
    if (!points || !reason) continue;
    const rule = block.dataset.rule === '' ? NaN : Number(block.dataset.rule);
    const update = () => {
      const value = Number(points.value.replace(',', '.'));
      const differs = points.value !== '' && (Number.isNaN(rule) || Math.abs(value - rule) > 1e-9);
      reason.required = differs;
      reason.setCustomValidity(differs && reason.value.trim() === '' ? message : '');
    };
    points.addEventListener('input', update);
    reason.addEventListener('input', update);
    points.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && save) {
        event.preventDefault();
        save.click();
      }
    });
    update();
  }
  const all = document.querySelector('[data-select-all]');
  if (all) {
    all.hidden = false;
    all.addEventListener('click', () => {
      for (const box of document.querySelectorAll('input[data-accept]')) box.checked = true;
    });
  }
})();
