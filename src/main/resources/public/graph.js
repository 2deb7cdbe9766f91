// Draws an answer's graph (department → task → target/deadline → document) with Cytoscape.js from the WebJar.
(function () {
  'use strict';
  const COLORS = {
    Department: '#1e40af', Task: '#d97706', Target: '#059669', Deadline: '#dc2626',
    Document: '#6d28d9', Section: '#64748b', Project: '#0891b2'
  };
  const ORDER = ['Department', 'Project', 'Task', 'Target', 'Deadline', 'Section', 'Document'];
  const PER_LINE = 2;
  const COLUMN = { Department: 0, Project: 1, Task: 2, Target: 3, Deadline: 3, Section: 4, Document: 5 };

  function short(text, max) {
    const value = String(text || '');
    return value.length > max ? value.slice(0, max - 1) + '…' : value;
  }

  function edgeLabel(type) {
    const key = 'edge.' + type;
    const label = I18n.t(key);
    return label === key ? String(type || '') : label;
  }

  function elements(graph) {
    const ids = new Set(graph.nodes.map(node => String(node.id)));
    const nodes = graph.nodes.map(node => ({
      data: {
        id: String(node.id), kind: node.label, full: String(node.name || ''),
        name: short(node.name, node.label === 'Task' ? (narrow() ? 10 : 16) : 12),
        color: COLORS[node.label] || '#475569', rank: Math.max(0, ORDER.indexOf(node.label))
      }
    }));
    const edges = graph.edges
      .filter(edge => ids.has(String(edge.from)) && ids.has(String(edge.to)))
      .map((edge, i) => ({ data: { id: 'e' + i, source: String(edge.from), target: String(edge.to),
        type: edgeLabel(edge.type) } }));
    return nodes.concat(edges);
  }

  function legend(graph) {
    const kinds = [...new Set(graph.nodes.map(node => node.label))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
    return Dom.el('div', { class: 'graph-legend' }, kinds.map(kind =>
      Dom.el('span', { class: 'legend-item' },
        Dom.el('i', { class: 'legend-dot', style: 'background:' + (COLORS[kind] || '#475569') }),
        I18n.t('graph.' + kind))));
  }

  function draw(container, graph, onSelect) {
    if (!window.cytoscape || !graph || !graph.nodes || graph.nodes.length === 0) {
      return null;
    }
    const positions = place(graph.nodes, narrow());
    const cy = window.cytoscape({
      container,
      elements: elements(graph),
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: false,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', 'label': 'data(name)', 'color': '#0f172a', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18,
          'text-wrap': 'wrap', 'text-max-width': narrow() ? 125 : 140,
          'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' } },
        { selector: 'node[kind = "Department"]', style: { 'width': 26, 'height': 26, 'font-weight': 'bold' } },
        { selector: 'node[kind = "Document"]', style: { 'shape': 'round-rectangle' } },
        { selector: 'node[kind = "Deadline"]', style: { 'shape': 'diamond' } },
        { selector: 'edge', style: {
          'width': 1.5, 'line-color': '#cbd5e1', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'label': 'data(type)', 'font-size': 10, 'color': '#94a3b8',
          'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#0f172a' } }
      ],
      layout: { name: 'preset', positions: node => positions.get(node.id()), fit: true, padding: 28 }
    });
    cy.maxZoom(1.2);
    cy.fit(undefined, 28);
    cy.on('tap', 'node', event => onSelect && onSelect(event.target.data()));
    return cy;
  }

  // Columns from department on the left to document on the right; on phones the columns become bands from top
  // to bottom, each wrapping after two nodes so that labels stay readable.
  function columnsOf(nodes) {
    const columns = new Map();
    nodes.forEach(node => {
      const column = COLUMN[node.label] !== undefined ? COLUMN[node.label] : 3;
      columns.set(column, (columns.get(column) || []).concat([String(node.id)]));
    });
    return [...columns.keys()].sort((a, b) => a - b).map(column => columns.get(column));
  }

  function place(nodes, vertical) {
    const positions = new Map();
    let top = 0;
    columnsOf(nodes).forEach((ids, index) => {
      if (!vertical) {
        ids.forEach((id, row) => positions.set(id, { x: index * 210, y: (row - (ids.length - 1) / 2) * 64 }));
        return;
      }
      ids.forEach((id, i) => {
        const line = Math.floor(i / PER_LINE);
        const inLine = Math.min(PER_LINE, ids.length - line * PER_LINE);
        positions.set(id, { x: (i % PER_LINE - (inLine - 1) / 2) * 140, y: top + line * 62 });
      });
      top += Math.ceil(ids.length / PER_LINE) * 62 + 40;
    });
    return positions;
  }

  // Tall enough for the fullest column, so a three-node chain does not float in empty space.
  function height(graph) {
    const perColumn = {};
    graph.nodes.forEach(node => { perColumn[COLUMN[node.label]] = (perColumn[COLUMN[node.label]] || 0) + 1; });
    if (narrow()) {
      const bands = columnsOf(graph.nodes).reduce((sum, ids) => sum + Math.ceil(ids.length / PER_LINE) * 62 + 40, 0);
      return Math.min(520, 60 + bands);
    }
    return Math.min(440, 110 + Math.max(1, ...Object.values(perColumn)) * 54);
  }

  const narrow = () => window.innerWidth < 600;

  window.AnswerGraph = { draw, legend, height };
})();
