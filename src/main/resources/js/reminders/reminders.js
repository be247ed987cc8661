/* Reminders on the playbook overview (space administrators): saves the settings form with its version; "Send reminders now". */
(function (AJS, SP) {
    'use strict';

    function number(form, name) {
        var value = form.elements[name].value.trim();
        return value === '' ? null : Number(value);
    }

    function initPanel(root) {
        var form = root.querySelector('.sp-reminders-settings');
        var error = root.querySelector('.sp-reminders-error');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var submit = form.querySelector('button[type=submit]');
            submit.setAttribute('aria-disabled', 'true');
            error.hidden = true;
            SP.put('/reminders/' + root.getAttribute('data-page-id') + '/settings', {
                enabled: form.elements.enabled.checked,
                afterDays: number(form, 'afterDays'),
                everyDays: number(form, 'everyDays'),
                quietWeekends: form.elements.quietWeekends.checked,
                escalateAfterDays: number(form, 'escalateAfterDays'),
                groups: form.elements.groups.value.split(',').map(function (g) { return g.trim(); })
                    .filter(function (g) { return g !== ''; }),
                version: Number(root.getAttribute('data-version'))
            }).then(function (saved) {
                root.setAttribute('data-version', saved.version);
                submit.removeAttribute('aria-disabled');
                SP.flagSuccess(AJS.I18n.getText('social-playbook.reminders.js.saved'));
            }).catch(function (e) {
                submit.removeAttribute('aria-disabled');
                error.textContent = e.message;
                error.hidden = false;
            });
        });
    }

    function initSendNow(root) {
        var button = root.querySelector('.sp-reminders-send-now-button');
        var result = root.querySelector('.sp-reminders-send-now-result');
        button.addEventListener('click', function () {
            if (button.getAttribute('aria-disabled') === 'true') {
                return;
            }
            button.setAttribute('aria-disabled', 'true');
            result.hidden = true;
            SP.post('/reminders/' + root.getAttribute('data-page-id') + '/send-now').then(function (answer) {
                button.removeAttribute('aria-disabled');
                result.textContent = answer.message;
                result.hidden = false;
            }).catch(function (e) {
                button.removeAttribute('aria-disabled');
                result.textContent = e.message;
                result.hidden = false;
            });
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.sp-reminders'), initPanel);
        Array.prototype.forEach.call(document.querySelectorAll('.sp-reminders'), initSendNow);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS, window.SocialPlaybook));
