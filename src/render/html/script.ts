// The page's only script, inlined verbatim and pinned in the CSP by its sha256 hash. It never builds
// markup from data: the details were rendered at build time, and this only toggles `hidden`,
// positions the panel (CSSOM, allowed by CSP) and makes the map's touchpoint groups focusable.
// Plain ES2017 so any current browser runs it; everything lives inside one closure.
export const PAGE_SCRIPT = `(function () {
  'use strict';
  var doc = document;
  var maps = doc.getElementById('cjm-maps');
  var panel = doc.getElementById('cjm-details');
  var scroller = doc.getElementById('cjm-scroll');
  if (!maps || !panel || !scroller) return;
  var articles = {};
  panel.querySelectorAll('article[data-for]').forEach(function (a) { articles[a.getAttribute('data-for')] = a; });
  maps.querySelectorAll('svg').forEach(function (svg) { svg.setAttribute('role', 'group'); });
  maps.querySelectorAll('g[data-touchpoint]').forEach(function (g) {
    var a = articles[g.getAttribute('data-touchpoint')];
    if (!a) return;
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    // No aria-labelledby: the group's own <title> (the map's tooltip, which starts with the
    // touchpoint's name) names it, so the name starts with the visible name and a label never
    // leaves out text the card shows (WCAG 2.5.3, axe's label-content-name-mismatch).
    g.setAttribute('aria-describedby', a.id);
    g.setAttribute('aria-controls', 'cjm-details');
    g.setAttribute('aria-expanded', 'false');
  });
  var current = null, pinned = false, hideTimer = 0;
  var groupOf = function (el) { return el && el.closest ? el.closest('g[data-touchpoint]') : null; };
  function visibleGroup(id) {
    var all = maps.querySelectorAll('g[data-touchpoint]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-touchpoint') === id && getComputedStyle(all[i]).visibility !== 'hidden') return all[i];
    }
    return null;
  }
  function place(g) {
    if (matchMedia('(max-width: 40rem)').matches) return;
    var r = g.getBoundingClientRect(), w = panel.offsetWidth, h = panel.offsetHeight;
    var vw = doc.documentElement.clientWidth, vh = doc.documentElement.clientHeight, gap = 12;
    var x = r.right + gap + w <= vw ? r.right + gap : r.left - gap - w >= 0 ? r.left - gap - w : vw - w - gap;
    var y = Math.min(Math.max(r.top, gap), Math.max(gap, vh - h - gap));
    panel.style.left = Math.max(gap, x) + 'px';
    panel.style.top = y + 'px';
  }
  function show(g, pin) {
    clearTimeout(hideTimer);
    var a = articles[g.getAttribute('data-touchpoint')];
    if (!a) return;
    if (current && current !== g) { current.classList.remove('cjm-active'); current.setAttribute('aria-expanded', 'false'); }
    Object.keys(articles).forEach(function (k) { articles[k].hidden = articles[k] !== a; });
    current = g; pinned = pin;
    g.classList.add('cjm-active');
    g.setAttribute('aria-expanded', 'true');
    panel.hidden = false;
    place(g);
  }
  function hide() {
    clearTimeout(hideTimer);
    if (current) { current.classList.remove('cjm-active'); current.setAttribute('aria-expanded', 'false'); }
    panel.hidden = true; current = null; pinned = false;
  }
  var hideSoon = function () { if (!pinned) hideTimer = setTimeout(hide, 250); };
  maps.addEventListener('mouseover', function (e) { var g = groupOf(e.target); if (g && !pinned) show(g, false); });
  maps.addEventListener('mouseout', function (e) { if (groupOf(e.target) && !groupOf(e.relatedTarget)) hideSoon(); });
  panel.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
  panel.addEventListener('mouseleave', hideSoon);
  maps.addEventListener('focusin', function (e) { var g = groupOf(e.target); if (g) show(g, pinned && g === current); });
  maps.addEventListener('focusout', function (e) { if (!panel.contains(e.relatedTarget) && !groupOf(e.relatedTarget)) hideSoon(); });
  maps.addEventListener('click', function (e) {
    var g = groupOf(e.target);
    if (!g) return;
    if (pinned && g === current) hide(); else show(g, true);
  });
  maps.addEventListener('keydown', function (e) {
    var g = groupOf(e.target);
    if (g && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); if (pinned && g === current) hide(); else show(g, true); }
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || panel.hidden) return;
    var g = current; hide();
    if (g) g.focus();
  });
  panel.querySelector('[data-close]').addEventListener('click', function () { var g = current; hide(); if (g) g.focus(); });
  doc.addEventListener('click', function (e) {
    if (!pinned || panel.contains(e.target) || groupOf(e.target)) return;
    var link = e.target.closest && e.target.closest('a[href^="#cjm-tp-"]');
    if (!link) hide();
  });
  // Links to a touchpoint ("Where it hurts", the table) go to the copy of the map on screen.
  function reveal(id) {
    var g = visibleGroup(id);
    if (!g) return false;
    g.scrollIntoView({ block: 'nearest', inline: 'center' });
    g.focus({ preventScroll: true });
    show(g, true);
    return true;
  }
  doc.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[href^="#cjm-tp-"]');
    if (link && reveal(link.getAttribute('href').slice(8))) e.preventDefault();
  });
  // A malformed address (#cjm-tp-%E0) names no touchpoint; it must not stop the set-up below.
  if (location.hash.indexOf('#cjm-tp-') === 0) {
    try { reveal(decodeURIComponent(location.hash.slice(8))); } catch (err) { /* nothing to reveal */ }
  }
  addEventListener('resize', function () { if (current) place(current); });
  scroller.addEventListener('scroll', function () { if (current) place(current); }, { passive: true });
  // Zoom: the SVG is vector, so any zoom stays sharp; only its CSS width changes.
  var zoom = 1, out = doc.getElementById('cjm-zoom-level');
  function setZoom(z) {
    zoom = Math.min(4, Math.max(0.1, z));
    maps.style.setProperty('--cjm-zoom', String(zoom));
    if (out) out.textContent = Math.round(zoom * 100) + '%';
    if (current) place(current);
  }
  doc.querySelectorAll('[data-zoom]').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.getAttribute('data-zoom');
      var natural = maps.querySelector('svg').getBoundingClientRect().width / zoom;
      setZoom(k === 'in' ? zoom * 1.25 : k === 'out' ? zoom / 1.25 : k === 'fit' ? scroller.clientWidth / natural : 1);
    });
  });
  doc.querySelectorAll('[data-needs-js]').forEach(function (el) { el.hidden = false; });
  // A pain and the opportunities that answer it (addresses) light up together, wherever they are
  // drawn: the map, the details, the table. Ids are compared as strings, never put in a selector.
  var itemOf = function (el) { return el && el.closest ? el.closest('[data-pain],[data-addresses]') : null; };
  var lit = [];
  function unlight() { lit.forEach(function (o) { o.classList.remove('cjm-linked'); }); lit = []; }
  function light(el) {
    unlight();
    if (!el) return;
    var pain = el.getAttribute('data-pain'), opp = el.getAttribute('data-opportunity');
    var answers = (el.getAttribute('data-addresses') || '').split(' ').filter(Boolean);
    doc.querySelectorAll('[data-pain],[data-addresses]').forEach(function (o) {
      var p = o.getAttribute('data-pain'), a = (o.getAttribute('data-addresses') || '').split(' ');
      var same = o === el || (pain !== null && p === pain) || (opp !== null && o.getAttribute('data-opportunity') === opp);
      if (same || (p !== null && answers.indexOf(p) >= 0) || (pain !== null && a.indexOf(pain) >= 0)) { o.classList.add('cjm-linked'); lit.push(o); }
    });
  }
  doc.addEventListener('mouseover', function (e) { var it = itemOf(e.target); if (it) light(it); });
  doc.addEventListener('mouseout', function (e) { var it = itemOf(e.target); if (it && it !== itemOf(e.relatedTarget)) unlight(); });
  doc.addEventListener('focusin', function (e) { var it = itemOf(e.target); if (it) light(it); });
  doc.addEventListener('focusout', function (e) { if (itemOf(e.target) && !itemOf(e.relatedTarget)) unlight(); });
})();
`;
