/*
 * The application form's copy of its text fields in the browser's storage (ApplicationForm in
 * kz.urpaq.submission.ui). Each copy is tagged with the server's last save it builds on. On the
 * next visit, if the server still has that save and the copy differs, the copy is put back and
 * the form saves it: text typed while the connection was lost is not lost.
 *
 * A classic script, served as it is from META-INF/resources (no frontend build): see
 * docs/stack-notes.md, "A script of our own without a frontend build".
 */
window.urpaqDraftBackup = (root, key, savedAt, editable) => {
  let base = savedAt;
  const fields = () => Array.from(root.querySelectorAll('[data-draft-field]'));
  const store = () => {
    const values = {};
    fields().forEach(field => { if (field.id) values[field.id] = field.value; });
    try { localStorage.setItem(key, JSON.stringify({ base, values })); } catch (e) { }
  };
  // The server calls this after each save, so the copy builds on the newest save.
  root.$urpaqDraftSaved = saved => { base = saved; store(); };
  if (!editable) {
    try { localStorage.removeItem(key); } catch (e) { }
    return;
  }
  try {
    const copy = JSON.parse(localStorage.getItem(key) || 'null');
    if (copy && copy.base === base) {
      Object.entries(copy.values).forEach(([id, value]) => {
        const field = root.querySelector('#' + CSS.escape(id));
        if (field && field.value !== value) {
          field.value = value;
          // Vaadin sends a text field's value on 'input', as if the person had typed it.
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
    }
  } catch (e) { }
  if (!root.$urpaqListening) {
    root.$urpaqListening = true;
    root.addEventListener('input', store);
  }
};
