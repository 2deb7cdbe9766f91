// Explorer pages: departments and their responsibility chains, documents and their outlines, deadlines, search.
(function () {
  'use strict';
  const { el, clear, getJson } = Dom;
  const t = (key, vars) => I18n.t(key, vars);
  const enc = encodeURIComponent;
  let generation = 0;

  const deptLink = name => el('a', { class: 'chip dept', href: '#/departments/' + enc(name) }, name);
  const docHref = (docNo, line) => '#/documents/' + enc(docNo) + (line ? '?line=' + line : '');

  function deadlineChip(date, precision) {
    if (!date) {
      return el('span', { class: 'chip undated' }, t('task.undated'));
    }
    const shown = precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
    return el('span', { class: 'chip due' }, t('task.due', { date: shown }));
  }

  function units(label, names) {
    return names && names.length
      ? el('div', { class: 'units' }, el('span', { class: 'units-label' }, label), names.map(deptLink)) : null;
  }

  function targets(list) {
    return list && list.length
      ? el('ul', { class: 'targets' }, list.map(text => el('li', {}, text))) : null;
  }

  function header(title, ...rest) {
    return el('header', { class: 'page-head' }, el('h1', {}, title), rest);
  }

  // The task division table of a department or a document, as the spreadsheets offices use open it.
  const downloads = (param, value) => el('div', { class: 'downloads' }, t('export.label'), ' ',
    ['csv', 'xlsx'].map(format => el('a', { class: 'chip download', download: '',
      href: 'api/export?format=' + format + '&' + param + '=' + enc(value) }, format.toUpperCase())));

  // ---- departments ----
  function deptCard(d) {
    return el('a', { class: 'card dept-card', href: '#/departments/' + enc(d.name) },
      el('strong', {}, d.name),
      d.fullName && d.fullName !== d.name ? el('span', { class: 'muted small' }, d.fullName) : null,
      d.nameEn ? el('span', { class: 'muted small' }, d.nameEn) : null,
      el('span', { class: 'counts' }, el('span', { class: 'chip lead' }, t('dept.leads', { n: d.leads })),
        el('span', { class: 'chip support' }, t('dept.supports', { n: d.supports }))));
  }

  async function departments(root) {
    const list = await getJson('api/departments');
    const known = el('div', { class: 'card-grid' });
    const others = el('div', { class: 'card-grid' });
    const othersBox = el('details', { class: 'others' }, el('summary', {}, t('dept.others')), others);
    const filter = el('input', { type: 'search', class: 'filter', placeholder: t('dept.filter') });
    const render = () => {
      const q = filter.value.trim().toLowerCase();
      const shown = list.filter(d => !q || [d.name, d.fullName, d.nameEn].some(v => v && v.toLowerCase().includes(q)));
      clear(known);
      clear(others);
      shown.forEach(d => (d.inDictionary ? known : others).appendChild(deptCard(d)));
      othersBox.hidden = others.childElementCount === 0;
      othersBox.firstChild.textContent = t('dept.others') + ' · ' + others.childElementCount;
    };
    filter.addEventListener('input', render);
    render();
    root.append(header(t('dept.title'), el('span', { class: 'muted' }, t('dept.count', { n: list.filter(d => d.inDictionary).length }))),
      filter, known, othersBox);
  }

  async function department(root, name) {
    const chain = await getJson('api/departments/' + enc(name));
    const d = chain.department;
    const dated = chain.tasks.filter(task => task.deadline).map(task => task.deadline).sort();
    root.append(header(d.name,
      el('p', { class: 'muted' }, [d.fullName, d.nameEn].filter(v => v && v !== d.name).join(' · ')),
      downloads('department', d.name),
      el('div', { class: 'counts' }, el('span', { class: 'chip lead' }, t('dept.leads', { n: d.leads })),
        el('span', { class: 'chip support' }, t('dept.supports', { n: d.supports })),
        dated.length ? el('span', { class: 'chip due' }, t('dept.next') + ' ' + dated[0]) : null)));
    if (chain.tasks.length === 0) {
      root.appendChild(el('p', { class: 'empty' }, t('dept.none')));
      return;
    }
    const byDoc = new Map();
    chain.tasks.forEach(task => {
      const key = task.docNo || task.docKey;
      byDoc.set(key, (byDoc.get(key) || []).concat([task]));
    });
    byDoc.forEach((tasks, docNo) => root.appendChild(documentGroup(docNo, tasks, d.name)));
  }

  function documentGroup(docNo, tasks, self) {
    const first = tasks[0];
    const leads = tasks.filter(task => task.role === 'lead').length;
    const next = tasks.map(task => task.deadline).filter(Boolean).sort()[0];
    return el('section', { class: 'card group' },
      el('header', { class: 'group-head' },
        el('a', { href: docHref(docNo) }, el('span', { class: 'doc-no' }, docNo || t('doc.noNumber')),
          el('span', { class: 'doc-title' }, first.docTitle || '')),
        el('div', { class: 'counts' }, el('span', { class: 'chip lead' }, t('dept.leads', { n: leads })),
          el('span', { class: 'chip support' }, t('dept.supports', { n: tasks.length - leads })),
          next ? el('span', { class: 'chip due' }, t('dept.next') + ' ' + next) : null)),
      el('ul', { class: 'task-list' }, tasks.map(task => el('li', { class: 'task', dataset: { task: task.taskId } },
        el('div', { class: 'task-meta' },
          el('span', { class: 'chip role-' + task.role, title: task.basis ? t('basis.' + task.basis) : null },
            t('role.' + task.role)),
          deadlineChip(task.deadline, task.deadlinePrecision),
          task.section ? el('a', { class: 'section-link muted small', href: docHref(docNo, task.line) }, task.section) : null),
        el('p', { class: 'task-text' }, task.text),
        targets(task.targets),
        units(t('task.others'), task.leads.concat(task.supports).filter(n => n !== self))))));
  }

  // ---- documents ----
  function docCard(d) {
    return el('a', { class: 'card doc-card' + (d.stub ? ' stub' : ''), href: docHref(d.docNo || d.key) },
      el('div', {}, el('span', { class: 'doc-no' }, d.docNo || t('doc.noNumber')),
        el('span', { class: 'muted small' }, [d.issuer, d.issuedOn].filter(Boolean).join(' · ')),
        d.stub ? el('span', { class: 'chip' }, t('doc.stub')) : null),
      el('strong', { class: 'doc-title' }, d.title || d.key),
      d.stub ? null : el('div', { class: 'counts' }, el('span', { class: 'chip' }, t('doc.tasks', { n: d.tasks })),
        el('span', { class: 'chip' }, t('doc.targets', { n: d.targets }))));
  }

  async function documents(root) {
    const list = await getJson('api/documents');
    const items = el('div', { class: 'doc-list' });
    const filter = el('input', { type: 'search', class: 'filter', placeholder: t('doc.filter') });
    const render = () => {
      const q = filter.value.trim().toLowerCase();
      clear(items).append(...list.filter(d => !q || [d.docNo, d.title, d.issuer]
        .some(v => v && v.toLowerCase().includes(q))).map(docCard));
    };
    filter.addEventListener('input', render);
    render();
    root.append(header(t('doc.title'), el('span', { class: 'muted' },
      t('doc.count', { n: list.filter(d => !d.stub).length }))), filter, items);
  }

  async function documentPage(root, docNo, query) {
    const outline = await getJson('api/documents/' + enc(docNo));
    const d = outline.document;
    root.append(header(d.title || d.key,
      el('dl', { class: 'facts' },
        fact(t('doc.number'), d.docNo), fact(t('doc.issuer'), d.issuer), fact(t('doc.issuedOn'), d.issuedOn),
        fact(t('doc.file'), d.sourceFile)),
      downloads('document', d.key),
      el('div', { class: 'counts' }, el('span', { class: 'chip' }, t('doc.tasks', { n: d.tasks })),
        el('span', { class: 'chip' }, t('doc.targets', { n: d.targets })))));
    if (outline.cites.length) {
      root.appendChild(el('section', { class: 'card cites' }, el('h2', {}, t('doc.cites')),
        el('ul', {}, outline.cites.map(c => el('li', {}, el('a', { href: docHref(c.docNo || c.key) },
          el('span', { class: 'doc-no' }, c.docNo || ''), ' ', c.title || ''))))));
    }
    const body = el('section', { class: 'card outline' }, el('h2', {}, t('doc.outline')));
    outline.sections.forEach(s => body.appendChild(sectionBlock(s)));
    root.appendChild(body);
    highlight(root, Number(query.get('line')));
  }

  const fact = (label, value) => value ? [el('dt', {}, label), el('dd', {}, value)] : null;

  function sectionBlock(s) {
    return el('div', { class: 'section level-' + Math.min(s.level || 0, 4), dataset: { line: s.line } },
      s.heading ? el('h3', {}, s.number ? el('span', { class: 'num' }, s.number, ' ') : null, s.heading) : null,
      s.tasks.map(task => el('div', { class: 'task', dataset: { line: task.line, task: task.id } },
        el('p', { class: 'task-text' }, task.text),
        el('div', { class: 'task-meta' }, deadlineChip(task.deadline, task.deadlinePrecision),
          el('span', { class: 'muted small' }, t('chat.line', { line: task.line }))),
        targets(task.targets), units(t('task.leads'), task.leads), units(t('task.supports'), task.supports))));
  }

  function highlight(root, line) {
    if (!line) {
      return;
    }
    let best = null;
    root.querySelectorAll('[data-line]').forEach(node => {
      const at = Number(node.dataset.line);
      if (at <= line && (!best || at >= Number(best.dataset.line))) {
        best = node;
      }
    });
    if (best) {
      best.classList.add('highlight');
      setTimeout(() => best.scrollIntoView({ block: 'center' }), 50);
    }
  }

  // ---- deadlines ----
  async function deadlines(root, query) {
    const dept = query.get('dept') || '';
    const [entries, depts] = await Promise.all([
      getJson('api/deadlines' + (dept ? '?dept=' + enc(dept) : '')), getJson('api/departments')]);
    const select = el('select', { class: 'filter', 'aria-label': t('deadlines.all') },
      el('option', { value: '' }, t('deadlines.all')),
      depts.filter(d => d.inDictionary || d.name === dept)
        .map(d => el('option', { value: d.name, selected: d.name === dept }, d.name)));
    select.addEventListener('change', () => {
      location.hash = '#/deadlines' + (select.value ? '?dept=' + enc(select.value) : '');
    });
    root.append(header(t('deadlines.title'), select));
    if (entries.length === 0) {
      root.appendChild(el('p', { class: 'empty' }, t('deadlines.none')));
      return;
    }
    const byMonth = new Map();
    entries.forEach(e => byMonth.set(e.date.slice(0, 7), (byMonth.get(e.date.slice(0, 7)) || []).concat([e])));
    byMonth.forEach((list, month) => root.appendChild(el('section', { class: 'month' },
      el('h2', { class: 'month-head' }, month, el('span', { class: 'muted small' }, t('deadlines.count', { n: list.length }))),
      el('ul', { class: 'task-list card' }, list.map(e => el('li', { class: 'task' },
        el('div', { class: 'task-meta' }, deadlineChip(e.date, e.precision),
          el('a', { class: 'doc-no', href: docHref(e.docNo || e.docKey, e.line) }, e.docNo || t('doc.noNumber'))),
        el('p', { class: 'task-text' }, e.text),
        units(t('task.leads'), e.leads), units(t('task.supports'), e.supports)))))));
  }

  // ---- search ----
  async function search(root, query) {
    const q = query.get('q') || '';
    const hits = q ? await getJson('api/search?q=' + enc(q)) : [];
    root.append(header(t('search.title', { q })));
    if (hits.length === 0) {
      root.appendChild(el('p', { class: 'empty' }, t('search.none')));
      return;
    }
    root.appendChild(el('ul', { class: 'task-list card' }, hits.map(h => el('li', { class: 'task' },
      el('div', { class: 'task-meta' }, el('span', { class: 'chip kind-' + h.kind }, t('kind.' + h.kind)),
        h.docNo ? el('span', { class: 'doc-no' }, h.docNo) : null),
      el('a', { class: 'task-text', href: searchHref(h) }, h.label || h.key),
      h.detail ? el('div', { class: 'muted small' }, h.detail) : null))));
  }

  function searchHref(h) {
    if (h.kind === 'department') {
      return '#/departments/' + enc(h.key);
    }
    if (h.kind === 'document') {
      return docHref(h.key);
    }
    if (h.kind === 'task' && h.docNo) {
      return docHref(h.docNo, h.line);
    }
    return '#/search?q=' + enc(h.label || h.key);
  }

  async function show(root, name, args, query) {
    const mine = ++generation;
    const page = el('div', { class: 'page' }, el('p', { class: 'muted loading' }, t('loading')));
    clear(root).appendChild(page);
    const target = el('div', { class: 'page' });
    try {
      if (name === 'departments') {
        await (args[0] ? department(target, args[0]) : departments(target));
      } else if (name === 'documents') {
        await (args[0] ? documentPage(target, args[0], query) : documents(target));
      } else if (name === 'deadlines') {
        await deadlines(target, query);
      } else if (name === 'board') {
        await Board.show(target, query);
      } else {
        await search(target, query);
      }
    } catch (e) {
      const key = e.status === 404 ? (name === 'documents' ? 'doc.notFound' : 'dept.notFound') : 'error.' + e.code;
      target.appendChild(el('p', { class: 'empty error' }, t(key) !== key ? t(key) : t('error.generic', { message: e.message })));
    }
    if (mine === generation) {
      clear(root).appendChild(target);
      if (!query.get('line')) {
        window.scrollTo(0, 0);
      }
    }
  }

  window.Explorer = { show };
})();
