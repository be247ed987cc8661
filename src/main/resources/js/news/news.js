/*
 * Social Playbook, news & Monday digest: add and remove headlines and sources, read a feed now, show the preview of
 * this week's digest, publish now and save the digest settings (readers and reader groups picked with the shared
 * pickers). Every change is one REST call; the page then reloads
 * to show the server's state. Errors are the server's translated messages, as AUI flags.
 */
(function (AJS, SP) {
    'use strict';

    function base(state) {
        return '/news/' + encodeURIComponent(state.pageId);
    }

    function reloadSoon() {
        window.setTimeout(function () { window.location.reload(); }, 600);
    }

    function value(form, name) {
        var field = form.elements[name];
        return field ? field.value.trim() : '';
    }

    function list(text) {
        return text.split(/[\n,]/).map(function (s) { return s.trim(); }).filter(function (s) { return s.length > 0; });
    }

    function busy(button, on) {
        if (button) {
            button.disabled = on;
            button.setAttribute('aria-busy', on ? 'true' : 'false');
        }
    }

    /** The shared list-of-picked widget in the settings form's mount point (people, or groups). */
    function mountPicked(form, selector, groups, items) {
        var mount = form.querySelector(selector);
        var picked = SP.pickedList('sp-digest-picked', {groups: groups, items: items, id: mount.getAttribute('data-input-id')});
        mount.appendChild(picked.element);
        return picked;
    }

    function initNews(root) {
        var state = SP.state(root);
        var toggle = root.querySelector('.sp-news-add-toggle');
        var form = root.querySelector('.sp-news-headline-form');
        if (toggle && form) {
            toggle.addEventListener('click', function () {
                var open = form.hidden;
                form.hidden = !open;
                toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
                if (open) {
                    form.elements.title.focus();
                }
            });
            form.querySelector('.sp-news-cancel').addEventListener('click', function () {
                form.hidden = true;
                toggle.setAttribute('aria-expanded', 'false');
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var submit = form.querySelector('button[type=submit]');
                var source = value(form, 'sourceId');
                busy(submit, true);
                SP.post(base(state) + '/headlines', {
                    title: value(form, 'title'),
                    url: value(form, 'url'),
                    summary: value(form, 'summary'),
                    tag: value(form, 'tag'),
                    sourceId: source ? parseInt(source, 10) : null
                }).then(function () {
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.news.js.added'));
                    reloadSoon();
                }).catch(function (error) {
                    busy(submit, false);
                    SP.flagError(error);
                });
            });
        }
        root.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button || !root.contains(button)) {
                return;
            }
            var id = button.getAttribute('data-id');
            if (button.classList.contains('sp-news-delete')) {
                if (window.confirm(AJS.I18n.getText('social-playbook.news.js.confirm-delete'))) {
                    busy(button, true);
                    SP.del(base(state) + '/headlines/' + id).then(reloadSoon).catch(function (e) { busy(button, false); SP.flagError(e); });
                }
            } else if (button.classList.contains('sp-news-source-delete')) {
                if (window.confirm(AJS.I18n.getText('social-playbook.news.js.confirm-delete-source'))) {
                    busy(button, true);
                    SP.del(base(state) + '/sources/' + id).then(reloadSoon).catch(function (e) { busy(button, false); SP.flagError(e); });
                }
            } else if (button.classList.contains('sp-news-refresh')) {
                busy(button, true);
                SP.post(base(state) + '/sources/' + id + '/refresh').then(function (answer) {
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.news.js.refreshed', answer.added));
                    reloadSoon();
                }).catch(function (e) { busy(button, false); SP.flagError(e); reloadSoon(); });
            }
        });
        var sourceForm = root.querySelector('.sp-news-source-form');
        if (sourceForm) {
            sourceForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var submit = sourceForm.querySelector('button[type=submit]');
                busy(submit, true);
                SP.post(base(state) + '/sources', {
                    name: value(sourceForm, 'name'),
                    url: value(sourceForm, 'url'),
                    kind: value(sourceForm, 'kind')
                }).then(function () {
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.news.js.source-added'));
                    reloadSoon();
                }).catch(function (error) {
                    busy(submit, false);
                    SP.flagError(error);
                });
            });
        }
    }

    function initDigest(root) {
        var state = SP.state(root);
        var toggle = root.querySelector('.sp-digest-preview-toggle');
        var preview = root.querySelector('.sp-digest-preview');
        if (toggle && preview) {
            toggle.addEventListener('click', function () {
                var open = preview.hidden;
                preview.hidden = !open;
                toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
                toggle.textContent = open ? AJS.I18n.getText('social-playbook.news.js.hide-preview')
                    : AJS.I18n.getText('social-playbook.news.digest.preview');
            });
        }
        var publish = root.querySelector('.sp-digest-publish');
        if (publish) {
            publish.addEventListener('click', function () {
                busy(publish, true);
                SP.post(base(state) + '/digest/publish').then(function (outcome) {
                    var week = outcome.issue ? outcome.issue.weekLabel : '';
                    if (outcome.kind === 'PUBLISHED') {
                        SP.flagSuccess(AJS.I18n.getText('social-playbook.news.js.published', week));
                        reloadSoon();
                    } else {
                        SP.flagSuccess(AJS.I18n.getText('social-playbook.news.js.already', week));
                        busy(publish, false);
                    }
                }).catch(function (e) { busy(publish, false); SP.flagError(e); });
            });
        }
        var settings = root.querySelector('.sp-digest-settings');
        if (settings && state.settings) {
            var readers = mountPicked(settings, '.sp-digest-readers', false, (state.settings.readers || []).map(function (r) {
                return {value: r.username, label: r.displayName};
            }));
            var groups = mountPicked(settings, '.sp-digest-groups', true, (state.settings.readerGroups || []).map(function (g) {
                return {value: g, label: g};
            }));
            settings.addEventListener('submit', function (event) {
                event.preventDefault();
                var submit = settings.querySelector('button[type=submit]');
                busy(submit, true);
                SP.put(base(state) + '/settings', {
                    enabled: settings.elements.enabled.checked,
                    mail: settings.elements.mail.checked,
                    timeZone: value(settings, 'timeZone'),
                    readerUsers: readers.values(),
                    readerGroups: groups.values(),
                    allowedHosts: list(settings.elements.allowedHosts.value),
                    version: state.settings.version
                }).then(function () {
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.news.js.saved'));
                    reloadSoon();
                }).catch(function (error) {
                    busy(submit, false);
                    SP.flagError(error);
                });
            });
        }
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.sp-news'), initNews);
        Array.prototype.forEach.call(document.querySelectorAll('.sp-digest-page'), initDigest);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS, window.SocialPlaybook));
