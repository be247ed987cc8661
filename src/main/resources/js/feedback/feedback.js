/*
 * Feedback & follow-ups: the board's actions (add, record feedback, create several in Jira at once, link, retry,
 * done), the live Jira status refresh, the space admin's Jira connection form, and the managers' filters.
 * Every change answers with the board's body rendered (and escaped) by the server's template.
 */
(function (AJS, SP) {
    'use strict';

    function q(root, selector) {
        return root.querySelector(selector);
    }

    function formJson(form) {
        var data = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.disabled) {
                return;
            }
            if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) {
                return;
            }
            data[field.name] = field.value;
        });
        return data;
    }

    function option(select, value, text, selected) {
        var o = document.createElement('option');
        o.value = value;
        o.appendChild(document.createTextNode(text));
        o.selected = !!selected;
        select.appendChild(o);
    }

    function toggle(button, panel) {
        var open = panel.hasAttribute('hidden');
        if (open) {
            panel.removeAttribute('hidden');
        } else {
            panel.setAttribute('hidden', '');
        }
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        return open;
    }

    function Board(root) {
        this.root = root;
        this.state = SP.state(root);
        this.base = '/feedback/pages/' + this.state.pageId + '/boards/' + encodeURIComponent(this.state.board);
        this.projectsLoaded = false;
        var synced = q(root, '.sp-fb-synced[data-synced]');
        if (synced && synced.getAttribute('data-synced')) {
            synced.textContent = AJS.I18n.getText('social-playbook.feedback.last-synced',
                new Date(synced.getAttribute('data-synced')).toLocaleString());
        }
        this.bind();
        this.ownerPicker();
        this.subjectPicker();
        if (this.state.stale) {
            this.sync(false);
        }
    }

    Board.prototype.path = function (suffix) {
        return this.base + (suffix || '') + '?show=' + encodeURIComponent(this.state.show);
    };

    Board.prototype.show = function (answer) {
        q(this.root, '.sp-fb-body').innerHTML = answer.html;
        var synced = q(this.root, '.sp-fb-synced');
        if (synced && answer.board && answer.board.lastSynced) {
            synced.textContent = AJS.I18n.getText('social-playbook.feedback.last-synced',
                new Date(answer.board.lastSynced).toLocaleString());
            synced.setAttribute('data-synced', answer.board.lastSynced);
        }
        this.selectionChanged();
        return answer;
    };

    Board.prototype.reload = function () {
        return SP.get(this.path()).then(this.show.bind(this), SP.flagError);
    };

    Board.prototype.sync = function (force) {
        var self = this;
        var button = q(this.root, '.sp-fb-refresh');
        if (button) {
            button.setAttribute('aria-busy', 'true');
            button.disabled = true;
        }
        return SP.post(this.path('/sync'), {force: !!force}).then(function (answer) {
            self.show(answer);
            if (answer.result && answer.result.failure) {
                AJS.flag({type: 'warning', close: 'auto', body: SP.escape(AJS.I18n.getText('social-playbook.feedback.sync-failed'))});
            }
        }, SP.flagError).then(function () {
            if (button) {
                button.removeAttribute('aria-busy');
                button.disabled = false;
            }
        });
    };

    Board.prototype.selected = function () {
        return Array.prototype.map.call(this.root.querySelectorAll('.sp-fb-check:checked'), function (c) {
            return parseInt(c.value, 10);
        });
    };

    /** A field's own error (AUI's .error under it): shown, the field marked invalid and focused, unless ok. */
    function fieldError(field, error, ok) {
        error.hidden = ok;
        if (ok) {
            field.removeAttribute('aria-invalid');
        } else {
            field.setAttribute('aria-invalid', 'true');
            field.focus();
        }
        return ok;
    }

    /** A follow-up needs a title: show the field's own error, focus it, send nothing. */
    Board.prototype.titleGiven = function (form) {
        var title = form.querySelector('.sp-fb-title');
        return fieldError(title, form.querySelector('.sp-fb-title-error'), title.value.trim() !== '');
    };

    /** The follow-up's owner: the shared people picker; a pick puts the username in the form's hidden owner field. */
    Board.prototype.ownerPicker = function () {
        var mount = q(this.root, '.sp-fb-owner-picker');
        var value = q(this.root, '.sp-fb-owner-value');
        if (!mount || !value) {
            return;
        }
        var error = q(this.root, '.sp-fb-owner-error');
        var picker = SP.peoplePicker(function (user) {
            value.value = user.username;
            error.hidden = true;
            input.removeAttribute('aria-invalid');
        }, 'sp-fb-owner', {
            id: mount.getAttribute('data-input-id'),
            onInput: function () {
                value.value = ''; // a typed name is not a pick
            }
        });
        var input = picker.querySelector('.sp-picker-input');
        input.setAttribute('aria-describedby', error.id);
        mount.appendChild(picker);
    };

    /**
     * Feedback about a person names them with the shared people picker (the username goes in the hidden subject);
     * about a training, guideline or process, the text field names it. Only the one in use is sent.
     */
    Board.prototype.subjectPicker = function () {
        var form = q(this.root, '.sp-fb-feedback-form');
        var mount = form && q(form, '.sp-fb-subject-picker');
        if (!mount) {
            return;
        }
        var about = form.elements.about;
        var text = q(form, '.sp-fb-subject');
        var value = q(form, '.sp-fb-subject-value');
        var error = q(form, '.sp-fb-subject-error');
        var label = q(form, '.sp-fb-subject-group label');
        var picker = SP.peoplePicker(function (user) {
            value.value = user.username;
            error.hidden = true;
        }, 'sp-fb-subject-person', {
            id: mount.getAttribute('data-input-id'),
            onInput: function () {
                value.value = '';
            }
        });
        var input = picker.querySelector('.sp-picker-input');
        input.setAttribute('aria-describedby', error.id);
        mount.appendChild(picker);
        var sync = function () {
            var person = about.value === 'PERSON';
            text.hidden = person;
            text.disabled = person;
            value.disabled = !person;
            mount.hidden = !person;
            error.hidden = true;
            label.htmlFor = person ? input.id : text.id;
        };
        about.addEventListener('change', sync);
        form.addEventListener('reset', function () {
            window.setTimeout(function () {
                value.value = '';
                sync();
            }, 0);
        });
        sync();
    };

    /** Feedback about a person needs the person picked from the list: say so under the field, send nothing. */
    Board.prototype.subjectPicked = function (form) {
        var value = q(form, '.sp-fb-subject-value');
        if (!value || value.disabled) {
            return true;
        }
        return fieldError(q(form, '.sp-fb-subject-person .sp-picker-input'), q(form, '.sp-fb-subject-error'), value.value !== '');
    };

    /** A name typed in the owner field but not picked from the list: say so under the field, send nothing. */
    Board.prototype.ownerPicked = function (form) {
        var input = form.querySelector('.sp-fb-owner .sp-picker-input');
        var value = form.querySelector('.sp-fb-owner-value');
        if (!input || !value) {
            return true;
        }
        return fieldError(input, form.querySelector('.sp-fb-owner-error'), input.value.trim() === '' || value.value !== '');
    };

    Board.prototype.selectionChanged = function () {
        var button = q(this.root, '.sp-fb-jira-toggle');
        var count = this.selected().length;
        if (button) {
            button.disabled = count === 0;
        }
        var text = q(this.root, '.sp-fb-jira-count');
        if (text) {
            text.textContent = AJS.I18n.getText('social-playbook.feedback.selected', count);
        }
        var form = q(this.root, '.sp-fb-jira');
        if (form && count === 0) {
            form.setAttribute('hidden', '');
        }
    };

    Board.prototype.loadProjects = function () {
        var self = this;
        var select = q(this.root, '.sp-fb-project');
        if (this.projectsLoaded || !select) {
            return;
        }
        this.projectsLoaded = true;
        SP.get('/jira/spaces/' + encodeURIComponent(this.state.spaceKey) + '/projects').then(function (projects) {
            select.textContent = '';
            projects.forEach(function (p) {
                option(select, p.key, p.key + ' — ' + p.name, p.key === self.state.project);
            });
            self.loadTypes();
        }, function (error) {
            self.projectsLoaded = false;
            SP.flagError(error);
        });
    };

    Board.prototype.loadTypes = function () {
        var self = this;
        var project = q(this.root, '.sp-fb-project').value;
        var select = q(this.root, '.sp-fb-type');
        if (!project) {
            return;
        }
        SP.get('/jira/spaces/' + encodeURIComponent(this.state.spaceKey) + '/projects/' + encodeURIComponent(project) + '/issuetypes')
            .then(function (types) {
                select.textContent = '';
                types.filter(function (t) { return !t.subtask; }).forEach(function (t) {
                    option(select, t.name, t.name, t.name === self.state.issueType);
                });
            }, SP.flagError);
    };

    Board.prototype.bind = function () {
        var self = this;
        var root = this.root;
        root.addEventListener('change', function (e) {
            if (e.target.classList.contains('sp-fb-check')) {
                self.selectionChanged();
            } else if (e.target.classList.contains('sp-fb-project')) {
                self.loadTypes();
            }
        });
        root.addEventListener('submit', function (e) {
            var form = e.target;
            e.preventDefault();
            if ((form.classList.contains('sp-fb-add') && (!self.titleGiven(form) || !self.ownerPicked(form)))
                    || (form.classList.contains('sp-fb-feedback-form') && !self.subjectPicked(form))) {
                return; // the field says what is missing; nothing is sent
            }
            var submit = form.querySelector('[type=submit]');
            if (submit) {
                submit.disabled = true;
            }
            var done = function () {
                if (submit) {
                    submit.disabled = false;
                }
            };
            var call;
            if (form.classList.contains('sp-fb-add')) {
                call = SP.post(self.path('/followups'), formJson(form)).then(function (answer) {
                    self.show(answer);
                    form.reset();
                    q(form, '.sp-fb-owner-value').value = '';
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.feedback.saved'));
                });
            } else if (form.classList.contains('sp-fb-feedback-form')) {
                call = SP.post(self.path('/feedback'), formJson(form)).then(function (answer) {
                    self.show(answer);
                    form.reset();
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.feedback.saved'));
                });
            } else if (form.classList.contains('sp-fb-jira')) {
                var body = formJson(form);
                body.ids = self.selected();
                call = SP.post(self.path('/followups/jira'), body).then(function (answer) {
                    self.show(answer);
                    form.setAttribute('hidden', '');
                    var created = answer.result.filter(function (o) { return o.jiraKey; }).length;
                    var waiting = answer.result.length - created;
                    SP.flagSuccess(AJS.I18n.getText('social-playbook.feedback.created', created, waiting));
                    return self.sync(false);
                });
            } else if (form.classList.contains('sp-fb-connection')) {
                call = SP.put('/jira/spaces/' + encodeURIComponent(self.state.spaceKey) + '/connection', formJson(form))
                    .then(function (view) {
                        self.fillConnection(view);
                        SP.flagSuccess(AJS.I18n.getText('social-playbook.jira.connection.saved'));
                    });
            } else if (form.classList.contains('sp-fb-link-form')) {
                var row = form.closest('.sp-fb-row');
                call = SP.post(self.path('/followups/' + row.getAttribute('data-id') + '/link'), formJson(form))
                    .then(self.show.bind(self));
            } else {
                call = Promise.resolve();
            }
            call.then(done, function (error) {
                done();
                SP.flagError(error);
            });
        });
        root.addEventListener('click', function (e) {
            var target = e.target.closest('button');
            if (!target || !root.contains(target)) {
                return;
            }
            var row = target.closest('.sp-fb-row');
            if (target.classList.contains('sp-fb-refresh')) {
                self.sync(true);
            } else if (target.classList.contains('sp-fb-add-toggle')) {
                toggle(target, q(root, '.sp-fb-add'));
            } else if (target.classList.contains('sp-fb-feedback-toggle')) {
                toggle(target, q(root, '.sp-fb-feedback-form'));
            } else if (target.classList.contains('sp-fb-jira-toggle')) {
                if (toggle(target, q(root, '.sp-fb-jira'))) {
                    self.selectionChanged();
                    self.loadProjects();
                }
            } else if (target.classList.contains('sp-fb-connection-toggle')) {
                if (toggle(target, q(root, '.sp-fb-connection'))) {
                    SP.get('/jira/spaces/' + encodeURIComponent(self.state.spaceKey) + '/connection')
                        .then(self.fillConnection.bind(self), SP.flagError);
                }
            } else if (target.classList.contains('sp-fb-connection-test')) {
                var result = q(root, '.sp-fb-connection-result');
                result.textContent = '';
                SP.post('/jira/spaces/' + encodeURIComponent(self.state.spaceKey) + '/connection/test').then(function (test) {
                    result.className = 'sp-fb-connection-result ' + (test.ok ? 'sp-fb-test-ok' : 'sp-fb-test-failed');
                    result.textContent = test.message;
                }, SP.flagError);
            } else if (target.classList.contains('sp-fb-retry') && row) {
                SP.post(self.path('/followups/' + row.getAttribute('data-id') + '/retry')).then(self.show.bind(self), SP.flagError);
            } else if (target.classList.contains('sp-fb-toggle-done') && row) {
                SP.post(self.path('/followups/' + row.getAttribute('data-id') + '/done'), {
                    done: target.getAttribute('data-done') === 'true',
                    version: parseInt(row.getAttribute('data-version'), 10)
                }).then(self.show.bind(self), function (error) {
                    SP.flagError(error);
                    self.reload();
                });
            } else if (target.classList.contains('sp-fb-link') && row) {
                self.linkForm(target, row);
            }
        });
    };

    Board.prototype.linkForm = function (button, row) {
        var cell = row.querySelector('.sp-fb-jira-cell');
        if (cell.querySelector('.sp-fb-link-form')) {
            return;
        }
        var form = document.createElement('form');
        form.className = 'aui sp-fb-link-form';
        var input = document.createElement('input');
        input.className = 'text short-field';
        input.name = 'key';
        input.required = true;
        input.placeholder = 'ABC-123';
        input.setAttribute('aria-label', AJS.I18n.getText('social-playbook.feedback.link.key'));
        var submit = document.createElement('button');
        submit.type = 'submit';
        submit.className = 'aui-button';
        submit.appendChild(document.createTextNode(AJS.I18n.getText('social-playbook.feedback.link')));
        form.appendChild(input);
        form.appendChild(submit);
        cell.appendChild(form);
        input.focus();
    };

    Board.prototype.fillConnection = function (view) {
        var form = q(this.root, '.sp-fb-connection');
        form.elements.baseUrl.value = view.baseUrl || '';
        form.elements.auth.value = view.auth || 'TOKEN';
        form.elements.user.value = view.user || '';
        form.elements.token.value = '';
        form.elements.issueLanguage.value = view.issueLanguage || '';
        var hint = q(form, '.sp-fb-token-hint');
        var text = view.secretStored ? AJS.I18n.getText('social-playbook.jira.connection.token-stored') : '';
        if (view.applicationLink) {
            text += ' ' + AJS.I18n.getText('social-playbook.jira.connection.applink', view.applicationLink);
        }
        hint.textContent = text;
    };

    function Owners(root) {
        var form = q(root, '.sp-fb-filters');
        if (!form) {
            return;
        }
        form.addEventListener('change', function () {
            var f = formJson(form);
            Array.prototype.forEach.call(root.querySelectorAll('.sp-fb-item-row'), function (row) {
                var visible = (!f.board || row.getAttribute('data-board') === f.board)
                    && (!f.state || row.getAttribute('data-state') === f.state)
                    && (!f.owner || row.getAttribute('data-owner') === f.owner);
                row.hidden = !visible;
            });
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.sp-fb'), function (root) {
            if (!root.spBoard) {
                root.spBoard = new Board(root);
            }
        });
        Array.prototype.forEach.call(document.querySelectorAll('.sp-fb-owners'), function (root) {
            if (!root.spOwners) {
                root.spOwners = new Owners(root);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS, window.SocialPlaybook));
