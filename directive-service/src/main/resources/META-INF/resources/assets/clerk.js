/*
 * Progressive enhancement of the clerk's pages; each works without it.
 * - The recipient filter: matches names and codes ignoring diacritics ("ha long" finds "Hạ Long").
 * - A live count of the picks per role.
 * - A question before a button marked data-confirm sends its form (issuing cannot be undone).
 * - Enter in a one-line field does not send the form (it would add a task block).
 * - The error summary takes the focus; its links move the focus to their fields.
 */
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  var filter = document.querySelector('[data-filter]');
  var input = document.getElementById('recipient-filter');
  var picks = Array.prototype.slice.call(document.querySelectorAll('li.pick'));
  var none = document.querySelector('[data-none]');
  if (filter && input) {
    filter.hidden = false;
    input.addEventListener('input', function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      picks.forEach(function (pick) {
        var text = pick.getAttribute('data-search') || '';
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        pick.hidden = !match;
        if (match) { shown++; }
      });
      if (none) { none.hidden = shown > 0; }
    });
  }

  var picked = document.querySelector('[data-picked]');
  function count() {
    if (!picked) { return; }
    var byRole = {};
    var total = 0;
    picks.forEach(function (pick) {
      var select = pick.querySelector('select');
      var option = select.options[select.selectedIndex];
      pick.classList.toggle('is-picked', select.value !== '');
      if (select.value !== '') {
        total++;
        byRole[option.text] = (byRole[option.text] || 0) + 1;
      }
    });
    picked.textContent = total === 0 ? 'Chưa chọn nơi nhận nào.'
      : 'Đã chọn ' + total + ': ' + Object.keys(byRole).map(function (r) { return byRole[r] + ' ' + r.toLowerCase(); }).join(', ') + '.';
  }
  picks.forEach(function (pick) { pick.querySelector('select').addEventListener('change', count); });
  count();

  Array.prototype.forEach.call(document.querySelectorAll('button[data-confirm]'), function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('form.draft input'), function (field) {
    field.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && field.type !== 'submit') {
        event.preventDefault();
      }
    });
  });

  // A link of the error summary puts the focus in its field, not only the field in view.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    Array.prototype.forEach.call(summary.querySelectorAll('a[href^="#"]'), function (link) {
      link.addEventListener('click', function (event) {
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (field) {
          event.preventDefault();
          field.focus();
          field.scrollIntoView({ block: 'center' });
        }
      });
    });
  }
}());
