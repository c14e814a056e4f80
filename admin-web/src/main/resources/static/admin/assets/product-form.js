// Product form: refuses picture files over the limit as soon as they are chosen, so the owner does not wait for a
// 30 MB upload only to be told it is too large. The server checks again; this only saves the wait.
(function () {
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    var message = document.createElement('p');
    message.className = 'field-error';
    message.setAttribute('role', 'alert');
    message.hidden = true;
    input.insertAdjacentElement('afterend', message);
    input.addEventListener('change', function () {
      var limit = Number(input.dataset.maxBytes);
      var tooLarge = Array.prototype.filter.call(input.files, function (file) { return file.size > limit; });
      message.hidden = tooLarge.length === 0;
      if (tooLarge.length) {
        message.textContent = tooLarge.map(function (file) { return file.name; }).join(', ') + input.dataset.tooLarge;
        input.value = '';
      }
    });
  });
})();
