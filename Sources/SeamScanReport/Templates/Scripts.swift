import Crypto
import Foundation

/// The only scripts a page carries, inline. The pages work without them: rows come sorted, most
/// suspicious first, and every `<details>` prints open through CSS. The page's Content Security
/// Policy allows exactly these scripts by hash, so no inline event handler could run.
enum Scripts {
  /// Index: sort by any column (the header text stays plain, so it prints) and filter by file name.
  static let sorting = #"""
    (function () {
      var table = document.getElementById('inputs');
      if (!table) return;
      var body = table.tBodies[0], heads = table.tHead.rows[0].cells;
      var rows = Array.prototype.slice.call(body.rows);
      var collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });
      function keyOf(row, i, type) {
        var c = row.cells[i], v = c.getAttribute('data-v');
        if (v === null) v = c.textContent;
        if (type === 'num') return v === '' ? -Infinity : parseFloat(v);
        return v.toLocaleLowerCase();
      }
      Array.prototype.forEach.call(heads, function (th, i) {
        var type = th.getAttribute('data-sort');
        if (!type) return;
        // the label stays plain text (it prints, and repeats on every printed page);
        // the button only carries the arrow, for the keyboard and screen readers
        var b = document.createElement('button');
        b.type = 'button'; b.className = 'sort';
        b.setAttribute('aria-label', th.textContent.trim());
        th.appendChild(b);
        th.style.cursor = 'pointer';
        th.addEventListener('click', function () {
          var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
          Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
          rows.sort(function (a, b) {
            var x = keyOf(a, i, type), y = keyOf(b, i, type);
            var c = type === 'num' ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
            return c * dir || (+a.cells[0].getAttribute('data-v') - +b.cells[0].getAttribute('data-v'));
          });
          var frag = document.createDocumentFragment();
          rows.forEach(function (r) { frag.appendChild(r); });
          body.appendChild(frag);
        });
      });
      var tools = document.getElementById('tools');
      if (!tools) return;
      tools.hidden = false;
      var input = tools.querySelector('input'), count = tools.querySelector('output');
      var template = count.getAttribute('data-template');
      function update() {
        var q = input.value.toLocaleLowerCase(), shown = 0;
        rows.forEach(function (r) {
          var hit = !q || r.getAttribute('data-name').toLocaleLowerCase().indexOf(q) >= 0;
          r.hidden = !hit; if (hit) shown++;
        });
        count.textContent = template.replace('{shown}', shown).replace('{total}', rows.length);
      }
      input.addEventListener('input', update);
      update();
    })();
    """#

  /// Older browsers, which lack `::details-content`, open closed `<details>` for printing.
  static let printing = #"""
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details:not([open])').forEach(function (d) { d.setAttribute('data-closed', ''); d.open = true; });
    });
    window.addEventListener('afterprint', function () {
      document.querySelectorAll('details[data-closed]').forEach(function (d) { d.open = false; d.removeAttribute('data-closed'); });
    });
    """#

  /// `'sha256-…'` of a script, for the Content Security Policy.
  static func hashSource(_ script: String) -> String {
    "'sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString() + "'"
  }
}
