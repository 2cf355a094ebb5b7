/* global eventline */
// Lists the import report of the producer's file under its chart, as an editor would read it before
// publishing. The element says the same in short (its status line) and in full (the console).
(function () {
  'use strict';
  var list = document.getElementById('report');
  fetch('data/producer-timelinejs.json')
    .then(function (response) { return response.json(); })
    .then(function (json) {
      eventline.importTimelineJS(json).report.forEach(function (note) {
        var item = document.createElement('li');
        var path = document.createElement('code');
        path.textContent = note.path;
        item.append(path, ': ' + note.message);
        list.append(item);
      });
    });
})();
