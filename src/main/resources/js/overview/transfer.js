/*
 * The overview's "Playbook data" section (space admins): export downloads the space's JSON document; import
 * reads a chosen file, asks for the preview (what each capability creates, collisions, warnings, errors with
 * their line and field) and offers "Import" only when the preview has no error. The file's text is sent as it
 * is, so the lines the server names are the file's lines. Every server text is inserted as text, never markup.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook;

    function url(space, suffix) {
        return AJS.contextPath() + '/rest/social-playbook/1.0/spaces/' + encodeURIComponent(space) + '/playbook-data' + suffix;
    }

    function send(space, suffix, text) {
        return fetch(url(space, suffix), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
            body: text
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (data) {
                if (!response.ok) {
                    throw new Error(data && data.message ? data.message
                        : AJS.I18n.getText('social-playbook.js.request-failed', response.status));
                }
                return data;
            });
        });
    }

    function element(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
    }

    function list(title, items, className) {
        var box = element('div', className);
        box.appendChild(element('h4', null, title));
        var ul = element('ul');
        items.forEach(function (text) {
            ul.appendChild(element('li', null, text));
        });
        box.appendChild(ul);
        return box;
    }

    function showPreview(section, space, text, preview) {
        var result = section.querySelector('.sp-transfer-result');
        result.textContent = '';
        var creates = preview.capabilities.filter(function (c) { return c.items > 0; }).map(function (c) {
            return AJS.I18n.getText('social-playbook.transfer.ui.creates', c.label, c.items, c.rows, c.creates.join(', '));
        });
        result.appendChild(list(AJS.I18n.getText('social-playbook.transfer.ui.will-create'), creates, 'sp-transfer-creates'));
        var issueText = function (i) { return i.text; };
        if (preview.errors.length || preview.collisions.length) {
            result.appendChild(list(AJS.I18n.getText('social-playbook.transfer.ui.errors'),
                preview.errors.map(issueText).concat(preview.collisions.map(issueText)), 'sp-transfer-errors'));
        }
        if (preview.warnings.length) {
            result.appendChild(list(AJS.I18n.getText('social-playbook.transfer.ui.warnings'),
                preview.warnings.map(issueText), 'sp-transfer-warnings'));
        }
        if (!preview.importable) {
            result.appendChild(element('p', 'sp-transfer-refused', AJS.I18n.getText('social-playbook.transfer.ui.refused')));
            return;
        }
        var go = element('button', 'aui-button aui-button-primary sp-transfer-import',
            AJS.I18n.getText('social-playbook.transfer.ui.do-import'));
        go.type = 'button';
        go.addEventListener('click', function () {
            go.disabled = true;
            send(space, '', text).then(function () {
                result.appendChild(element('p', 'sp-transfer-done', AJS.I18n.getText('social-playbook.transfer.ui.done')));
            }, function (error) {
                go.disabled = false;
                SP.flagError(error.message);
            });
        });
        result.appendChild(go);
    }

    function init(section) {
        var space = section.getAttribute('data-space');
        section.querySelector('.sp-transfer-export').addEventListener('click', function () {
            window.location.href = url(space, '');
        });
        section.querySelector('.sp-transfer-check').addEventListener('click', function () {
            var file = section.querySelector('.sp-transfer-file').files[0];
            if (!file) {
                SP.flagError(AJS.I18n.getText('social-playbook.transfer.ui.choose-file'));
                return;
            }
            file.text().then(function (text) {
                return send(space, '/preview', text).then(function (preview) {
                    showPreview(section, space, text, preview);
                });
            }).catch(function (error) {
                SP.flagError(error.message);
            });
        });
    }

    AJS.$(function () {
        document.querySelectorAll('.sp-transfer').forEach(init);
    });
}(window.AJS));
