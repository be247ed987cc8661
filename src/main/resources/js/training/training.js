/*
 * Social Playbook: the training tracker. The page arrives rendered by the server; this script adds what needs a
 * person: a learner marks modules started or completed and answers the check-in; a trainer (page editor) pages and
 * filters the people grid on the server, sets or waives someone's status, records a session's attendees, edits the
 * modules, handles follow-ups and imports completions from CSV. Server text is only ever inserted as text.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook;
    var ACTION_STATUS = {start: 'STARTED', refresh: 'STARTED', undo: 'STARTED', complete: 'COMPLETED', reset: 'NOT_STARTED'};
    var PAGE_SIZES = [25, 50, 100];
    var el = SP.el;
    var button = SP.button;

    function today() {
        var d = new Date();
        var pad = function (n) { return (n < 10 ? '0' : '') + n; };
        return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
    }

    function avatar(url, name) {
        if (!url) {
            return el('span', 'sp-training-avatar sp-training-avatar-none', (name || '?').charAt(0));
        }
        var img = el('img', 'sp-training-avatar');
        img.src = url;
        img.alt = '';
        return img;
    }

    /** A dialog2 built from DOM nodes; removed from the page when hidden. */
    function dialog(titleText, size) {
        var section = el('section', 'aui-dialog2 aui-dialog2-' + (size || 'medium') + ' aui-layer sp-training-dialog');
        section.setAttribute('role', 'dialog');
        section.setAttribute('aria-hidden', 'true');
        var header = el('header', 'aui-dialog2-header');
        var h2 = el('h2', 'aui-dialog2-header-main', titleText);
        header.appendChild(h2);
        var close = button('aui-close-button');
        close.setAttribute('aria-label', AJS.I18n.getText('social-playbook.training.js.close'));
        header.appendChild(close);
        var content = el('div', 'aui-dialog2-content');
        var footer = el('footer', 'aui-dialog2-footer');
        var actions = el('div', 'aui-dialog2-footer-actions');
        footer.appendChild(actions);
        section.appendChild(header);
        section.appendChild(content);
        section.appendChild(footer);
        document.body.appendChild(section);
        var d = AJS.dialog2(section);
        var onHide = [];
        var restore = null;
        close.addEventListener('click', function () { d.hide(); });
        d.on('hide', function () {
            onHide.forEach(function (f) { f(); });
            if (restore) {
                restore();
            }
            window.setTimeout(function () {
                if (section.parentNode) {
                    section.parentNode.removeChild(section);
                }
            }, 0);
        });
        return {
            section: section, content: content, actions: actions,
            show: function () { restore = SP.focusReturn(document.activeElement); d.show(); },
            hide: function () { d.hide(); },
            onHide: function (f) { onHide.push(f); }
        };
    }

    function errorBox(container, error) {
        container.textContent = '';
        var box = el('div', 'aui-message aui-message-error sp-training-dialog-error');
        box.setAttribute('role', 'alert');
        box.appendChild(el('p', null, error && error.message ? error.message : String(error)));
        container.appendChild(box);
    }

    // ---------------------------------------------------------------------------------------------------------
    function Tracker(root) {
        this.root = root;
        this.id = root.getAttribute('data-programme-id');
        this.state = SP.state(root);
        this.version = this.state.version;
        this.grid = {offset: 0, limit: 25, team: '', role: '', status: 'all', sort: 'name', q: ''};
        this.selected = {};
        this.rowsByKey = {};
        this.bind();
        if (this.state.canEdit) {
            this.loadGrid();
        }
    }

    Tracker.prototype.base = function () {
        return '/training/programmes/' + this.id;
    };

    Tracker.prototype.bind = function () {
        var self = this;
        this.root.addEventListener('click', function (e) {
            var hit = function (selector) {
                return e.target.closest ? e.target.closest(selector) : null;
            };
            var action = hit('.sp-training-my-action');
            if (action) {
                self.myAction(action);
            } else if (hit('.sp-training-session-open')) {
                self.openSession(null);
            } else if (hit('.sp-training-modules-open')) {
                self.openModules();
            } else if (hit('.sp-training-import-open')) {
                self.openImport();
            } else if (hit('.sp-training-followup-retry')) {
                self.followUp(hit('.sp-training-followup'), 'followup');
            } else if (hit('.sp-training-followup-handled-btn')) {
                self.followUp(hit('.sp-training-followup'), 'handled');
            }
        });
        var form = this.root.querySelector('.sp-training-checkin');
        if (form) {
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                self.checkIn(form);
            });
        }
        this.root.querySelectorAll('.sp-training-filter').forEach(function (select) {
            select.addEventListener('change', function () {
                self.grid[select.getAttribute('data-filter')] = select.value;
                self.grid.offset = 0;
                self.loadGrid();
            });
        });
        var text = this.root.querySelector('.sp-training-filter-text');
        if (text) {
            var timer = null;
            text.addEventListener('input', function () {
                window.clearTimeout(timer);
                timer = window.setTimeout(function () {
                    self.grid.q = text.value.trim();
                    self.grid.offset = 0;
                    self.loadGrid();
                }, 300);
            });
        }
    };

    // --- my training ----------------------------------------------------------------------------------------
    Tracker.prototype.myAction = function (btn) {
        var self = this;
        var li = btn.closest('.sp-training-module');
        var moduleId = li.getAttribute('data-module-id');
        var status = ACTION_STATUS[btn.getAttribute('data-action')];
        btn.disabled = true;
        SP.put(this.base() + '/my/modules/' + moduleId, {status: status}).then(function (me) {
            self.renderMe(me);
            self.refreshTrainer();
        }).catch(function (error) {
            btn.disabled = false;
            SP.flagError(error);
        });
    };

    Tracker.prototype.renderMe = function (me) {
        var root = this.root;
        var summary = root.querySelector('.sp-training-me');
        if (summary) {
            summary.setAttribute('data-state', me.state);
            var lozenge = summary.querySelector('.sp-training-me-lozenge');
            lozenge.className = 'aui-lozenge ' + (me.lozenge || '') + ' sp-training-me-lozenge';
            lozenge.textContent = me.stateText;
            summary.querySelector('.sp-training-me-text').textContent = me.summary;
            var bar = summary.querySelector('.sp-training-me-progress');
            bar.setAttribute('data-value', me.percent);
            bar.title = me.percent + '%';
            bar.querySelector('.aui-progress-indicator-value').style.width = me.percent + '%';
        }
        me.modules.forEach(function (m) {
            var li = root.querySelector('.sp-training-module[data-module-id="' + m.moduleId + '"]');
            if (!li) {
                return;
            }
            li.className = 'sp-training-module sp-training-module-' + m.state.toLowerCase() + (m.overdue ? ' sp-training-module-overdue' : '');
            var lozenge = li.querySelector('.sp-training-module-lozenge');
            lozenge.className = 'aui-lozenge ' + (m.lozenge || '') + ' sp-training-module-lozenge';
            lozenge.textContent = m.stateText;
            li.querySelector('.sp-training-module-detail').textContent = m.detail;
            var actions = li.querySelector('.sp-training-module-actions');
            actions.textContent = '';
            m.actions.forEach(function (a) {
                var primary = a === 'complete' && m.state !== 'WAIVED';
                var b = button('sp-training-my-action' + (primary ? '' : ' aui-button-link'), actionText(a), primary);
                b.setAttribute('data-action', a);
                actions.appendChild(b);
            });
        });
        var form = root.querySelector('.sp-training-checkin');
        var done = root.querySelector('.sp-training-checkin-done');
        if (form) {
            form.hidden = !me.checkin.eligible;
            done.hidden = me.checkin.eligible || !me.checkin.answered;
            done.querySelector('.sp-training-checkin-text').textContent = me.checkin.text || '';
        }
    };

    /**
     * After any change, what a trainer sees of it: the figures and per-module bars (from GET, which carries them for
     * page editors only) and the people grid. Nothing for readers who cannot edit: they have no figures.
     */
    Tracker.prototype.refreshTrainer = function () {
        var self = this;
        if (!this.state.canEdit) {
            return;
        }
        this.loadGrid();
        SP.get(this.base()).then(function (response) {
            if (response.figures) {
                self.renderFigures(response.figures);
            }
        }).catch(function (error) {
            SP.flagError(error);
        });
    };

    Tracker.prototype.renderFigures = function (f) {
        var root = this.root;
        var set = function (selector, text) {
            var node = root.querySelector(selector);
            if (node) {
                node.textContent = text;
            }
            return node;
        };
        set('.sp-training-learners', String(f.learners));
        set('.sp-training-percent', f.percent + '%');
        set('.sp-training-complete', String(f.complete));
        var overdue = set('.sp-training-overdue', String(f.overdue));
        if (overdue) {
            overdue.parentNode.classList.toggle('sp-training-stat-bad', f.overdue > 0);
        }
        var refresher = set('.sp-training-refresher', String(f.refresherDue));
        if (refresher) {
            refresher.parentNode.classList.toggle('sp-training-stat-warn', f.refresherDue > 0);
        }
        (f.modules || []).forEach(function (m) {
            var tr = root.querySelector('.sp-training-module-figures tr[data-module-id="' + m.id + '"]');
            if (!tr) {
                return;
            }
            tr.querySelector('.sp-training-module-percent').textContent = m.percentDone + '%';
            var bar = tr.querySelector('.sp-training-bar');
            bar.title = m.text;
            bar.setAttribute('aria-label', m.text);
            [['completed', m.completed], ['waived', m.waived], ['refresher', m.refresherDue], ['progress', m.inProgress]]
                .forEach(function (part) {
                    bar.querySelector('.sp-bar-' + part[0]).style.width = part[1] + '%';
                });
        });
    };

    function actionText(action) {
        switch (action) {
            case 'start': return AJS.I18n.getText('social-playbook.training.action.start');
            case 'complete': return AJS.I18n.getText('social-playbook.training.action.complete');
            case 'reset': return AJS.I18n.getText('social-playbook.training.action.reset');
            case 'undo': return AJS.I18n.getText('social-playbook.training.action.undo');
            case 'refresh': return AJS.I18n.getText('social-playbook.training.action.refresh');
            default: return action;
        }
    }

    Tracker.prototype.checkIn = function (form) {
        var self = this;
        var picked = form.querySelector('.sp-training-confidence-input:checked');
        var send = form.querySelector('.sp-training-checkin-send');
        var body = {
            confidence: picked ? Number(picked.value) : null,
            comment: form.querySelector('.sp-training-comment').value,
            needsHelp: form.querySelector('.sp-training-needs-help').checked
        };
        send.disabled = true;
        SP.post(this.base() + '/checkins', body).then(function (me) {
            send.disabled = false;
            self.renderMe(me);
            self.refreshTrainer();
            var low = body.confidence !== null && body.confidence <= 2;
            SP.flagSuccess(low || body.needsHelp ? AJS.I18n.getText('social-playbook.training.js.checkin-followup')
                : AJS.I18n.getText('social-playbook.training.js.checkin-thanks'));
        }).catch(function (error) {
            send.disabled = false;
            SP.flagError(error);
        });
    };

    // --- the people grid (trainers) -------------------------------------------------------------------------
    Tracker.prototype.query = function () {
        var g = this.grid;
        var parts = ['offset=' + g.offset, 'limit=' + g.limit, 'sort=' + encodeURIComponent(g.sort),
            'status=' + encodeURIComponent(g.status)];
        if (g.team) {
            parts.push('team=' + encodeURIComponent(g.team));
        }
        if (g.role) {
            parts.push('role=' + encodeURIComponent(g.role));
        }
        if (g.q) {
            parts.push('q=' + encodeURIComponent(g.q));
        }
        return parts.join('&');
    };

    Tracker.prototype.loadGrid = function () {
        var self = this;
        var wrap = this.root.querySelector('.sp-training-grid-wrap');
        if (!wrap) {
            return Promise.resolve();
        }
        wrap.setAttribute('aria-busy', 'true');
        var asked = this.query();
        return SP.get(this.base() + '/people?' + asked).then(function (page) {
            if (asked !== self.query()) {
                return; // a newer request is on its way
            }
            wrap.removeAttribute('aria-busy');
            self.fillFilters(page);
            self.renderGrid(page);
        }).catch(function (error) {
            wrap.removeAttribute('aria-busy');
            errorBox(wrap, error);
        });
    };

    Tracker.prototype.fillFilters = function (page) {
        var fill = function (select, values, allText) {
            if (!select || select.getAttribute('data-filled')) {
                return;
            }
            select.setAttribute('data-filled', 'true');
            select.textContent = '';
            select.appendChild(SP.option('', allText));
            values.forEach(function (v) {
                select.appendChild(SP.option(v, v));
            });
            select.closest('label').hidden = values.length === 0;
        };
        fill(this.root.querySelector('[data-filter="team"]'), page.teams, AJS.I18n.getText('social-playbook.training.js.all-teams'));
        fill(this.root.querySelector('[data-filter="role"]'), page.roles, AJS.I18n.getText('social-playbook.training.js.all-roles'));
    };

    Tracker.prototype.renderGrid = function (page) {
        var self = this;
        var wrap = this.root.querySelector('.sp-training-grid-wrap');
        wrap.textContent = '';
        this.modules = page.modules;
        this.rowsByKey = {};
        if (page.rows.length === 0) {
            wrap.appendChild(el('p', 'sp-training-empty', page.learners === 0
                ? AJS.I18n.getText('social-playbook.training.js.no-learners')
                : AJS.I18n.getText('social-playbook.training.js.no-match')));
            this.renderPager(page);
            return;
        }
        var table = el('table', 'aui sp-training-grid');
        var thead = el('thead');
        var head = el('tr');
        var allTh = el('th', 'sp-training-select');
        var all = el('input', 'checkbox sp-training-select-all');
        all.type = 'checkbox';
        all.setAttribute('aria-label', AJS.I18n.getText('social-playbook.training.js.select-all'));
        allTh.appendChild(all);
        head.appendChild(allTh);
        head.appendChild(el('th', 'sp-training-person-head', AJS.I18n.getText('social-playbook.training.js.person')));
        head.appendChild(el('th', 'sp-training-progress-head', AJS.I18n.getText('social-playbook.training.js.progress')));
        head.appendChild(el('th', 'sp-training-due-head', AJS.I18n.getText('social-playbook.training.js.due')));
        page.modules.forEach(function (m) {
            var th = el('th', 'sp-training-module-head');
            th.appendChild(el('span', null, m.title));
            if (!m.required) {
                th.appendChild(el('span', 'sp-training-optional', AJS.I18n.getText('social-playbook.training.js.optional')));
            }
            th.title = m.title;
            head.appendChild(th);
        });
        thead.appendChild(head);
        table.appendChild(thead);
        var tbody = el('tbody');
        page.rows.forEach(function (row) {
            self.rowsByKey[row.key] = row;
            var tr = el('tr', 'sp-training-person' + (row.overdue ? ' sp-training-person-overdue' : ''));
            tr.setAttribute('data-user-key', row.key);
            var selTd = el('td', 'sp-training-select');
            var sel = el('input', 'checkbox sp-training-select-person');
            sel.type = 'checkbox';
            sel.checked = !!self.selected[row.key];
            sel.setAttribute('aria-label', AJS.I18n.getText('social-playbook.training.js.select-person', row.name));
            sel.addEventListener('change', function () {
                if (sel.checked) {
                    self.selected[row.key] = row.name;
                } else {
                    delete self.selected[row.key];
                }
                self.renderPager(page);
            });
            selTd.appendChild(sel);
            tr.appendChild(selTd);
            var who = el('td', 'sp-training-person-cell');
            var box = el('div', 'sp-training-person-box');
            box.appendChild(avatar(row.avatarUrl, row.name));
            var nameBox = el('div', 'sp-training-person-name');
            nameBox.appendChild(el('strong', null, row.name));
            if (row.roles.length) {
                nameBox.appendChild(el('span', 'sp-training-person-roles', row.roles.join(', ')));
            }
            var history = button('aui-button-link sp-training-history-open', AJS.I18n.getText('social-playbook.training.js.history'));
            history.addEventListener('click', function () {
                self.openHistory(row);
            });
            nameBox.appendChild(history);
            box.appendChild(nameBox);
            who.appendChild(box);
            tr.appendChild(who);
            var progress = el('td', 'sp-training-progress-cell');
            var bar = el('div', 'aui-progress-indicator');
            bar.setAttribute('data-value', row.percent);
            var value = el('span', 'aui-progress-indicator-value');
            value.style.width = row.percent + '%';
            bar.appendChild(value);
            progress.appendChild(bar);
            var line = el('span', 'sp-training-progress-text');
            line.appendChild(el('span', 'sp-training-percent-text', row.percent + '%'));
            line.appendChild(document.createTextNode(' '));
            line.appendChild(el('span', 'aui-lozenge ' + (row.lozenge || '') + ' sp-training-person-lozenge', row.stateText));
            progress.appendChild(line);
            tr.appendChild(progress);
            tr.appendChild(el('td', 'sp-training-due-cell' + (row.overdue ? ' sp-training-overdue-text' : ''), row.due));
            row.cells.forEach(function (cell) {
                var td = el('td', 'sp-training-cell sp-training-cell-' + cell.state.toLowerCase() + (cell.overdue ? ' sp-training-cell-overdue' : ''));
                td.setAttribute('data-module-id', cell.moduleId);
                var b = button('aui-button-subtle sp-training-cell-button', cell.symbol);
                b.title = cell.title;
                b.setAttribute('aria-label', row.name + ': ' + cell.title);
                b.addEventListener('click', function () {
                    self.openStatus(row, cell);
                });
                td.appendChild(b);
                tr.appendChild(td);
            });
            tbody.appendChild(tr);
        });
        table.appendChild(tbody);
        all.addEventListener('change', function () {
            page.rows.forEach(function (row) {
                if (all.checked) {
                    self.selected[row.key] = row.name;
                } else {
                    delete self.selected[row.key];
                }
            });
            tbody.querySelectorAll('.sp-training-select-person').forEach(function (c) {
                c.checked = all.checked;
            });
            self.renderPager(page);
        });
        wrap.appendChild(table);
        this.renderPager(page);
    };

    Tracker.prototype.renderPager = function (page) {
        var self = this;
        var pager = this.root.querySelector('.sp-training-pager');
        pager.textContent = '';
        var from = page.total === 0 ? 0 : page.offset + 1;
        var to = Math.min(page.total, page.offset + page.rows.length);
        pager.appendChild(el('span', 'sp-training-pager-text',
            AJS.I18n.getText('social-playbook.training.js.pager', from, to, page.total, page.learners)));
        var prev = button('sp-training-prev', AJS.I18n.getText('social-playbook.training.js.previous'));
        prev.disabled = page.offset === 0;
        prev.addEventListener('click', function () {
            self.grid.offset = Math.max(0, page.offset - page.limit);
            self.loadGrid();
        });
        var next = button('sp-training-next', AJS.I18n.getText('social-playbook.training.js.next'));
        next.disabled = page.offset + page.limit >= page.total;
        next.addEventListener('click', function () {
            self.grid.offset = page.offset + page.limit;
            self.loadGrid();
        });
        var size = el('select', 'select sp-training-page-size');
        size.setAttribute('aria-label', AJS.I18n.getText('social-playbook.training.js.page-size'));
        PAGE_SIZES.forEach(function (n) {
            size.appendChild(SP.option(String(n), String(n), n === self.grid.limit));
        });
        size.addEventListener('change', function () {
            self.grid.limit = Number(size.value);
            self.grid.offset = 0;
            self.loadGrid();
        });
        var buttons = el('span', 'aui-buttons');
        buttons.appendChild(prev);
        buttons.appendChild(next);
        pager.appendChild(buttons);
        pager.appendChild(size);
        var keys = Object.keys(this.selected);
        if (keys.length) {
            var bulk = button('sp-training-bulk', AJS.I18n.getText('social-playbook.training.js.bulk-complete', keys.length), true);
            bulk.addEventListener('click', function () {
                self.openSession(self.selected);
            });
            pager.appendChild(bulk);
            var clear = button('aui-button-link sp-training-bulk-clear', AJS.I18n.getText('social-playbook.training.js.clear-selection'));
            clear.addEventListener('click', function () {
                self.selected = {};
                self.root.querySelectorAll('.sp-training-select-person, .sp-training-select-all').forEach(function (c) {
                    c.checked = false;
                });
                self.renderPager(page);
            });
            pager.appendChild(clear);
        }
    };

    // --- one person's status on one module ------------------------------------------------------------------
    Tracker.prototype.moduleTitle = function (moduleId) {
        var found = (this.state.modules || []).filter(function (m) { return m.id === moduleId; });
        return found.length ? found[0].title : '';
    };

    Tracker.prototype.openStatus = function (row, cell) {
        var self = this;
        var d = dialog(AJS.I18n.getText('social-playbook.training.js.status-title', row.name, this.moduleTitle(cell.moduleId)));
        d.section.classList.add('sp-training-status-dialog');
        var form = el('form', 'aui');
        form.addEventListener('submit', function (e) { e.preventDefault(); });
        form.appendChild(el('p', 'sp-training-status-now', cell.title));
        var status = el('select', 'select sp-training-status-select');
        [['NOT_STARTED', 'social-playbook.training.js.status-not-started'], ['STARTED', 'social-playbook.training.js.status-started'],
            ['COMPLETED', 'social-playbook.training.js.status-completed'], ['WAIVED', 'social-playbook.training.js.status-waived']]
            .forEach(function (s) {
                status.appendChild(SP.option(s[0], statusText(s[0]), (cell.state === 'IN_PROGRESS' ? 'STARTED' : cell.state) === s[0]));
            });
        if (cell.state === 'REFRESHER_DUE' || cell.state === 'NOT_STARTED') {
            status.value = 'COMPLETED';
        }
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.status'), status));
        var date = el('input', 'text sp-training-status-date');
        date.type = 'date';
        date.value = today();
        date.max = today();
        var dateGroup = SP.field(AJS.I18n.getText('social-playbook.training.js.completed-on'), date);
        form.appendChild(dateGroup);
        var note = el('input', 'text long-field sp-training-status-note');
        note.maxLength = 450;
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.note'), note));
        var sync = function () {
            dateGroup.hidden = status.value !== 'COMPLETED';
        };
        status.addEventListener('change', sync);
        sync();
        var message = el('div', 'sp-training-dialog-message');
        form.appendChild(message);
        d.content.appendChild(form);
        var history = el('div', 'sp-training-history');
        d.content.appendChild(history);
        this.fillHistory(history, row.key);
        var save = button('sp-training-status-save', AJS.I18n.getText('social-playbook.training.js.save'), true);
        var cancel = button('aui-button-link', AJS.I18n.getText('social-playbook.training.js.cancel'));
        cancel.addEventListener('click', d.hide);
        save.addEventListener('click', function () {
            save.disabled = true;
            SP.put(self.base() + '/people/' + encodeURIComponent(row.key) + '/modules/' + cell.moduleId, {
                status: status.value,
                completedOn: status.value === 'COMPLETED' ? date.value : null,
                note: note.value
            }).then(function () {
                d.hide();
                SP.flagSuccess(AJS.I18n.getText('social-playbook.training.js.status-saved', row.name));
                self.refreshTrainer();
            }).catch(function (error) {
                save.disabled = false;
                errorBox(message, error);
            });
        });
        d.actions.appendChild(save);
        d.actions.appendChild(cancel);
        d.show();
    };

    function statusText(status) {
        switch (status) {
            case 'NOT_STARTED': return AJS.I18n.getText('social-playbook.training.js.status-not-started');
            case 'STARTED': return AJS.I18n.getText('social-playbook.training.js.status-started');
            case 'COMPLETED': return AJS.I18n.getText('social-playbook.training.js.status-completed');
            default: return AJS.I18n.getText('social-playbook.training.js.status-waived');
        }
    }

    Tracker.prototype.fillHistory = function (container, userKey) {
        container.textContent = '';
        container.appendChild(el('h3', null, AJS.I18n.getText('social-playbook.training.js.history-title')));
        SP.get(this.base() + '/people/' + encodeURIComponent(userKey) + '/history').then(function (entries) {
            if (!entries.length) {
                container.appendChild(el('p', 'sp-training-empty', AJS.I18n.getText('social-playbook.training.js.history-none')));
                return;
            }
            var table = el('table', 'aui sp-training-history-table');
            var head = el('tr');
            ['history-when', 'history-module', 'history-status', 'history-by', 'history-how'].forEach(function (k) {
                head.appendChild(el('th', null, historyHead(k)));
            });
            var thead = el('thead');
            thead.appendChild(head);
            table.appendChild(thead);
            var tbody = el('tbody');
            entries.forEach(function (e) {
                var tr = el('tr');
                tr.appendChild(el('td', null, e.changedAt));
                tr.appendChild(el('td', null, e.module));
                tr.appendChild(el('td', null, e.date ? e.stateText + ' (' + e.date + ')' : e.stateText));
                tr.appendChild(el('td', null, e.actor));
                tr.appendChild(el('td', null, e.note ? e.source + ': ' + e.note : e.source));
                tbody.appendChild(tr);
            });
            table.appendChild(tbody);
            container.appendChild(table);
        }).catch(function (error) {
            errorBox(container, error);
        });
    };

    function historyHead(key) {
        switch (key) {
            case 'history-when': return AJS.I18n.getText('social-playbook.training.js.history-when');
            case 'history-module': return AJS.I18n.getText('social-playbook.training.js.history-module');
            case 'history-status': return AJS.I18n.getText('social-playbook.training.js.history-status');
            case 'history-by': return AJS.I18n.getText('social-playbook.training.js.history-by');
            default: return AJS.I18n.getText('social-playbook.training.js.history-how');
        }
    }

    Tracker.prototype.openHistory = function (row) {
        var d = dialog(AJS.I18n.getText('social-playbook.training.js.history-of', row.name), 'large');
        var history = el('div', 'sp-training-history');
        d.content.appendChild(history);
        this.fillHistory(history, row.key);
        var close = button('', AJS.I18n.getText('social-playbook.training.js.close'));
        close.addEventListener('click', d.hide);
        d.actions.appendChild(close);
        d.show();
    };

    // --- sessions -------------------------------------------------------------------------------------------
    Tracker.prototype.openSession = function (preselected) {
        var self = this;
        var attendees = {};
        Object.keys(preselected || {}).forEach(function (k) {
            attendees[k] = preselected[k];
        });
        var d = dialog(AJS.I18n.getText('social-playbook.training.js.session-title'));
        d.section.classList.add('sp-training-session-dialog');
        var form = el('form', 'aui');
        form.addEventListener('submit', function (e) { e.preventDefault(); });
        form.appendChild(el('p', 'description', AJS.I18n.getText('social-playbook.training.js.session-help')));
        var modules = el('fieldset', 'group sp-training-session-modules');
        var legend = el('legend');
        legend.appendChild(el('span', null, AJS.I18n.getText('social-playbook.training.js.session-modules')));
        modules.appendChild(legend);
        (this.state.modules || []).forEach(function (m) {
            var box = el('div', 'checkbox');
            var input = el('input', 'checkbox sp-training-session-module');
            input.type = 'checkbox';
            input.value = m.id;
            input.id = 'sp-training-session-m-' + m.id;
            var label = el('label', null, m.title);
            label.htmlFor = input.id;
            box.appendChild(input);
            box.appendChild(label);
            modules.appendChild(box);
        });
        form.appendChild(modules);
        var list = el('ul', 'sp-training-attendees');
        var drawAttendees = function () {
            list.textContent = '';
            var keys = Object.keys(attendees);
            if (!keys.length) {
                list.appendChild(el('li', 'sp-training-empty', AJS.I18n.getText('social-playbook.training.js.session-nobody')));
            }
            keys.forEach(function (k) {
                var li = el('li', 'sp-training-attendee');
                li.setAttribute('data-user-key', k);
                li.appendChild(el('span', null, attendees[k]));
                var remove = button('aui-button-link sp-training-attendee-remove', AJS.I18n.getText('social-playbook.training.js.remove'));
                remove.addEventListener('click', function () {
                    delete attendees[k];
                    drawAttendees();
                });
                li.appendChild(remove);
                list.appendChild(li);
            });
        };
        drawAttendees();
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.session-attendees'), list));
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.session-add'), SP.peoplePicker(function (user) {
            attendees[user.key] = user.displayName;
            drawAttendees();
        }, 'sp-training-picker', {clearOnPick: true})));
        var date = el('input', 'text sp-training-session-date');
        date.type = 'date';
        date.value = today();
        date.max = today();
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.session-date'), date));
        var note = el('input', 'text long-field sp-training-session-note');
        note.maxLength = 450;
        note.placeholder = AJS.I18n.getText('social-playbook.training.js.session-note-placeholder');
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.note'), note));
        var message = el('div', 'sp-training-dialog-message');
        form.appendChild(message);
        d.content.appendChild(form);
        var save = button('sp-training-session-save', AJS.I18n.getText('social-playbook.training.js.session-save'), true);
        var cancel = button('aui-button-link', AJS.I18n.getText('social-playbook.training.js.cancel'));
        cancel.addEventListener('click', d.hide);
        save.addEventListener('click', function () {
            var ids = [];
            form.querySelectorAll('.sp-training-session-module:checked').forEach(function (c) {
                ids.push(Number(c.value));
            });
            save.disabled = true;
            SP.post(self.base() + '/sessions', {
                moduleIds: ids, attendees: Object.keys(attendees), completedOn: date.value, note: note.value
            }).then(function (result) {
                d.hide();
                self.selected = {};
                SP.flagSuccess(AJS.I18n.getText('social-playbook.training.js.session-saved', result.changed));
                self.refreshTrainer();
            }).catch(function (error) {
                save.disabled = false;
                errorBox(message, error);
            });
        });
        d.actions.appendChild(save);
        d.actions.appendChild(cancel);
        d.show();
    };

    // --- modules (editors) ----------------------------------------------------------------------------------
    Tracker.prototype.openModules = function () {
        var self = this;
        var changed = false;
        var d = dialog(AJS.I18n.getText('social-playbook.training.js.modules-title'), 'large');
        d.section.classList.add('sp-training-modules-dialog');
        var list = el('ol', 'sp-training-module-list');
        var message = el('div', 'sp-training-dialog-message');
        d.content.appendChild(message);
        d.content.appendChild(list);
        var formBox = el('div', 'sp-training-module-form-box');
        d.content.appendChild(formBox);
        var apply = function (response) {
            changed = true;
            self.version = response.version;
            self.state.modules = response.modules;
            draw();
        };
        var send = function (method, path, body) {
            message.textContent = '';
            return SP.rest(method, self.base() + path, body).then(apply).catch(function (error) {
                errorBox(message, error);
                throw error;
            });
        };
        var draw = function () {
            list.textContent = '';
            var modules = self.state.modules || [];
            modules.forEach(function (m, i) {
                var li = el('li', 'sp-training-module-item');
                li.setAttribute('data-module-id', m.id);
                var text = el('span', 'sp-training-module-item-text');
                text.appendChild(el('strong', null, m.title));
                text.appendChild(el('span', 'sp-training-module-facts', ' ' + m.facts + (m.linkLabel ? ' · ' + m.linkLabel : '')));
                li.appendChild(text);
                var tools = el('span', 'aui-buttons');
                var up = button('sp-training-module-up', '↑');
                up.disabled = i === 0;
                up.setAttribute('aria-label', AJS.I18n.getText('social-playbook.training.js.move-up', m.title));
                var down = button('sp-training-module-down', '↓');
                down.disabled = i === modules.length - 1;
                down.setAttribute('aria-label', AJS.I18n.getText('social-playbook.training.js.move-down', m.title));
                var edit = button('sp-training-module-edit', AJS.I18n.getText('social-playbook.training.js.edit'));
                var del = button('sp-training-module-delete', AJS.I18n.getText('social-playbook.training.js.delete'));
                var move = function (delta) {
                    var ids = modules.map(function (x) { return x.id; });
                    ids.splice(i, 1);
                    ids.splice(i + delta, 0, m.id);
                    send('PUT', '/modules/order', {ids: ids, version: self.version}).catch(function () {});
                };
                up.addEventListener('click', function () { move(-1); });
                down.addEventListener('click', function () { move(1); });
                edit.addEventListener('click', function () { showForm(m); });
                del.addEventListener('click', function () {
                    if (window.confirm(AJS.I18n.getText('social-playbook.training.js.delete-confirm', m.title))) {
                        send('DELETE', '/modules/' + m.id + '?version=' + self.version).catch(function () {});
                    }
                });
                [up, down, edit, del].forEach(function (b) { tools.appendChild(b); });
                li.appendChild(tools);
                list.appendChild(li);
            });
            // The empty state is a sentence next to the list, not a numbered item in it.
            list.hidden = !modules.length;
            var none = d.content.querySelector('.sp-training-module-none');
            if (!modules.length && !none) {
                none = el('p', 'sp-training-empty sp-training-module-none', AJS.I18n.getText('social-playbook.training.js.modules-none'));
                list.parentNode.insertBefore(none, list);
            } else if (modules.length && none) {
                none.parentNode.removeChild(none);
            }
        };
        var showForm = function (module) {
            formBox.textContent = '';
            var form = el('form', 'aui sp-training-module-form');
            form.addEventListener('submit', function (e) { e.preventDefault(); });
            form.appendChild(el('h3', null, module ? AJS.I18n.getText('social-playbook.training.js.module-edit', module.title)
                : AJS.I18n.getText('social-playbook.training.js.module-add')));
            var title = el('input', 'text long-field sp-training-module-title-input');
            title.maxLength = 200;
            title.value = module ? module.title : '';
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.module-title'), title));
            var kind = SP.select('sp-training-module-link-kind', [
                ['url', AJS.I18n.getText('social-playbook.training.js.link-url')],
                ['page', AJS.I18n.getText('social-playbook.training.js.link-page')],
                ['none', AJS.I18n.getText('social-playbook.training.js.link-none')]
            ], module ? (module.pageId ? 'page' : (module.url ? 'url' : 'none')) : 'url');
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.link-kind'), kind));
            var link = el('input', 'text long-field sp-training-module-link');
            link.value = module ? (module.pageId ? (module.linkLabel || '') : (module.url || '')) : '';
            var linkGroup = SP.field(AJS.I18n.getText('social-playbook.training.js.link'), link);
            form.appendChild(linkGroup);
            var syncKind = function () {
                linkGroup.hidden = kind.value === 'none';
                link.placeholder = kind.value === 'page' ? AJS.I18n.getText('social-playbook.training.js.link-page-placeholder')
                    : 'https://';
            };
            kind.addEventListener('change', syncKind);
            syncKind();
            var minutes = el('input', 'text short-field sp-training-module-minutes');
            minutes.type = 'number';
            minutes.min = 1;
            minutes.max = 1440;
            minutes.value = module && module.minutes ? module.minutes : '';
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.minutes'), minutes));
            var valid = el('input', 'text short-field sp-training-module-valid');
            valid.type = 'number';
            valid.min = 1;
            valid.max = 120;
            valid.value = module && module.validMonths ? module.validMonths : '';
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.valid-months'), valid));
            var requiredBox = el('div', 'checkbox');
            var required = el('input', 'checkbox sp-training-module-required');
            required.type = 'checkbox';
            required.id = 'sp-training-required-' + Math.random().toString(36).slice(2);
            required.checked = module ? module.required : true;
            var requiredLabel = el('label', null, AJS.I18n.getText('social-playbook.training.js.required-help'));
            requiredLabel.htmlFor = required.id;
            requiredBox.appendChild(required);
            requiredBox.appendChild(requiredLabel);
            var requiredGroup = el('fieldset', 'group');
            var requiredLegend = el('legend');
            requiredLegend.appendChild(el('span', null, AJS.I18n.getText('social-playbook.training.js.required')));
            requiredGroup.appendChild(requiredLegend);
            requiredGroup.appendChild(requiredBox);
            form.appendChild(requiredGroup);
            var save = button('sp-training-module-save', module ? AJS.I18n.getText('social-playbook.training.js.save')
                : AJS.I18n.getText('social-playbook.training.js.module-add-button'), true);
            save.type = 'submit';
            var number = function (input) {
                return input.value === '' ? null : Number(input.value);
            };
            form.addEventListener('submit', function () {
                var body = {
                    title: title.value,
                    url: kind.value === 'url' ? link.value : null,
                    pageTitle: kind.value === 'page' ? link.value : null,
                    minutes: number(minutes),
                    required: required.checked,
                    validMonths: number(valid),
                    version: self.version
                };
                save.disabled = true;
                (module ? send('PUT', '/modules/' + module.id, body) : send('POST', '/modules', body)).then(function () {
                    showForm(null);
                }).catch(function () {
                    save.disabled = false;
                });
            });
            var buttons = el('div', 'buttons-container');
            buttons.appendChild(save);
            if (module) {
                var cancel = button('aui-button-link', AJS.I18n.getText('social-playbook.training.js.cancel'));
                cancel.addEventListener('click', function () { showForm(null); });
                buttons.appendChild(cancel);
            }
            form.appendChild(buttons);
            formBox.appendChild(form);
        };
        draw();
        showForm(null);
        var done = button('sp-training-modules-done', AJS.I18n.getText('social-playbook.training.js.done'), true);
        done.addEventListener('click', d.hide);
        d.actions.appendChild(done);
        d.onHide(function () {
            if (changed) {
                window.location.reload();
            }
        });
        d.show();
    };

    // --- CSV import -----------------------------------------------------------------------------------------
    Tracker.prototype.openImport = function () {
        var self = this;
        var d = dialog(AJS.I18n.getText('social-playbook.training.js.import-title'), 'large');
        d.section.classList.add('sp-training-import-dialog');
        var form = el('form', 'aui');
        form.addEventListener('submit', function (e) { e.preventDefault(); });
        form.appendChild(el('p', 'description', AJS.I18n.getText('social-playbook.training.js.import-help')));
        var file = el('input', 'upfile sp-training-import-file');
        file.type = 'file';
        file.accept = '.csv,text/csv';
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.import-file'), file));
        var text = el('textarea', 'textarea sp-training-import-text');
        text.rows = 6;
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.training.js.import-paste'), text));
        var result = el('div', 'sp-training-import-result');
        form.appendChild(result);
        d.content.appendChild(form);
        file.addEventListener('change', function () {
            if (!file.files || !file.files[0]) {
                return;
            }
            var reader = new FileReader();
            reader.onload = function () {
                text.value = String(reader.result || '');
            };
            reader.readAsText(file.files[0]);
        });
        var preview = button('sp-training-import-preview', AJS.I18n.getText('social-playbook.training.js.import-preview'));
        var apply = button('sp-training-import-apply', AJS.I18n.getText('social-playbook.training.js.import-apply'), true);
        apply.disabled = true;
        var cancel = button('aui-button-link', AJS.I18n.getText('social-playbook.training.js.cancel'));
        cancel.addEventListener('click', d.hide);
        text.addEventListener('input', function () {
            apply.disabled = true;
        });
        preview.addEventListener('click', function () {
            apply.disabled = true;
            SP.post(self.base() + '/csv/preview', {csv: text.value}).then(function (p) {
                result.textContent = '';
                result.appendChild(el('p', 'sp-training-import-summary',
                    AJS.I18n.getText('social-playbook.training.js.import-summary', p.rows, p.changes.length, p.unchanged, p.errors.length)));
                if (p.errors.length) {
                    var box = el('div', 'aui-message aui-message-error');
                    var ul = el('ul', 'sp-training-import-errors');
                    p.errors.forEach(function (e) { ul.appendChild(el('li', null, e.message)); });
                    box.appendChild(ul);
                    result.appendChild(box);
                }
                if (p.warnings.length) {
                    var warn = el('div', 'aui-message aui-message-warning');
                    var wl = el('ul', 'sp-training-import-warnings');
                    p.warnings.forEach(function (e) { wl.appendChild(el('li', null, e.message)); });
                    warn.appendChild(wl);
                    result.appendChild(warn);
                }
                if (p.changes.length) {
                    var table = el('table', 'aui sp-training-import-changes');
                    var head = el('tr');
                    ['import-line', 'import-person', 'import-module', 'import-from', 'import-to'].forEach(function (k) {
                        head.appendChild(el('th', null, importHead(k)));
                    });
                    var thead = el('thead');
                    thead.appendChild(head);
                    table.appendChild(thead);
                    var tbody = el('tbody');
                    p.changes.forEach(function (c) {
                        var tr = el('tr');
                        tr.appendChild(el('td', null, String(c.line)));
                        tr.appendChild(el('td', null, c.name));
                        tr.appendChild(el('td', null, c.module));
                        tr.appendChild(el('td', null, statusText(c.from)));
                        tr.appendChild(el('td', null, statusText(c.to) + (c.date ? ' (' + c.date + ')' : '')));
                        tbody.appendChild(tr);
                    });
                    table.appendChild(tbody);
                    result.appendChild(table);
                }
                apply.disabled = p.errors.length > 0 || p.changes.length === 0;
            }).catch(function (error) {
                errorBox(result, error);
            });
        });
        apply.addEventListener('click', function () {
            apply.disabled = true;
            SP.post(self.base() + '/csv', {csv: text.value}).then(function (r) {
                d.hide();
                SP.flagSuccess(AJS.I18n.getText('social-playbook.training.js.imported', r.changed));
                window.location.reload();
            }).catch(function (error) {
                errorBox(result, error);
            });
        });
        d.actions.appendChild(preview);
        d.actions.appendChild(apply);
        d.actions.appendChild(cancel);
        d.show();
    };

    function importHead(key) {
        switch (key) {
            case 'import-line': return AJS.I18n.getText('social-playbook.training.js.import-line');
            case 'import-person': return AJS.I18n.getText('social-playbook.training.js.person');
            case 'import-module': return AJS.I18n.getText('social-playbook.training.js.history-module');
            case 'import-from': return AJS.I18n.getText('social-playbook.training.js.import-from');
            default: return AJS.I18n.getText('social-playbook.training.js.import-to');
        }
    }

    // --- follow-ups (trainers) ------------------------------------------------------------------------------
    Tracker.prototype.followUp = function (li, what) {
        var id = li.getAttribute('data-checkin-id');
        li.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        SP.post(this.base() + '/checkins/' + id + '/' + what, {}).then(function (f) {
            li.querySelector('.sp-training-followup-state').textContent = f.handled ? f.handledText : f.text;
            li.classList.toggle('sp-training-followup-handled', f.handled);
            li.querySelectorAll('button').forEach(function (b) {
                var keep = !f.handled && (b.classList.contains('sp-training-followup-handled-btn')
                    || (b.classList.contains('sp-training-followup-retry') && f.followUpId === null));
                if (keep) {
                    b.disabled = false;
                } else {
                    b.parentNode.removeChild(b);
                }
            });
        }).catch(function (error) {
            li.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
            SP.flagError(error);
        });
    };

    function init() {
        document.querySelectorAll('.sp-training[data-programme-id]').forEach(function (root) {
            if (!root.getAttribute('data-ready')) {
                root.setAttribute('data-ready', 'true');
                new Tracker(root);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS));
