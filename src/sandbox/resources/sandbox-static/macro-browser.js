/*
 * The sandbox editor's macro browser: "Insert" writes the chosen macro's storage-format element at the cursor of
 * the body (#storage), with the parameters the user filled in. Same rules as MacroBrowser.snippet (Java): a required
 * parameter always, any other only when set and different from its default; values XML-escaped.
 */
(function () {
    'use strict';

    function xml(s) {
        return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    }

    function snippet(panel) {
        var lines = ['<ac:structured-macro ac:name="' + xml(panel.getAttribute('data-macro')) + '" ac:schema-version="1">'];
        var missing = null;
        panel.querySelectorAll('[data-param]').forEach(function (input) {
            var required = input.hasAttribute('data-required');
            var value = input.type === 'checkbox' ? String(input.checked) : input.value.trim();
            var error = document.getElementById(input.id + '-error');
            if (required && value === '') {
                input.setAttribute('aria-invalid', 'true');
                error.hidden = false;
                missing = missing || input;
                return;
            }
            input.removeAttribute('aria-invalid');
            if (error) {
                error.hidden = true;
            }
            if (required || (value !== '' && value !== input.getAttribute('data-default'))) {
                lines.push('  <ac:parameter ac:name="' + xml(input.getAttribute('data-param')) + '">' + xml(value)
                    + '</ac:parameter>');
            }
        });
        if (missing) {
            missing.focus();
            return null;
        }
        if (panel.getAttribute('data-body')) {
            lines.push(panel.getAttribute('data-body'));
        }
        lines.push('</ac:structured-macro>');
        return lines.join('\n');
    }

    // Enter in a parameter field inserts the macro instead of submitting the page form around it
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && event.target.matches && event.target.matches('.sandbox-macro input')) {
            event.preventDefault();
            insert(event.target.closest('.sandbox-macro'));
        }
    });

    // a field's "is required" goes as soon as it has a value
    document.addEventListener('input', function (event) {
        var error = event.target.id ? document.getElementById(event.target.id + '-error') : null;
        if (error && event.target.value.trim() !== '') {
            error.hidden = true;
            event.target.removeAttribute('aria-invalid');
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.sandbox-macro-insert') : null;
        if (button) {
            insert(button.closest('.sandbox-macro'));
        }
    });

    function insert(panel) {
        var text = snippet(panel);
        if (text === null) {
            return;
        }
        var body = document.getElementById('storage');
        var start = body.selectionStart, end = body.selectionEnd;
        var before = body.value.substring(0, start);
        var insert = (before === '' || before.endsWith('\n') ? '' : '\n') + text + '\n';
        body.focus();
        body.setRangeText(insert, start, end, 'end');
        var status = document.getElementById('sandbox-macro-status');
        status.textContent = status.getAttribute('data-inserted').replace('{0}', panel.getAttribute('data-label'));
        panel.open = false;
        document.getElementById('sandbox-macro-browser').open = false;
    }
}());
