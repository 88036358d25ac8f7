/* tacitus report: draws the page from the two data blocks that `tacitus
 * report` wrote into it (gzip + base64): the events as columns of small
 * integers over one string table, and the world outlines as TopoJSON
 * (decoded here; no library).  Makes no request: everything is in the file.
 *
 * window.tacitus tells a test harness when the page is drawn (ready,
 * drawnMs) and what went wrong (error).
 */
(function () {
  'use strict';
  var T = window.tacitus = { ready: false, error: null, drawnMs: null };
  var SVGNS = 'http://www.w3.org/2000/svg';
  var PAGE = 25;
  var QUADS = [
    { name: 'Unknown class', short: 'unknown' },
    { name: 'Verbal cooperation', short: 'verbal coop.' },
    { name: 'Material cooperation', short: 'material coop.' },
    { name: 'Verbal conflict', short: 'verbal conflict' },
    { name: 'Material conflict', short: 'material conflict' }
  ];

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    set(e, attrs, kids);
    return e;
  }
  function sv(tag, attrs, kids) {
    var e = document.createElementNS(SVGNS, tag);
    set(e, attrs, kids);
    return e;
  }
  function set(e, attrs, kids) {
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) {
      if (k === 'text') e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    if (kids) kids.forEach(function (c) { if (c !== null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
  }
  /* 12,345 (toLocaleString is slow enough to show at thousands of marks) */
  function fmt(n) { var s = String(n); return n < 1000 && n > -1000 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function title(text) { return sv('title', { text: text }); }
  function activate(node, fn) {
    node.addEventListener('click', fn);
    node.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fn(ev); }
    });
  }

  /* A group of marks or bars is one tab stop: the arrow keys move within it
     (the ARIA composite-widget pattern), so thousands of map marks do not
     stand between a keyboard user and the table.  Click, Enter and Space
     call fn(node); the listeners sit on the group, and each node's tooltip
     is made when the pointer first reaches it. */
  function group(box, nodes, fn) {
    var index = new Map();
    nodes.forEach(function (n, k) { index.set(n, k); n.setAttribute('tabindex', k ? -1 : 0); });
    function which(t) {
      for (; t && t !== box; t = t.parentNode) if (index.has(t)) return t;
      return null;
    }
    box.addEventListener('click', function (ev) { var n = which(ev.target); if (n) fn(n); });
    box.addEventListener('keydown', function (ev) {
      var n = which(ev.target);
      if (!n) return;
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fn(n); return; }
      var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -1e9, End: 1e9 }[ev.key];
      if (!step) return;
      ev.preventDefault();
      var j = Math.max(0, Math.min(nodes.length - 1, index.get(n) + step));
      n.setAttribute('tabindex', -1);
      nodes[j].setAttribute('tabindex', 0);
      nodes[j].focus();
    });
    box.addEventListener('mouseover', function (ev) {
      var n = which(ev.target);
      if (n && !n.querySelector('title')) n.insertBefore(title(n.getAttribute('aria-label').replace(/\. Show in the table$/, '')), n.firstChild);
    });
  }

  /* ---- data ------------------------------------------------------------ */

  async function inflate(id) {
    var text = $(id).textContent.trim(), bytes;
    if (!text) return null;
    if (Uint8Array.fromBase64) bytes = Uint8Array.fromBase64(text);
    else {
      var bin = atob(text);
      bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    }
    var ds = new DecompressionStream('gzip'), w = ds.writable.getWriter();
    w.write(bytes);
    w.close();
    return new Uint8Array(await new Response(ds.readable).arrayBuffer());
  }

  /* The data block: a 4-byte little-endian length, that many bytes of JSON
     (strings, stories, places, labels), padding to a multiple of 4, then
     the event columns named in meta.columns, each nev little-endian int32
     (NONE for null) -- read in place, with no parsing. */
  var NONE = -2147483648;
  function readData(bytes) {
    var dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), n = dv.getUint32(0, true);
    var d = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + n)));
    var at = 4 + n + ((4 - n % 4) % 4), nev = d.meta.events, all = new Int32Array(bytes.buffer, bytes.byteOffset + at, nev * d.meta.columns.length);
    d.ev = {};
    d.meta.columns.forEach(function (c, k) { d.ev[c] = all.subarray(k * nev, (k + 1) * nev); });
    return d;
  }

  var D, S, E, N;
  function str(i) { return i === null || i === undefined ? '' : S[i]; }
  function dayText(d) { return new Date(d * 864e5).toISOString().slice(0, 10); }
  function textDay(s) { var t = Date.parse(s + 'T00:00:00Z'); return isNaN(t) ? null : Math.round(t / 864e5); }
  function placeLabel(p) {
    var name = str(D.places.name[p]), cc = str(D.places.cc[p]), a1 = str(D.places.a1[p]);
    return name + (a1 && a1 !== name ? ', ' + a1 : '') + (cc ? ' (' + cc + ')' : '');
  }
  function countryName(cc) { return D.countries[cc] ? D.countries[cc][0] : cc; }
  function codeName(c) { return D.codes[str(c)] || ''; }
  function actor(code, text) { return str(code) || (str(text) ? '(' + str(text) + ')' : '\u2014'); }
  function casualties(i) {
    var out = [];
    if (E.k[i] !== NONE) out.push((E.km[i] ? str(E.km[i]) + ' ' : '') + E.k[i] + ' killed');
    else if (E.km[i]) out.push(str(E.km[i]) + ' killed');
    if (E.i[i] !== NONE) out.push((E.im[i] ? str(E.im[i]) + ' ' : '') + E.i[i] + ' injured');
    else if (E.im[i]) out.push(str(E.im[i]) + ' injured');
    return out.join(', ');
  }

  /* Quad-class glyphs: a shape per class, so colour is never the only cue. */
  function shape(q, r) {
    var h = r * 0.886;
    switch (q) {
      case 1: return 'M' + (-r) + ',0a' + r + ',' + r + ' 0 1,0 ' + 2 * r + ',0a' + r + ',' + r + ' 0 1,0 ' + (-2 * r) + ',0Z';
      case 2: return 'M' + (-h) + ',' + (-h) + 'h' + 2 * h + 'v' + 2 * h + 'h' + (-2 * h) + 'Z';
      case 3: return 'M0,' + (-1.15 * r) + 'L' + 1.1 * r + ',' + 0.8 * r + 'H' + (-1.1 * r) + 'Z';
      case 4: return 'M0,' + (-1.25 * r) + 'L' + 1.25 * r + ',0L0,' + 1.25 * r + 'L' + (-1.25 * r) + ',0Z';
      default: var t = r * 0.45;
        return 'M' + (-t) + ',' + (-r) + 'h' + 2 * t + 'v' + (r - t) + 'h' + (r - t) + 'v' + 2 * t + 'h' + (t - r) +
          'v' + (r - t) + 'h' + (-2 * t) + 'v' + (t - r) + 'h' + (t - r) + 'v' + (-2 * t) + 'h' + (r - t) + 'Z';
    }
  }
  function glyph(q) {
    return sv('svg', { class: 'glyph', viewBox: '-8 -8 16 16', 'aria-hidden': 'true' },
      [sv('path', { d: shape(q, 6), class: 'q' + q, fill: 'url(#pq' + q + ')' })]);
  }
  /* Fill patterns for the timeline: solid, hatched, dotted, cross-hatched. */
  function patterns() {
    var defs = sv('defs');
    for (var q = 0; q <= 4; q++) {
      var p = sv('pattern', { id: 'pq' + q, patternUnits: 'userSpaceOnUse', width: 6, height: 6 });
      p.appendChild(sv('rect', { width: 6, height: 6, style: 'fill: var(--q' + q + ')' }));
      var mark = 'rgba(255,255,255,.85)';
      if (q === 2) p.appendChild(sv('path', { d: 'M-1,1l2,-2M0,6l6,-6M5,7l2,-2', stroke: mark, 'stroke-width': 1.3 }));
      if (q === 3) p.appendChild(sv('circle', { cx: 3, cy: 3, r: 1.2, fill: mark }));
      if (q === 4) p.appendChild(sv('path', { d: 'M0,0l6,6M6,0l-6,6', stroke: mark, 'stroke-width': 1.1 }));
      if (q === 0) p.appendChild(sv('path', { d: 'M0,3h6', stroke: mark, 'stroke-width': 1 }));
      defs.appendChild(p);
    }
    var holder = sv('svg', { width: 0, height: 0, style: 'position:absolute', 'aria-hidden': 'true' }, [defs]);
    document.body.appendChild(holder);
  }

  /* ---- header and legend ------------------------------------------------- */

  function figure(label, id, value, extra, kind) {
    var dd = el('dd', { id: id, 'data-n': value === null ? '' : value, 'data-kind': kind }, [value === null ? 'n/a' : fmt(value)]);
    if (extra) { dd.appendChild(document.createTextNode(' ')); dd.appendChild(el('small', { text: extra })); }
    return el('div', null, [el('dt', { text: label }), dd]);
  }

  function header(stats) {
    var m = D.meta;
    var ins = m.inputs.slice(0, 6).join(', ') + (m.inputs.length > 6 ? ' and ' + fmt(m.inputs.length - 6) + ' more files' : '');
    $('inputs').textContent = 'From ' + (m.inputs.length ? ins : 'no input') + ' \u00b7 tacitus ' + m.tacitus;
    var f = $('figures');
    if (m.stories >= 0) f.appendChild(figure('Stories', 'n-stories', m.stories, fmt(m.stories_seen) + ' with records', 'all'));
    else f.appendChild(figure('Stories with records', 'n-stories', m.stories_seen, null, 'with-records'));
    if (m.sentences >= 0) f.appendChild(figure('Sentences', 'n-sentences', m.sentences, null));
    f.appendChild(figure('Events', 'n-events', N, null));
    f.appendChild(figure('Error records', 'n-errors', m.errors, null));
    f.appendChild(figure('With coordinates', 'n-located', stats.located, 'at ' + fmt(stats.places) + ' places; ' + fmt(N - stats.located) + ' without'));
    var range = stats.minDay === null ? 'none' : dayText(stats.minDay) + ' \u2013 ' + dayText(stats.maxDay);
    var dd = el('div', null, [el('dt', { text: 'Event dates' }), el('dd', { id: 'n-range', text: range })]);
    f.appendChild(dd);
    if (m.skipped) f.appendChild(figure('Lines skipped', 'n-skipped', m.skipped, null));
  }

  function legend() {
    var lg = $('legend');
    for (var q = 1; q <= 4; q++) lg.appendChild(el('span', { 'data-quad': q }, [glyph(q), QUADS[q].name]));
    lg.appendChild(el('span', null, [sv('svg', { class: 'glyph', viewBox: '0 0 16 16', 'aria-hidden': 'true' },
      [sv('path', { d: 'M1,8h14', class: 'cas-k' })]), 'killed']));
    lg.appendChild(el('span', null, [sv('svg', { class: 'glyph', viewBox: '0 0 16 16', 'aria-hidden': 'true' },
      [sv('path', { d: 'M1,8h14', class: 'cas-i' })]), 'injured']));
  }

  /* ---- filters and the table --------------------------------------------- */

  var F = { country: '', actor: '', root: '', from: null, to: null, quads: [true, true, true, true, true],
            place: null, bin: null, dyad: null };
  var rows = [], page = 0;

  function matches(i) {
    if (!F.quads[E.quad[i]]) return false;
    if (F.country && (E.pl[i] === NONE || E.pl[i] < 0 || str(D.places.cc[E.pl[i]]) !== F.country)) return false;
    if (F.root && str(E.root[i]) !== F.root) return false;
    if (F.from !== null && (E.day[i] === NONE || E.day[i] < F.from)) return false;
    if (F.to !== null && (E.day[i] === NONE || E.day[i] > F.to)) return false;
    if (F.place !== null && E.pl[i] !== F.place) return false;
    if (F.bin && (E.day[i] === NONE || E.day[i] < F.bin.from || E.day[i] >= F.bin.to)) return false;
    if (F.dyad && (str(E.src[i]) !== F.dyad.src || str(E.tgt[i]) !== F.dyad.tgt)) return false;
    if (F.actor) {
      var a = F.actor, s = str(E.src[i]).toLowerCase(), t = str(E.tgt[i]).toLowerCase();
      if (s.indexOf(a) !== 0 && t.indexOf(a) !== 0 && str(E.srct[i]).toLowerCase().indexOf(a) < 0 &&
          str(E.tgtt[i]).toLowerCase().indexOf(a) < 0) return false;
    }
    return true;
  }

  function refilter() {
    rows = [];
    for (var i = 0; i < N; i++) if (matches(i)) rows.push(i);
    page = 0;
    chips();
    drawTable();
    document.querySelectorAll('.mark').forEach(function (m) { m.classList.toggle('sel', F.place !== null && +m.dataset.place === F.place); });
    document.querySelectorAll('#timeline .bar').forEach(function (b) { b.classList.toggle('sel', !!F.bin && +b.dataset.from === F.bin.from); });
    document.querySelectorAll('#dyads tbody tr').forEach(function (r) {
      r.classList.toggle('sel', !!F.dyad && r.dataset.src === F.dyad.src && r.dataset.tgt === F.dyad.tgt);
    });
  }

  function chips() {
    var c = $('chips');
    c.textContent = '';
    function chip(label, clear) {
      var b = el('button', { type: 'button', 'aria-label': 'Remove filter ' + label, text: '\u00d7 ' + label });
      b.addEventListener('click', function () { clear(); refilter(); });
      c.appendChild(b);
    }
    if (F.place !== null) chip('Place: ' + placeLabel(F.place), function () { F.place = null; });
    if (F.bin) chip('Period: ' + F.bin.label, function () { F.bin = null; });
    if (F.dyad) chip('Dyad: ' + (F.dyad.src || '\u2014') + ' \u2192 ' + (F.dyad.tgt || '\u2014'), function () { F.dyad = null; });
  }

  function filters(stats) {
    var cs = $('f-country'), cc = Object.keys(stats.countries).sort(function (a, b) { return stats.countries[b] - stats.countries[a] || (a < b ? -1 : 1); });
    cc.forEach(function (c) { cs.appendChild(el('option', { value: c, text: countryName(c) + (c !== countryName(c) ? ' (' + c + ')' : '') + ' \u2014 ' + fmt(stats.countries[c]) })); });
    var rs = $('f-root'), roots = Object.keys(stats.roots).sort();
    roots.forEach(function (r) { rs.appendChild(el('option', { value: r, text: r + ' ' + (D.roots[r] || '') + ' \u2014 ' + fmt(stats.roots[r]) })); });
    var dl = $('actors');
    Object.keys(stats.actors).sort(function (a, b) { return stats.actors[b] - stats.actors[a]; }).slice(0, 500)
      .forEach(function (a) { dl.appendChild(el('option', { value: a })); });
    var fs = $('f-quads');
    for (var q = 1; q <= 4; q++) {
      var box = el('input', { type: 'checkbox', id: 'f-q' + q, 'data-quad': q, checked: '' });
      fs.appendChild(el('label', null, [box, glyph(q), QUADS[q].short]));
    }
    if (stats.minDay !== null) ['f-from', 'f-to'].forEach(function (id) { $(id).min = dayText(stats.minDay); $(id).max = dayText(stats.maxDay); });
    function read() {
      F.country = cs.value;
      F.root = rs.value;
      F.actor = $('f-actor').value.trim().toLowerCase();
      F.from = $('f-from').value ? textDay($('f-from').value) : null;
      F.to = $('f-to').value ? textDay($('f-to').value) : null;
      for (var q = 1; q <= 4; q++) F.quads[q] = $('f-q' + q).checked;
      refilter();
    }
    ['f-country', 'f-root', 'f-from', 'f-to', 'f-q1', 'f-q2', 'f-q3', 'f-q4'].forEach(function (id) { $(id).addEventListener('change', read); });
    $('f-actor').addEventListener('input', read);
    $('f-clear').addEventListener('click', function () {
      $('filters').reset();
      F.place = F.bin = F.dyad = null;
      read();
    });
  }

  function drawTable() {
    var tb = $('table').tBodies[0];
    tb.textContent = '';
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    if (page >= pages) page = pages - 1;
    var a = page * PAGE, b = Math.min(rows.length, a + PAGE);
    for (var k = a; k < b; k++) tb.appendChild(row(rows[k]));
    $('count').textContent = rows.length === N ? 'All ' + fmt(N) + ' events' : fmt(rows.length) + ' of ' + fmt(N) + ' events match';
    $('count').dataset.n = rows.length;
    $('p-info').textContent = rows.length ? 'rows ' + fmt(a + 1) + '\u2013' + fmt(b) + ' of ' + fmt(rows.length) + ' (page ' + (page + 1) + ' of ' + pages + ')' : 'no rows';
    $('p-first').disabled = $('p-prev').disabled = page === 0;
    $('p-next').disabled = $('p-last').disabled = page >= pages - 1;
  }

  function row(i) {
    var q = E.quad[i], p = E.pl[i];
    var ev = el('td', { class: 'ev' }, [glyph(q), el('span', { class: 'code', text: str(E.code[i]) }), ' ' + codeName(E.code[i]),
      el('span', { class: 'sub2', text: QUADS[q].name + (E.plover[i] ? ' \u00b7 ' + str(E.plover[i]) : '') })]);
    var tr = el('tr', { tabindex: 0, 'data-ev': i, 'data-quad': q, 'data-root': str(E.root[i]), 'aria-label': 'Open the story of event ' + (i + 1) }, [
      el('td', { class: 'date', text: str(E.date[i]) }),
      el('td', null, [el('span', { class: 'actor', text: actor(E.src[i], E.srct[i]) }), el('span', { class: 'sub2', text: str(E.srct[i]) })]),
      ev,
      el('td', null, [el('span', { class: 'actor', text: actor(E.tgt[i], E.tgtt[i]) }), el('span', { class: 'sub2', text: str(E.tgtt[i]) })]),
      el('td', { text: p !== null && p >= 0 ? placeLabel(p) : '\u2014' }),
      el('td', { text: casualties(i) }),
      el('td', null, [el('span', { class: 'sent', text: sentenceOf(i) })])
    ]);
    activate(tr, function () { openStory(i); });
    return tr;
  }

  function sentenceOf(i) {
    var parts = D.stories.parts[E.st[i]], n = E.sn[i];
    for (var k = 0; k < parts.length; k += 2) if (parts[k] === n) return S[parts[k + 1]];
    return '';
  }

  function pager() {
    var pages = function () { return Math.max(1, Math.ceil(rows.length / PAGE)); };
    $('p-first').addEventListener('click', function () { page = 0; drawTable(); });
    $('p-prev').addEventListener('click', function () { page = Math.max(0, page - 1); drawTable(); });
    $('p-next').addEventListener('click', function () { page = Math.min(pages() - 1, page + 1); drawTable(); });
    $('p-last').addEventListener('click', function () { page = pages() - 1; drawTable(); });
  }

  /* ---- the story dialog -------------------------------------------------- */

  function openStory(i) {
    var st = E.st[i], dlg = $('story');
    var t = str(D.stories.title[st]);
    $('story-h').textContent = (t ? t + ' \u2014 ' : '') + str(D.stories.id[st]);
    var kv = $('story-ev');
    kv.textContent = '';
    function add(k, v) { if (v) { kv.appendChild(el('dt', { text: k })); kv.appendChild(el('dd', { text: v })); } }
    add('Story date', str(D.stories.date[st]));
    add('Source', str(D.stories.source[st]));
    add('URL', str(D.stories.url[st]));
    add('Event', str(E.code[i]) + ' ' + codeName(E.code[i]) + ' (' + QUADS[E.quad[i]].name + ')');
    add('Who', actor(E.src[i], E.srct[i]) + (str(E.srct[i]) ? ' \u201c' + str(E.srct[i]) + '\u201d' : '') + ' \u2192 ' +
      actor(E.tgt[i], E.tgtt[i]) + (str(E.tgtt[i]) ? ' \u201c' + str(E.tgtt[i]) + '\u201d' : ''));
    add('Date', str(E.date[i]) + (str(E.prec[i]) ? ' (' + str(E.prec[i]) + ')' : '') + (str(E.dt[i]) ? ' from \u201c' + str(E.dt[i]) + '\u201d' : ''));
    add('Place', E.pl[i] !== NONE && E.pl[i] >= 0 ? placeLabel(E.pl[i]) + ', ' + str(D.places.prec[E.pl[i]]) : '');
    add('Goldstein', E.g10[i] === NONE ? '' : (E.g10[i] / 10).toFixed(1));
    add('PLOVER / ACLED', [str(E.plover[i]), str(E.acled[i]), str(E.acleds[i])].filter(Boolean).join(' \u00b7 '));
    add('Casualties', casualties(i));
    add('Trigger', str(E.tr[i]));
    add('Note', str(E.note[i]));
    add('Event id', str(E.id[i]));
    var want = {}, list = str(E.ss[i]);
    want[E.sn[i]] = 'primary';
    if (list) list.split(',').forEach(function (x) { if (!want[+x]) want[+x] = 'also'; });
    var box = $('story-text'), parts = D.stories.parts[st], full = D.stories.full[st], last = 0;
    box.textContent = '';
    for (var k = 0; k < parts.length; k += 2) {
      var n = parts[k], text = S[parts[k + 1]];
      if (!full && n > last + 1) box.appendChild(el('span', { class: 'gap', text: last ? ' [\u2026] ' : '[\u2026] ' }));
      else if (!full && last) box.appendChild(document.createTextNode(' '));
      if (n && want[n]) box.appendChild(el('mark', { class: want[n] === 'primary' ? 'primary' : null, 'data-sentence': n, text: text }));
      else box.appendChild(el('span', { 'data-sentence': n || null, text: text }));
      if (n) last = n;
    }
    $('story-note').textContent = full ? 'The whole story; the event\u2019s sentences are highlighted.' :
      'Only the coded sentences of this story are in the input (records carry their sentence, not the story): ' +
      '[\u2026] marks sentences not shown. `tacitus report --stories FILES` or `--code` adds the whole text.';
    if (dlg.open) dlg.close();
    dlg.showModal();
    $('story-close').focus();
  }

  /* ---- map ----------------------------------------------------------------- */

  /* Equal Earth projection (Šavrič, Patterson, Jenny 2018), y up. */
  var A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2, SC = 100;
  function proj(lon, lat) {
    var l = lon * Math.PI / 180, th = Math.asin(M * Math.sin(lat * Math.PI / 180)), t2 = th * th, t6 = t2 * t2 * t2;
    return [SC * 2 * Math.sqrt(3) * l * Math.cos(th) / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))),
            -SC * th * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))];
  }
  var WORLD = (function () { var a = proj(-180, 0), b = proj(0, 90); return [a[0], b[1], -2 * a[0], -2 * b[1]]; })();

  /* TopoJSON -> one SVG path per country (arcs delta-decoded, quantised).
     A ring that crosses the antimeridian (Fiji, Chukotka) is unwrapped into
     continuous longitudes and drawn twice, 360 degrees apart; the map clips
     both to the outline of the globe. */
  function outlines(topo, g, hit) {
    var tr = topo.transform, arcs = topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        if (tr) { x += p[0]; y += p[1]; return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]]; }
        return p;
      });
    });
    /* each arc is projected once, as path text (rounded to 0.1 unit, repeats dropped) */
    var text = arcs.map(function (arc) {
      var out = [], lx = null, ly = null, wide = false;
      arc.forEach(function (p, k) {
        if (k && Math.abs(p[0] - arc[k - 1][0]) > 180) wide = true;
        var q = proj(p[0], p[1]), x = Math.round(q[0] * 10) / 10, y = Math.round(q[1] * 10) / 10;
        if (x === lx && y === ly) return;
        out.push(x + ',' + y);
        lx = x; ly = y;
      });
      return { fwd: out, wide: wide };
    });
    function path(pts, shift) {
      var out = '', lx = null, ly = null;
      pts.forEach(function (p) {
        var q = proj(p[0] + shift, p[1]), x = Math.round(q[0] * 10) / 10, y = Math.round(q[1] * 10) / 10;
        if (x === lx && y === ly) return;
        out += (out ? 'L' : 'M') + x + ',' + y;
        lx = x; ly = y;
      });
      return out + 'Z';
    }
    function ring(r) {
      var crosses = false;
      r.forEach(function (a, j) {
        var arc = arcs[a >= 0 ? a : ~a], prevArc = j ? arcs[r[j - 1] >= 0 ? r[j - 1] : ~r[j - 1]] : null;
        if (text[a >= 0 ? a : ~a].wide) crosses = true;
        if (prevArc && Math.abs((a >= 0 ? arc[0] : arc[arc.length - 1])[0] -
            (r[j - 1] >= 0 ? prevArc[prevArc.length - 1] : prevArc[0])[0]) > 180) crosses = true;
      });
      if (!crosses) {
        var parts = [];
        r.forEach(function (a, j) {
          var t = a >= 0 ? text[a].fwd : text[~a].fwd.slice().reverse();
          parts.push((j ? t.slice(1) : t).join('L'));
        });
        return 'M' + parts.filter(Boolean).join('L') + 'Z';
      }
      var pts = [];
      r.forEach(function (a, j) {
        var arc = a >= 0 ? arcs[a] : arcs[~a].slice().reverse();
        for (var k = j > 0 ? 1 : 0; k < arc.length; k++) pts.push(arc[k]);
      });
      var lo = Infinity, hi = -Infinity, off = 0, prev = null;
      pts = pts.map(function (p) {
        if (prev !== null && Math.abs(p[0] + off - prev) > 180) off += p[0] + off > prev ? -360 : 360;
        prev = p[0] + off;
        lo = Math.min(lo, prev); hi = Math.max(hi, prev);
        return [prev, p[1]];
      });
      var d = path(pts, 0);
      if (hi > 180) d += path(pts, -360);
      if (lo < -180) d += path(pts, 360);
      return d;
    }
    var count = 0, geoms = topo.objects.countries.geometries;
    geoms.forEach(function (geo) {
      var polys = geo.type === 'Polygon' ? [geo.arcs] : geo.type === 'MultiPolygon' ? geo.arcs : [];
      var d = '';
      polys.forEach(function (rings) { rings.forEach(function (r) { d += ring(r); }); });
      if (!d) return;
      var name = geo.properties && geo.properties.name;
      g.appendChild(sv('path', { d: d, class: 'land' + (hit[+geo.id] ? ' hit' : ''), 'data-id': geo.id }, [name ? title(name) : null]));
      count++;
    });
    return count;
  }

  function sphere() {
    var d = '';
    for (var lat = -90; lat <= 90; lat += 2) { var p = proj(180, lat); d += (d ? 'L' : 'M') + p[0].toFixed(2) + ',' + p[1].toFixed(2); }
    for (var la = 90; la >= -90; la -= 2) { var q = proj(-180, la); d += 'L' + q[0].toFixed(2) + ',' + q[1].toFixed(2); }
    return d + 'Z';
  }

  function graticule(g) {
    var d = '';
    for (var lon = -180; lon <= 180; lon += 30) {
      for (var lat = -90; lat <= 90; lat += 5) { var p = proj(lon, lat); d += (lat === -90 ? 'M' : 'L') + p[0].toFixed(1) + ',' + p[1].toFixed(1); }
    }
    for (var la = -60; la <= 60; la += 30) {
      for (var lo = -180; lo <= 180; lo += 5) { var q = proj(lo, la); d += (lo === -180 ? 'M' : 'L') + q[0].toFixed(1) + ',' + q[1].toFixed(1); }
    }
    g.appendChild(sv('path', { d: d, class: 'grat' }));
  }

  /* `want` is the box asked for (fit or world); the viewBox widens it to
     the element's shape, afresh at each call, so resizes never accumulate. */
  var marks = [], want = WORLD.slice();
  function setView(v) {
    want = v;
    var svg = $('map'), w = svg.clientWidth || 800, h = svg.clientHeight || 450, ar = w / h;
    var x = v[0], y = v[1], vw = v[2], vh = v[3];
    if (vw / vh < ar) { var nw = vh * ar; x -= (nw - vw) / 2; vw = nw; } else { var nh = vw / ar; y -= (nh - vh) / 2; vh = nh; }
    svg.setAttribute('viewBox', [x, y, vw, vh].map(function (z) { return z.toFixed(2); }).join(' '));
    var k = vw / w; /* user units per pixel: marks keep their size in pixels */
    marks.forEach(function (m) { m.node.setAttribute('d', shape(m.q, m.rpx * k)); });
  }
  function fitView() {
    if (!marks.length) { setView(WORLD); return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    marks.forEach(function (m) { x0 = Math.min(x0, m.x); x1 = Math.max(x1, m.x); y0 = Math.min(y0, m.y); y1 = Math.max(y1, m.y); });
    var w = Math.max(x1 - x0, 40), h = Math.max(y1 - y0, 22), cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    w *= 1.3; h *= 1.3;
    setView([cx - w / 2, cy - h / 2, Math.min(w, WORLD[2]), Math.min(h, WORLD[3])]);
  }

  function map(stats, atlas) {
    var svg = $('map'), land = sv('g', { 'clip-path': 'url(#globe)' }), dots = sv('g', { id: 'marks' });
    svg.appendChild(sv('defs', null, [sv('clipPath', { id: 'globe' }, [sv('path', { d: sphere() })])]));
    svg.appendChild(sv('path', { d: sphere(), class: 'globe' }));
    svg.appendChild(land);
    svg.appendChild(dots);
    var hit = {};
    Object.keys(stats.countries).forEach(function (cc) { if (D.countries[cc]) hit[+D.countries[cc][1]] = true; });
    var note = [];
    graticule(land);
    if (atlas) outlines(atlas, land, hit);
    else note.push(D.meta.atlas_note || 'No country outlines in this report.');
    var P = D.places, agg = [];
    for (var p = 0; p < P.name.length; p++) agg.push({ p: p, n: 0, q: [0, 0, 0, 0, 0], k: 0 });
    for (var i = 0; i < N; i++) {
      if (E.pl[i] === NONE || E.pl[i] < 0) continue;
      var a = agg[E.pl[i]];
      a.n++; a.q[E.quad[i]]++;
      if (E.k[i] > 0) a.k += E.k[i];
    }
    var max = 1;
    agg.forEach(function (a) { max = Math.max(max, a.n); });
    agg = agg.filter(function (a) { return a.n > 0; }).sort(function (a, b) { return b.n - a.n || a.p - b.p; });
    agg.forEach(function (a) {
      var dom = 0;
      for (var q = 1; q <= 4; q++) if (a.q[q] > a.q[dom]) dom = q;
      var xy = proj(P.lon[a.p], P.lat[a.p]), label = placeLabel(a.p);
      var parts = [];
      for (var qq = 1; qq <= 4; qq++) if (a.q[qq]) parts.push(fmt(a.q[qq]) + ' ' + QUADS[qq].short);
      if (a.q[0]) parts.push(fmt(a.q[0]) + ' unknown class');
      var desc = label + ': ' + fmt(a.n) + ' event' + (a.n > 1 ? 's' : '') + ' (' + parts.join(', ') + ')' + (a.k ? ', ' + fmt(a.k) + ' killed' : '');
      var node = sv('path', { class: 'mark q' + dom, fill: 'url(#pq' + dom + ')', transform: 'translate(' + xy[0].toFixed(2) + ',' + xy[1].toFixed(2) + ')',
        'data-n': a.n, 'data-place': a.p, 'data-quad': dom, role: 'button', 'aria-label': desc + '. Show in the table' });
      dots.appendChild(node);
      marks.push({ node: node, q: dom, x: xy[0], y: xy[1], rpx: 3.5 + 13 * Math.sqrt(a.n / max) });
    });
    group(dots, marks.map(function (m) { return m.node; }), function (node) {
      var p = +node.dataset.place;
      F.place = F.place === p ? null : p;
      refilter();
    });
    if (N - stats.located) note.unshift(fmt(N - stats.located) + ' event' + (N - stats.located > 1 ? 's' : '') + ' without coordinates (not on the map).');
    if (atlas) note.push('Outlines: ' + D.meta.atlas + '.');
    $('map-note').textContent = note.join(' ');
    $('map-note').dataset.unlocated = N - stats.located;
    fitView();
    $('map-fit').addEventListener('click', fitView);
    $('map-world').addEventListener('click', function () { setView(WORLD); });
    window.addEventListener('resize', function () { setView(want); });
  }

  /* ---- timeline ------------------------------------------------------------ */

  var bins = [], binOf = null;
  function makeBins(stats) {
    if (stats.minDay === null) return;
    var span = stats.maxDay - stats.minDay + 1, unit;
    if (span <= 120) unit = 'day';
    else if (span <= 3 * 366) unit = 'week';
    else unit = 'month';
    var start = stats.minDay, next;
    if (unit === 'week') start -= (new Date(start * 864e5).getUTCDay() + 6) % 7; /* Monday */
    if (unit === 'month') { var d0 = new Date(start * 864e5); start = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), 1) / 864e5; }
    next = function (d) {
      if (unit === 'day') return d + 1;
      if (unit === 'week') return d + 7;
      var dt = new Date(d * 864e5);
      return Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1) / 864e5;
    };
    for (var d = start; d <= stats.maxDay; d = next(d)) bins.push({ from: d, to: next(d), q: [0, 0, 0, 0, 0], n: 0, k: 0, inj: 0 });
    bins.unit = unit;
    binOf = function (day) {
      var lo = 0, hi = bins.length - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (bins[mid].from <= day) lo = mid; else hi = mid - 1; }
      return lo;
    };
    for (var i = 0; i < N; i++) {
      if (E.day[i] === NONE) continue;
      var b = bins[binOf(E.day[i])];
      b.n++; b.q[E.quad[i]]++;
      if (E.k[i] > 0) b.k += E.k[i];
      if (E.i[i] > 0) b.inj += E.i[i];
    }
  }
  function binLabel(b) {
    if (bins.unit === 'day') return dayText(b.from);
    if (bins.unit === 'week') return 'week of ' + dayText(b.from);
    return dayText(b.from).slice(0, 7);
  }

  /* Drawn at the element's own width in pixels (text stays undistorted);
     drawn again when the window is resized. */
  function timeline(stats) {
    var svg = $('timeline'), W = Math.max(320, svg.clientWidth || 640), H = 230, L = 38, R = 38, TOP = 10, B = 36;
    var maxC0 = 0;
    bins.forEach(function (b) { maxC0 = Math.max(maxC0, b.k, b.inj); });
    R = Math.max(R, 12 + 7 * fmt(maxC0).length);
    L = Math.max(L, 20 + 7 * fmt(Math.max.apply(null, bins.map(function (b) { return b.n; }).concat([1]))).length);
    svg.textContent = '';
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    var undated = N - stats.dated;
    $('time-note').dataset.undated = undated;
    if (!bins.length) { $('time-note').textContent = 'No event has a full date.'; return; }
    var maxN = 1, maxC = 0;
    bins.forEach(function (b) { maxN = Math.max(maxN, b.n); maxC = Math.max(maxC, b.k, b.inj); });
    var pw = W - L - R, ph = H - TOP - B, bw = pw / bins.length;
    var ax = sv('g', { class: 'axis' });
    ax.appendChild(sv('path', { d: 'M' + L + ',' + (TOP + ph) + 'H' + (W - R) }));
    ax.appendChild(sv('text', { x: L - 4, y: TOP + 8, 'text-anchor': 'end', text: fmt(maxN) }));
    ax.appendChild(sv('text', { x: L - 4, y: TOP + ph, 'text-anchor': 'end', text: '0' }));
    ax.appendChild(sv('text', { x: 2, y: TOP + ph / 2, text: 'events', transform: 'rotate(-90 8 ' + (TOP + ph / 2) + ')' }));
    if (maxC) {
      ax.appendChild(sv('text', { x: W - R + 4, y: TOP + 8, text: fmt(maxC) }));
      ax.appendChild(sv('text', { x: W - R + 4, y: TOP + ph, text: '0' }));
    }
    var ticks = Math.max(2, Math.min(bins.length, Math.floor(pw / 95)));
    for (var t = 0; t < ticks; t++) {
      var bi = Math.round(t * (bins.length - 1) / Math.max(1, ticks - 1));
      var x = L + bw * (bi + 0.5);
      ax.appendChild(sv('path', { d: 'M' + x + ',' + (TOP + ph) + 'v4' }));
      ax.appendChild(sv('text', { x: x, y: TOP + ph + 16, 'text-anchor': t === 0 ? 'start' : t === ticks - 1 ? 'end' : 'middle',
        text: bins.unit === 'month' ? dayText(bins[bi].from).slice(0, 7) : dayText(bins[bi].from) }));
    }
    ax.appendChild(sv('text', { x: L, y: H - 4, text: 'per ' + bins.unit }));
    svg.appendChild(ax);
    var g = sv('g', { id: 'bars' });
    bins.forEach(function (b) {
      if (!b.n) return;
      var parts = [];
      for (var q = 1; q <= 4; q++) if (b.q[q]) parts.push(fmt(b.q[q]) + ' ' + QUADS[q].short);
      if (b.q[0]) parts.push(fmt(b.q[0]) + ' unknown class');
      var desc = binLabel(b) + ': ' + fmt(b.n) + ' event' + (b.n > 1 ? 's' : '') + ' (' + parts.join(', ') + ')' +
        (b.k ? ', ' + fmt(b.k) + ' killed' : '') + (b.inj ? ', ' + fmt(b.inj) + ' injured' : '');
      var bar = sv('g', { class: 'bar', 'data-n': b.n, 'data-from': b.from, 'data-to': b.to, 'data-date': dayText(b.from), role: 'button',
        'data-label': binLabel(b), 'aria-label': desc + '. Show in the table' });
      var x = L + bw * bins.indexOf(b), y = TOP + ph, gap = bw > 4 ? Math.min(2, bw * 0.15) : 0;
      for (var q2 = 0; q2 <= 4; q2++) {
        if (!b.q[q2]) continue;
        var h = ph * b.q[q2] / maxN;
        y -= h;
        bar.appendChild(sv('rect', { x: (x + gap / 2).toFixed(2), y: y.toFixed(2), width: Math.max(0.5, bw - gap).toFixed(2), height: h.toFixed(2),
          fill: 'url(#pq' + q2 + ')', 'data-quad': q2 }));
      }
      if (F.bin && F.bin.from === b.from) bar.classList.add('sel');
      g.appendChild(bar);
    });
    svg.appendChild(g);
    group(g, Array.prototype.slice.call(g.childNodes), function (bar) {
      var from = +bar.dataset.from;
      F.bin = F.bin && F.bin.from === from ? null : { from: from, to: +bar.dataset.to, label: bar.dataset.label };
      refilter();
    });
    if (maxC) {
      ['k', 'inj'].forEach(function (key) {
        var d = '';
        bins.forEach(function (b, j) {
          d += (j ? 'L' : 'M') + (L + bw * (j + 0.5)).toFixed(1) + ',' + (TOP + ph - ph * b[key] / maxC).toFixed(1);
        });
        svg.appendChild(sv('path', { d: d, class: key === 'k' ? 'cas-k' : 'cas-i', 'vector-effect': 'non-scaling-stroke' }));
      });
    }
    var note = 'Bars: events per ' + bins.unit + ' (left scale)' + (maxC ? '; lines: killed (solid) and injured (dashed) per ' + bins.unit + ' (right scale)' : '; no casualties reported') + '.';
    if (undated) note += ' ' + fmt(undated) + ' event' + (undated > 1 ? 's' : '') + ' dated only to a month or year, or undated, are not on the timeline.';
    $('time-note').textContent = note;
  }

  /* ---- dyads --------------------------------------------------------------- */

  function dyads() {
    /* keyed by the two string ids (below 2^26 each: the key stays an exact number) */
    var by = new Map(), list = [], W26 = 67108864;
    for (var i = 0; i < N; i++) {
      if (!E.src[i] && !E.tgt[i]) continue;
      var key = E.src[i] * W26 + E.tgt[i], d = by.get(key);
      if (!d) { d = { src: str(E.src[i]), tgt: str(E.tgt[i]), n: 0, g: 0, gn: 0, series: null }; by.set(key, d); list.push(d); }
      d.n++;
      if (E.g10[i] !== NONE) { d.g += E.g10[i] / 10; d.gn++; }
    }
    list.sort(function (a, b) { return b.n - a.n || (a.src + a.tgt < b.src + b.tgt ? -1 : 1); });
    list = list.slice(0, 15);
    list.forEach(function (d) { d.series = new Array(bins.length).fill(0); });
    for (var e = 0; e < N && binOf; e++) {
      if (E.day[e] === NONE) continue;
      var dd = by.get(E.src[e] * W26 + E.tgt[e]);
      if (dd && dd.series) dd.series[binOf(E.day[e])]++;
    }
    var tb = $('dyads').tBodies[0];
    list.forEach(function (d) {
      var mean = d.gn ? d.g / d.gn : null, max = Math.max.apply(null, d.series.concat([1])), line = '', area = '';
      var w = 120, h = 24, n = d.series.length;
      d.series.forEach(function (v, j) {
        var x = n > 1 ? j * w / (n - 1) : w / 2, y = h - 2 - (h - 4) * v / max;
        line += (j ? 'L' : 'M') + x.toFixed(1) + ',' + y.toFixed(1);
      });
      if (line) area = line + 'L' + w + ',' + h + 'L0,' + h + 'Z';
      var label = (d.src || '\u2014') + ' \u2192 ' + (d.tgt || '\u2014');
      var tr = el('tr', { tabindex: 0, 'data-src': d.src, 'data-tgt': d.tgt, 'data-n': d.n, 'aria-label': label + ': ' + d.n + ' events. Show in the table' }, [
        el('td', { class: 'actor', text: label }),
        el('td', { class: 'num', text: fmt(d.n) }),
        el('td', { class: 'num', text: mean === null ? '\u2014' : mean.toFixed(1) }),
        el('td', null, [sv('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': 'events per ' + (bins.unit || 'period') + ': ' + d.series.join(' ') },
          [sv('path', { d: area, class: 'spark-area' }), sv('path', { d: line, class: 'spark' })])])
      ]);
      activate(tr, function () { F.dyad = F.dyad && F.dyad.src === d.src && F.dyad.tgt === d.tgt ? null : { src: d.src, tgt: d.tgt }; refilter(); });
      tb.appendChild(tr);
    });
    if (!list.length) tb.appendChild(el('tr', null, [el('td', { colspan: 4, text: 'No event names an actor.' })]));
  }

  /* ---- errors ------------------------------------------------------------------ */

  function errors() {
    var n = D.errors.doc.length;
    if (!n) return;
    $('errors').hidden = false;
    $('errors-sum').textContent = fmt(n) + ' stor' + (n > 1 ? 'ies' : 'y') + ' could not be read or coded' + (n > 500 ? ' (the first 500 listed)' : '');
    var ul = $('errors-list');
    for (var i = 0; i < Math.min(n, 500); i++) ul.appendChild(el('li', { text: str(D.errors.doc[i]) + ': ' + str(D.errors.msg[i]) }));
  }

  /* ---- main ---------------------------------------------------------------------- */

  function summarise() {
    var st = { located: 0, dated: 0, minDay: null, maxDay: null, countries: {}, roots: {}, actors: {}, places: 0 };
    var seen = {};
    for (var i = 0; i < N; i++) {
      var p = E.pl[i];
      if (p >= 0) {
        st.located++;
        if (!seen[p]) { seen[p] = 1; st.places++; }
        var cc = str(D.places.cc[p]);
        if (cc) st.countries[cc] = (st.countries[cc] || 0) + 1;
      }
      var d = E.day[i];
      if (d !== NONE) {
        st.dated++;
        if (st.minDay === null || d < st.minDay) st.minDay = d;
        if (st.maxDay === null || d > st.maxDay) st.maxDay = d;
      }
      var r = str(E.root[i]);
      if (r) st.roots[r] = (st.roots[r] || 0) + 1;
      [str(E.src[i]), str(E.tgt[i])].forEach(function (a) { if (a) st.actors[a] = (st.actors[a] || 0) + 1; });
    }
    return st;
  }

  async function main() {
    var ph = T.phases = {};
    T.phases.parsed = Math.round(performance.now());
    function lap(name) { ph[name] = Math.round(performance.now()); }
    lap('start');
    /* both blocks inflate at once; outlines that fail to inflate only lose the outlines */
    var atlasError = null;
    var both = await Promise.all([inflate('tc-data'), inflate('tc-atlas').catch(function (e) { atlasError = e; return null; })]);
    D = readData(both[0]);
    var atlas = null;
    try { atlas = both[1] && JSON.parse(new TextDecoder().decode(both[1])); } catch (e) { atlasError = e; }
    if (atlasError) D.meta.atlas_note = 'The outlines could not be read: ' + atlasError;
    lap('data');
    S = D.s; E = D.ev; N = E.st.length;
    var stats = summarise();
    patterns();
    header(stats);
    legend();
    makeBins(stats);
    map(stats, atlas);
    lap('map');
    timeline(stats);
    var redraw = null;
    window.addEventListener('resize', function () {
      clearTimeout(redraw);
      redraw = setTimeout(function () {
        var focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('#timeline');
        timeline(stats);
        if (focused) $('timeline').focus();
      }, 150);
    });
    dyads();
    lap('timeline+dyads');
    filters(stats);
    pager();
    $('story-close').addEventListener('click', function () { $('story').close(); });
    errors();
    refilter();
    lap('table');
    $('status').textContent = '';
    $('status').hidden = true;
    T.ready = true;
    T.drawnMs = performance.now();
    document.body.setAttribute('data-ready', '1');
  }

  main().catch(function (e) {
    T.error = String(e && e.stack || e);
    var s = $('status');
    s.className = 'status bad';
    s.textContent = 'This page could not be drawn: ' + e + (typeof DecompressionStream === 'undefined' ? ' (this browser lacks DecompressionStream; use a current Chromium, Firefox or Safari)' : '');
  });
})();
