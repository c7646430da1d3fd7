// Progressive enhancement only: every page works without it.
(function () {
  // After an action or a refused form, take keyboard and screen-reader focus to what happened.
  var target = document.getElementById('form-errors') || document.getElementById('done') || document.getElementById('sent');
  if (target) { target.focus(); }
  // The sort choice applies at once; the Search button still works without this.
  var sort = document.getElementById('sort');
  if (sort && sort.form) { sort.addEventListener('change', function () { sort.form.submit(); }); }
  // A corrected input stops looking wrong; the server checks it again on sending.
  document.querySelectorAll('[aria-invalid=true]').forEach(function (input) {
    input.addEventListener('input', function () {
      input.removeAttribute('aria-invalid');
      var message = document.getElementById(input.getAttribute('aria-describedby'));
      if (message) { message.hidden = true; }
    }, { once: true });
  });
  // One click is enough: a second click while the form is sent would only be refused.
  document.querySelectorAll('form[method=post]').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; b.setAttribute('aria-busy', 'true'); });
    });
  });
})();
