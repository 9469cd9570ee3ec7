// Search of one cluster's site: filters its static index (search/index.json)
// as you type. No framework and no request beyond the site's own index.
// Without JavaScript the search page shows everything it could find, grouped,
// so this script only makes that list quicker to use.
(function () {
  'use strict';

  var form = document.querySelector('.search-form');
  if (!form || !window.fetch || !String.prototype.normalize) return;
  var input = form.querySelector('input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var all = document.getElementById('search-all');
  var root = new URL(form.getAttribute('data-root'), location.href);
  var items = null;
  var announce = 0;

  // The generator folds the index the same way: compatibility decomposition,
  // no diacritics, lower case; so "apmacibas" finds "Apmācības".
  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
      .toLowerCase().replace(/\u00df/g, 'ss').replace(/\s+/g, ' ').trim();
  }

  function message(name, count, query) {
    return form.getAttribute('data-' + name).replace('{count}', count).replace('{query}', query);
  }

  // Every word of the query must occur; matches in the title come first.
  function search(query) {
    var words = fold(query).split(' ').filter(Boolean);
    var first = [], rest = [];
    items.forEach(function (item) {
      for (var i = 0; i < words.length; i++) {
        if (item.text.indexOf(words[i]) < 0) return;
      }
      var title = fold(item.title);
      (words.every(function (w) { return title.indexOf(w) >= 0; }) ? first : rest).push(item);
    });
    return first.concat(rest);
  }

  function entry(item) {
    var li = document.createElement('li');
    var link = document.createElement('a');
    link.href = new URL(item.url, root).href;
    link.textContent = item.title;
    li.appendChild(link);
    var kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = ' · ' + item.label + (item.meta ? ' · ' + item.meta : '');
    li.appendChild(kind);
    if (item.summary) {
      li.appendChild(document.createElement('br'));
      var summary = document.createElement('span');
      summary.className = 'search-summary';
      summary.textContent = item.summary;
      li.appendChild(summary);
    }
    return li;
  }

  function show() {
    var query = input.value.trim();
    var url = query ? '?q=' + encodeURIComponent(query) : location.pathname;
    history.replaceState(null, '', url);
    results.textContent = '';
    if (!query) {
      results.hidden = true;
      all.hidden = false;
      status.textContent = '';
      return;
    }
    var found = search(query);
    found.forEach(function (item) { results.appendChild(entry(item)); });
    results.hidden = found.length === 0;
    all.hidden = true;
    // Announce the count once typing pauses, not at every key.
    clearTimeout(announce);
    announce = setTimeout(function () {
      status.textContent = found.length === 0 ? message('none', 0, query)
        : message(found.length === 1 ? 'one' : 'many', found.length, query);
    }, 400);
  }

  fetch(new URL(form.getAttribute('data-index'), location.href))
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (index) {
      items = index.items;
      form.hidden = false;
      input.value = new URLSearchParams(location.search).get('q') || '';
      input.addEventListener('input', show);
      form.addEventListener('submit', function (event) { event.preventDefault(); show(); });
      if (input.value) show();
    })
    .catch(function () {
      // Opened from a file or offline: the complete list below still works.
      status.textContent = form.getAttribute('data-failed');
    });
}());
