/* global eventline */
// The plain demo: the dataset as an ordered list, through the one-tag IIFE build. Text from data is set
// with textContent only. `?data=<same-origin path>` shows another dataset.
(function () {
  'use strict';
  var root = document.getElementById('demo');
  var requested = new URLSearchParams(location.search).get('data');
  var dataUrl = requested && requested.charAt(0) === '/' && requested.charAt(1) !== '/'
    ? requested
    : '../data/ukraine-security-guarantees.json';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function dateText(event) {
    var start = eventline.formatISODate(event.start, event.precision);
    var text = (event.approximate ? 'c. ' : '') + start;
    if (event.end) text += ' – ' + eventline.formatISODate(event.end, event.endPrecision);
    return text;
  }

  function showError(title, lines) {
    root.replaceChildren();
    var box = el('section', 'eventline-error');
    box.setAttribute('role', 'alert');
    box.append(el('h1', '', title));
    var list = el('ul');
    lines.forEach(function (line) { list.append(el('li', '', line)); });
    box.append(list);
    root.append(box);
  }

  function render(dataset, json) {
    var chart = el('div', 'demo-chart');
    chart.id = 'timeline';
    var sourcesById = new Map(dataset.sources.map(function (s) { return [s.id, s]; }));
    root.replaceChildren(el('h1', '', dataset.title));
    if (dataset.description) root.append(el('p', 'demo-description', dataset.description));
    root.append(chart);
    window.demoTimeline = eventline.createTimeline(chart, { dataset: json, height: 460 });
    root.append(el('h2', 'demo-list-heading', 'All events'));
    var list = el('ol', 'demo-events');
    list.setAttribute('aria-label', 'Events in time order');
    dataset.events.forEach(function (event) {
      var item = el('li', event.approximate ? 'demo-approximate' : '');
      item.dataset.eventId = event.id;
      var meta = el('div', 'demo-meta');
      var time = el('time', '', dateText(event));
      time.setAttribute('datetime', eventline.formatISODate(event.start, event.precision));
      meta.append(time, document.createTextNode(' · ' + (event.group || 'Events') + ' · ' + event.precision + ' precision'));
      item.append(meta, el('span', 'demo-title', event.title));
      if (event.summary) item.append(el('p', 'demo-summary', event.summary));
      var cited = event.sources.map(function (id) { return sourcesById.get(id).publisher; }).join(', ');
      item.append(el('div', 'demo-sources', 'Source: ' + cited));
      list.append(item);
    });
    root.append(list);
  }

  fetch(dataUrl)
    .then(function (response) {
      if (!response.ok) throw new Error('Could not load ' + dataUrl + ': HTTP ' + response.status);
      return response.json();
    })
    .then(function (json) {
      try {
        render(eventline.parseDataset(json), json);
      } catch (error) {
        if (error instanceof eventline.EventlineDataError) {
          showError('This dataset has problems', error.issues.map(function (i) { return i.path + ': ' + i.message; }));
        } else {
          throw error;
        }
      }
    })
    .catch(function (error) { showError('The demo could not start', [String(error.message || error)]); });
})();
