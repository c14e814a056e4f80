// Suggestions under the header search box. Progressive enhancement: without this file the box is a plain form.
(function () {
  'use strict';

  function start() {
    var input = document.querySelector('form.search input[data-suggest-url]');
    if (!input || !window.fetch) {
      return;
    }
    var form = input.form;
    var list = document.createElement('ul');
    list.id = 'search-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');

    var timer = null;
    var latest = 0;
    var active = -1;

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function choose(text) {
      input.value = text;
      close();
      form.submit();
    }

    function show(suggestions) {
      list.textContent = '';
      active = -1;
      suggestions.forEach(function (text, index) {
        var item = document.createElement('li');
        item.id = 'search-suggestion-' + index;
        item.setAttribute('role', 'option');
        item.textContent = text;
        // mousedown, not click: it fires before the input loses focus and closes the list.
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(text);
        });
        list.appendChild(item);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
    }

    function highlight(index) {
      var items = list.children;
      if (!items.length) {
        return;
      }
      active = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      input.setAttribute('aria-activedescendant', items[active].id);
    }

    function ask() {
      var text = input.value.trim();
      if (!text) {
        close();
        return;
      }
      var ticket = ++latest;
      fetch(input.getAttribute('data-suggest-url') + '?q=' + encodeURIComponent(text), {
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (answer) {
        // An older answer arriving after a newer one must not replace it.
        if (ticket === latest && document.activeElement === input) {
          show(answer.suggestions || []);
        }
      }).catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight(active + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(list.children[active].textContent);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
