// The script served at /static/siaran.js (web/assets.h). Everything works without it; with it,
// links and forms that lead to /search load in place (the fetched page's <main> replaces this
// one, history.pushState keeps the URL and the back button right), and the search box offers
// completions from /api/v1/suggest in its <datalist>. Data is only ever set as text, never as
// markup, except the server's own HTML pages.
#include <string_view>

namespace siaran::web {

extern const std::string_view kScriptBody;
const std::string_view kScriptBody = R"JS(
(function () {
  'use strict';
  if (!window.fetch || !window.history || !history.pushState || !window.DOMParser) return;

  var pending = null;

  function inPlace(url) {
    return url.origin === location.origin && (url.pathname === '/search' || url.pathname === '/');
  }

  function load(href, push) {
    if (pending) pending.abort();
    var ctrl = new AbortController();
    pending = ctrl;
    var main = document.getElementById('main');
    if (main) main.setAttribute('aria-busy', 'true');
    fetch(href, { signal: ctrl.signal, headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('text/html') !== 0) throw new Error('not a page');
        return response.text();
      })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, 'text/html');
        if (!doc.getElementById('main')) throw new Error('not a page');
        if (push) history.pushState({ siaran: 1 }, '', href);
        document.title = doc.title;
        document.documentElement.lang = doc.documentElement.lang;
        document.body.replaceWith(doc.body);  // header (language link), main and footer agree
        var feed = doc.querySelector('link[rel=alternate][type="application/atom+xml"]');
        var oldFeed = document.querySelector('link[rel=alternate][type="application/atom+xml"]');
        if (oldFeed && feed) oldFeed.href = feed.href;
        else if (oldFeed) oldFeed.remove();
        else if (feed) document.head.appendChild(feed);
        var heading = document.getElementById('results-heading');
        if (push) window.scrollTo(0, 0);
        if (heading && push) heading.focus({ preventScroll: true });
        bindSuggest();
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') return;
        location.assign(href);  // fall back to an ordinary page load
      })
      .finally(function () {
        if (pending === ctrl) pending = null;
        var m = document.getElementById('main');
        if (m) m.removeAttribute('aria-busy');
      });
  }

  document.addEventListener('click', function (ev) {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    var a = ev.target.closest && ev.target.closest('a[href]');
    if (!a || a.target || a.hasAttribute('download')) return;
    var url = new URL(a.href, location.href);
    if (!inPlace(url) || url.hash) return;
    ev.preventDefault();
    load(url.href, true);
  });

  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (ev.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if ((form.method || 'get').toLowerCase() !== 'get') return;
    var url = new URL(form.action, location.href);
    if (!inPlace(url)) return;
    ev.preventDefault();
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value !== '') params.append(name, value);
    });
    var query = params.toString();
    load(url.pathname + (query ? '?' + query : ''), true);
  });

  window.addEventListener('popstate', function () {
    var url = new URL(location.href);
    if (inPlace(url)) load(url.href, false);
    else location.reload();
  });

  // A release page reached from a results page: "back to search" returns to those results.
  var back = document.getElementById('back-to-search');
  if (back && document.referrer) {
    try {
      var ref = new URL(document.referrer);
      if (ref.origin === location.origin && ref.pathname === '/search') back.href = ref.href;
    } catch (e) { /* no usable referrer */ }
  }

  function completionsOf(data) {
    var list = Array.isArray(data) ? data : (data && (data.suggestions || data.completions || data.terms)) || [];
    return list.map(function (item) {
      return typeof item === 'string' ? item : (item && (item.text || item.value || item.term)) || '';
    }).filter(Boolean);
  }

  function bindSuggest() {
    var input = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    if (!input || !list || input.getAttribute('data-suggest') === 'on') return;
    input.setAttribute('data-suggest', 'on');
    var timer = 0, ctrl = null;
    input.addEventListener('input', function (ev) {
      if (ev.inputType === 'insertReplacementText' || ev.inputType === undefined) return;  // a pick
      clearTimeout(timer);
      timer = setTimeout(function () {
        var value = input.value;
        var last = /(\S+)$/.exec(value);
        if (!last || last[1].length < 2) { list.replaceChildren(); return; }
        if (ctrl) ctrl.abort();
        ctrl = new AbortController();
        fetch('/api/v1/suggest?q=' + encodeURIComponent(value), {
          signal: ctrl.signal, headers: { Accept: 'application/json' }
        })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (data) {
            if (input.value !== value) return;
            var head = value.slice(0, value.length - last[1].length);
            var seen = {};
            var options = completionsOf(data).slice(0, 8).map(function (word) {
              var full = word.toLowerCase().indexOf(value.toLowerCase()) === 0 ? word : head + word;
              if (seen[full]) return null;
              seen[full] = true;
              var option = document.createElement('option');
              option.value = full;
              return option;
            }).filter(Boolean);
            list.replaceChildren.apply(list, options);
          })
          .catch(function () { /* completions are a convenience */ });
      }, 150);
    });
  }
  bindSuggest();
})();
)JS";

}  // namespace siaran::web
