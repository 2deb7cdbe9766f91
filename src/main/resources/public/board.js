// The 督办 board: tasks progress reports speak of, grouped by unit, leader or plan, each with its deadline, latest
// progress and a colour (overdue, behind, due within 30 days, done), as of a date; filters and the as-of date live in
// the page address (#/board?asOf=…&unit=…), the rows come from GET /api/progress with the same parameters.
(function () {
  'use strict';
  const { el, clear, getJson } = Dom;
  const t = (key, vars) => I18n.t(key, vars);
  const enc = encodeURIComponent;
  const FILTERS = ['asOf', 'unit', 'leader', 'state', 'document'];

  function params(query) {
    const out = new URLSearchParams();
    FILTERS.forEach(name => { if (query.get(name)) { out.set(name, query.get(name)); } });
    return out;
  }

  function go(query, name, value) {
    const next = new URLSearchParams(query);
    if (value) { next.set(name, value); } else { next.delete(name); }
    location.hash = '#/board?' + next.toString();
  }

  function select(query, name, label, options) {
    const node = el('select', { class: 'filter board-filter', id: 'board-' + name, 'aria-label': label },
      el('option', { value: '' }, label),
      options.map(o => el('option', { value: o.value, selected: o.value === (query.get(name) || '') }, o.label)));
    node.addEventListener('change', () => go(query, name, node.value));
    return node;
  }

  function controls(body, query) {
    const facets = body.facets;
    const asOf = el('input', { type: 'date', class: 'filter board-filter', id: 'board-as-of', value: body.asOf,
      'aria-label': t('board.asOf') });
    asOf.addEventListener('change', () => go(query, 'asOf', asOf.value));
    const by = select(query, 'by', t('board.byUnit'), [{ value: 'leader', label: t('board.byLeader') },
      { value: 'plan', label: t('board.byPlan') }]);
    return el('div', { class: 'board-controls' },
      el('label', { class: 'board-as-of' }, t('board.asOf'), ' ', asOf), by,
      select(query, 'unit', t('board.allUnits'), facets.units.map(u => ({ value: u, label: u }))),
      select(query, 'leader', t('board.allLeaders'), facets.leaders.map(l => ({ value: l, label: l }))),
      select(query, 'state', t('board.allStates'), facets.states.map(s => ({ value: s, label: t('state.' + s) }))),
      select(query, 'document', t('board.allPlans'), facets.documents.map(d =>
        ({ value: d.key, label: [d.docNo, d.title].filter(Boolean).join(' ') }))));
  }

  function legend(counts) {
    return el('div', { class: 'counts board-legend' }, Object.keys(counts).map(s =>
      el('span', { class: 'chip state state-' + s, dataset: { state: s } }, t('state.' + s) + ' ' + counts[s])));
  }

  function groupKey(task, by) {
    if (by === 'leader') {
      return task.leaders.length ? task.leaders[0] : t('board.noLeader');
    }
    if (by === 'plan') {
      return task.notInPlan ? t('board.notInPlan') : [task.docNo, task.plan].filter(Boolean).join(' ');
    }
    return task.leads[0] || task.units[0] || t('board.noUnit');
  }

  function progressLine(task) {
    if (!task.reportedAsOf && !task.status) {
      return el('div', { class: 'muted small' }, t('board.noReport'));
    }
    return el('div', { class: 'board-progress' },
      el('span', { class: 'small' }, t('board.reported', { date: task.reportedAsOf || '?' })),
      task.percent !== null ? el('span', { class: 'chip percent' }, task.percent + '%') : null,
      el('span', { class: 'chip status-words' }, task.statusText || t('status.' + task.status)),
      task.progress ? el('details', { class: 'board-progress-text small' },
        el('summary', {}, t('board.rowText', { report: task.report || '' })), el('p', {}, task.progress)) : null,
      task.reports > 1 ? el('span', { class: 'muted small' }, t('board.history', { n: task.reports - 1 })) : null);
  }

  function row(task) {
    const docLink = task.notInPlan ? el('span', { class: 'chip' }, t('board.notInPlan'))
      : el('a', { class: 'doc-no', href: '#/documents/' + enc(task.docNo || task.docKey),
        title: task.plan || '' }, (task.docNo || t('doc.noNumber')) + (task.section ? ' ' + task.section : ''));
    return el('li', { class: 'board-row state-' + task.state, dataset: { state: task.state, task: task.taskId } },
      el('div', { class: 'task-meta' },
        el('span', { class: 'chip state state-' + task.state }, t('state.' + task.state)),
        task.deadline ? el('span', { class: 'chip due' }, t('board.deadline', { date: task.deadlineText || task.deadline }))
          : el('span', { class: 'chip undated' }, t('task.undated')),
        docLink),
      el('p', { class: 'task-text' }, task.notInPlan ? task.task : task.title),
      el('div', { class: 'units' },
        task.leads.length ? [el('span', { class: 'units-label' }, t('task.leads')),
          task.leads.map(n => el('span', { class: 'chip dept' }, n))] : null,
        task.leaders.length ? [el('span', { class: 'units-label' }, t('board.leaders')),
          task.leaders.map(n => el('span', { class: 'chip leader' }, n))] : null),
      progressLine(task));
  }

  async function show(root, query) {
    const body = await getJson('api/progress?' + params(query).toString());
    const by = query.get('by') || 'unit';
    const download = params(query);
    download.set('asOf', body.asOf);
    const xlsx = 'api/progress.xlsx?' + download.toString();
    root.append(el('header', { class: 'page-head' }, el('h1', {}, t('board.title')),
      el('p', { class: 'muted', id: 'board-summary' }, t('board.summary', { date: body.asOf, n: body.count })),
      controls(body, query), legend(body.counts),
      el('div', { class: 'downloads' }, el('a', { class: 'chip download', id: 'board-xlsx', download: '', href: xlsx },
        t('board.xlsx')))));
    if (body.tasks.length === 0) {
      root.appendChild(el('p', { class: 'empty' }, t('board.none')));
      return;
    }
    const groups = new Map();
    body.tasks.forEach(task => {
      const key = groupKey(task, by);
      groups.set(key, (groups.get(key) || []).concat([task]));
    });
    // the groups of no unit, no leader or no plan come last
    const unnamed = [t('board.noLeader'), t('board.noUnit'), t('board.notInPlan')];
    [...groups.keys()].filter(key => unnamed.includes(key)).forEach(key => {
      const tasks = groups.get(key);
      groups.delete(key);
      groups.set(key, tasks);
    });
    groups.forEach((tasks, key) => root.appendChild(el('section', { class: 'card group board-group' },
      el('header', { class: 'group-head' }, el('strong', {}, key), el('span', { class: 'muted small' },
        t('deadlines.count', { n: tasks.length }))),
      el('ul', { class: 'task-list' }, tasks.map(row)))));
  }

  window.Board = { show };
})();
