/*
 * Social Playbook: the role matrix (RACI). The page arrives rendered by the server; this script adds what needs a
 * person: "my roles", filters, "I'll own this", and for editors the edit mode (cells by click or keyboard, roles,
 * activities, people, deputies, offers, CSV import). Every change is one small REST call carrying the version it was
 * made on; a stale one comes back 409 and nothing is overwritten. Server text is only ever inserted as text.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook;
    var CYCLE = ['', 'R', 'A', 'RA', 'C', 'I'];
    var LETTERS = ['R', 'A', 'C', 'I'];
    var el = SP.el;
    var button = SP.button;

    function canonical(code) {
        var out = '';
        LETTERS.forEach(function (l) {
            if (code.indexOf(l) >= 0) {
                out += l;
            }
        });
        return out;
    }

    function toggleLetter(code, letter) {
        return canonical(code.indexOf(letter) >= 0 ? code.replace(letter, '') : code + letter);
    }

    function nextInCycle(code) {
        var i = CYCLE.indexOf(code);
        return CYCLE[(i < 0 ? 0 : i + 1) % CYCLE.length];
    }

    // ---------------------------------------------------------------------------------------------------------
    function Matrix(root) {
        this.root = root;
        this.id = root.getAttribute('data-matrix-id');
        this.state = SP.state(root);
        this.options = JSON.parse(root.getAttribute('data-options') || '{}');
        this.cells = {};
        this.queue = Promise.resolve();
        this.editing = false;
        this.readCells();
        this.bind();
        if (this.state.canEdit) {
            this.renderOffers();
        }
    }

    Matrix.prototype.base = function () {
        return '/role-matrices/' + this.id;
    };

    Matrix.prototype.table = function () {
        return this.root.querySelector('.sp-raci-table');
    };

    Matrix.prototype.readCells = function () {
        var self = this;
        this.root.querySelectorAll('tr.sp-raci-activity').forEach(function (tr) {
            var a = tr.getAttribute('data-a');
            tr.querySelectorAll('td.sp-raci-cell').forEach(function (td) {
                var l = td.getAttribute('data-l');
                if (l) {
                    self.cells[td.getAttribute('data-r') + ':' + a] = l;
                }
            });
        });
    };

    Matrix.prototype.cell = function (roleId, activityId) {
        return this.cells[roleId + ':' + activityId] || '';
    };

    // --- events ---------------------------------------------------------------------------------------------
    Matrix.prototype.bind = function () {
        var self = this;
        var root = this.root;
        root.addEventListener('click', function (e) {
            var target = e.target;
            var hit = function (selector) {
                return target.closest ? target.closest(selector) : null;
            };
            if (hit('.sp-raci-mine-toggle')) {
                self.toggleMine();
            } else if (hit('.sp-raci-edit-toggle')) {
                self.toggleEditing();
            } else if (hit('.sp-raci-empty-edit')) {
                if (!self.editing) {
                    self.toggleEditing();
                }
                var first = self.root.querySelector('.sp-raci-new-role');
                if (first) {
                    first.focus();
                }
            } else if (hit('.sp-raci-import-open')) {
                self.openImport();
            } else if (hit('.sp-raci-own')) {
                self.propose(Number(hit('tr').getAttribute('data-a')));
            } else if (hit('.sp-raci-own-withdraw')) {
                self.withdraw(Number(hit('.sp-raci-own-withdraw').getAttribute('data-offer-id')));
            } else if (self.editing && hit('td.sp-raci-cell')) {
                var td = hit('td.sp-raci-cell');
                td.focus();
                self.changeCell(td, nextInCycle(self.pendingCode(td)));
            } else if (self.editing && hit('th.sp-raci-role')) {
                var r = hit('th.sp-raci-role').getAttribute('data-r');
                self.opener = {element: hit('th.sp-raci-role'), selector: 'th.sp-raci-role[data-r="' + r + '"]'};
                self.openRole(Number(r));
            } else if (self.editing && hit('th.sp-raci-activity-name')) {
                var a = hit('tr').getAttribute('data-a');
                self.opener = {element: hit('th.sp-raci-activity-name'), selector: 'tr[data-a="' + a + '"] th.sp-raci-activity-name'};
                self.openActivity(Number(a));
            }
        });
        root.addEventListener('keydown', function (e) {
            var td = e.target.closest && e.target.closest('td.sp-raci-cell');
            if (!td || !self.editing) {
                return;
            }
            self.cellKey(td, e);
        });
        root.querySelectorAll('.sp-raci-filters select').forEach(function (select) {
            select.addEventListener('change', function () {
                self.applyFilters();
            });
        });
    };

    Matrix.prototype.pendingCode = function (td) {
        return td.getAttribute('data-l') || '';
    };

    Matrix.prototype.cellKey = function (td, e) {
        var key = e.key;
        var upper = key && key.length === 1 ? key.toUpperCase() : key;
        var moves = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]};
        if (moves[key]) {
            e.preventDefault();
            this.moveFocus(td, moves[key][0], moves[key][1]);
        } else if (LETTERS.indexOf(upper) >= 0 && !e.ctrlKey && !e.metaKey && !e.altKey) {
            e.preventDefault();
            this.changeCell(td, toggleLetter(this.pendingCode(td), upper));
        } else if (key === 'Delete' || key === 'Backspace' || key === '0') {
            e.preventDefault();
            this.changeCell(td, '');
        } else if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            this.changeCell(td, nextInCycle(this.pendingCode(td)));
        }
    };

    Matrix.prototype.moveFocus = function (td, dx, dy) {
        var tr = td.parentNode;
        var index = Array.prototype.indexOf.call(tr.children, td);
        var target = null;
        if (dx !== 0) {
            target = tr.children[index + dx];
        } else {
            var row = dy > 0 ? tr.nextElementSibling : tr.previousElementSibling;
            while (row && !row.classList.contains('sp-raci-activity')) {
                row = dy > 0 ? row.nextElementSibling : row.previousElementSibling;
            }
            target = row ? row.children[index] : null;
        }
        if (target && target.classList.contains('sp-raci-cell')) {
            target.focus();
        }
    };

    // --- saving ---------------------------------------------------------------------------------------------
    /** Runs one change after the previous one finished, with the version as it is then. */
    Matrix.prototype.enqueue = function (work) {
        var self = this;
        var run = this.queue.then(function () {
            return work(self.state.version);
        });
        this.queue = run.catch(function () { /* the error was shown where it happened */ });
        return run;
    };

    Matrix.prototype.fail = function (error) {
        if (error && error.status === 409) {
            SP.flagConflict(error);
        } else {
            SP.flagError(error);
        }
        throw error;
    };

    Matrix.prototype.changeCell = function (td, code) {
        var self = this;
        var roleId = Number(td.getAttribute('data-r'));
        var activityId = Number(td.parentNode.getAttribute('data-a'));
        var before = this.cell(roleId, activityId);
        this.paintCell(td, code);
        td.classList.add('sp-raci-saving');
        return this.enqueue(function (version) {
            return SP.put(self.base() + '/cells', {roleId: roleId, activityId: activityId, letters: code, version: version})
                .then(function (answer) {
                    self.state.version = answer.version;
                    self.setCell(roleId, activityId, answer.cell.l);
                    if (self.pendingCode(td) === code) {
                        td.classList.remove('sp-raci-saving');
                    }
                    self.state.problems = answer.problems;
                    self.afterCellChange(activityId);
                }, function (error) {
                    td.classList.remove('sp-raci-saving');
                    self.setCell(roleId, activityId, before);
                    self.paintCell(td, before);
                    return self.fail(error);
                });
        });
    };

    Matrix.prototype.setCell = function (roleId, activityId, code) {
        if (code) {
            this.cells[roleId + ':' + activityId] = code;
        } else {
            delete this.cells[roleId + ':' + activityId];
        }
    };

    Matrix.prototype.paintCell = function (td, code) {
        SP.clear(td);
        if (code) {
            td.setAttribute('data-l', code);
        } else {
            td.removeAttribute('data-l');
        }
        LETTERS.forEach(function (l) {
            if (code.indexOf(l) >= 0) {
                td.appendChild(el('span', 'sp-raci-l sp-raci-' + l, l));
            }
        });
        td.setAttribute('aria-label', code ? code.split('').join('/') : AJS.I18n.getText('social-playbook.roles.js.cell-empty'));
    };

    /** "Last changed by …": the server's name after a full answer, or the person at the keyboard after a cell. */
    Matrix.prototype.renderMeta = function (name) {
        var meta = this.root.querySelector('.sp-raci-meta');
        if (!name) {
            return;
        }
        if (!meta) {
            meta = el('p', 'sp-raci-meta');
            this.root.appendChild(meta);
        }
        meta.textContent = AJS.I18n.getText('social-playbook.roles.updated-by', name);
    };

    Matrix.prototype.afterCellChange = function (activityId) {
        var me = document.querySelector('meta[name="ajs-user-display-name"]');
        this.renderMeta(me ? me.getAttribute('content') : null);
        this.renderProblems();
        this.applyHighlights();
        this.applyMine();
        var tr = this.table().querySelector('tr.sp-raci-activity[data-a="' + activityId + '"]');
        if (tr) {
            this.fillActivityHeader(tr.querySelector('th'), this.activity(activityId));
        }
    };

    /** A change that answers the whole matrix: redraw everything from it. */
    Matrix.prototype.apply = function (state) {
        this.state = state;
        this.cells = {};
        var self = this;
        (state.cells || []).forEach(function (c) {
            self.cells[c.r + ':' + c.a] = c.l;
        });
        this.renderTable();
        this.renderProblems();
        this.renderOffers();
        this.renderFilters();
        this.applyMine();
        this.applyFilters();
        this.renderMeta(state.updatedBy);
        if (this.dialogRefresh) {
            this.dialogRefresh();
        }
    };

    Matrix.prototype.send = function (method, path, body) {
        var self = this;
        return this.enqueue(function (version) {
            var withVersion = body === undefined ? undefined : Object.assign({}, body, {version: version});
            var url = self.base() + path + (body === undefined && method === 'DELETE' && path.indexOf('proposals/') < 0
                ? (path.indexOf('?') < 0 ? '?' : '&') + 'version=' + version : '');
            return SP.rest(method, url, withVersion).then(function (state) {
                self.apply(state);
                return state;
            }, function (error) {
                return self.fail(error);
            });
        });
    };

    // --- lookups --------------------------------------------------------------------------------------------
    Matrix.prototype.role = function (id) {
        return this.state.roles.filter(function (r) { return r.id === id; })[0];
    };

    Matrix.prototype.activity = function (id) {
        return this.state.activities.filter(function (a) { return a.id === id; })[0];
    };

    Matrix.prototype.myRoleIds = function () {
        var me = this.state.me;
        return this.state.roles.filter(function (r) {
            return r.holders.some(function (h) { return h.key === me; });
        }).map(function (r) { return r.id; });
    };

    Matrix.prototype.hasA = function (activityId) {
        var self = this;
        return this.state.roles.some(function (r) {
            return self.cell(r.id, activityId).indexOf('A') >= 0;
        });
    };

    // --- drawing --------------------------------------------------------------------------------------------
    Matrix.prototype.person = function (p, deputy) {
        var span = el('span', 'sp-raci-person' + (deputy ? ' sp-raci-deputy' : ''));
        span.setAttribute('data-user', p.key);
        span.title = deputy ? AJS.I18n.getText('social-playbook.roles.deputy.of', p.name) : p.name;
        if (p.avatarUrl) {
            var img = el('img');
            img.src = p.avatarUrl;
            img.alt = '';
            img.width = 20;
            img.height = 20;
            span.appendChild(img);
        }
        span.appendChild(el('span', 'sp-raci-person-name',
            deputy ? AJS.I18n.getText('social-playbook.roles.deputy.short', p.name) : p.name));
        return span;
    };

    Matrix.prototype.fillActivityHeader = function (th, activity) {
        var self = this;
        SP.clear(th);
        th.appendChild(el('span', 'sp-raci-activity-label', activity.name));
        var offers = this.state.offers.filter(function (o) { return o.activityId === activity.id; });
        var mine = offers.filter(function (o) { return o.mine; })[0];
        if (this.state.loggedIn && !this.hasA(activity.id)) {
            th.appendChild(document.createTextNode(' '));
            if (mine) {
                var sent = el('span', 'sp-raci-own-sent', AJS.I18n.getText('social-playbook.roles.own.sent') + ' ');
                var withdraw = button('aui-button-link sp-raci-own-withdraw', AJS.I18n.getText('social-playbook.roles.own.withdraw'));
                withdraw.setAttribute('data-offer-id', mine.id);
                sent.appendChild(withdraw);
                th.appendChild(sent);
            } else {
                th.appendChild(button('aui-button-link sp-raci-own', AJS.I18n.getText('social-playbook.roles.own')));
            }
        }
        if (this.state.canEdit && offers.length > 0) {
            th.appendChild(document.createTextNode(' '));
            th.appendChild(el('span', 'aui-lozenge aui-lozenge-new sp-raci-offer-count',
                AJS.I18n.getText('social-playbook.roles.offers.count', offers.length)));
        }
        return self;
    };

    Matrix.prototype.renderTable = function () {
        var self = this;
        var state = this.state;
        var table = this.table();
        var thead = el('thead');
        var head = el('tr');
        var corner = el('th', 'sp-raci-corner', AJS.I18n.getText('social-playbook.roles.activity'));
        corner.scope = 'col';
        head.appendChild(corner);
        state.roles.forEach(function (r) {
            var th = el('th', 'sp-raci-role');
            th.scope = 'col';
            th.setAttribute('data-r', r.id);
            th.appendChild(el('span', 'sp-raci-role-name', r.name));
            var people = el('span', 'sp-raci-people');
            r.holders.forEach(function (p) { people.appendChild(self.person(p, false)); });
            if (r.deputy) {
                people.appendChild(self.person(r.deputy, true));
            }
            th.appendChild(people);
            head.appendChild(th);
        });
        thead.appendChild(head);
        var tbody = el('tbody');
        var phase;
        state.activities.forEach(function (a, i) {
            var p = a.phase || null;
            if (i === 0 || p !== phase) {
                phase = p;
                if (p !== null) {
                    var ptr = el('tr', 'sp-raci-phase');
                    ptr.setAttribute('data-phase', p);
                    var pth = el('th', null, p);
                    pth.colSpan = state.roles.length + 1;
                    pth.scope = 'rowgroup';
                    ptr.appendChild(pth);
                    tbody.appendChild(ptr);
                }
            }
            var tr = el('tr', 'sp-raci-activity');
            tr.setAttribute('data-a', a.id);
            tr.setAttribute('data-phase', a.phase || '');
            var th = el('th', 'sp-raci-activity-name');
            th.scope = 'row';
            self.fillActivityHeader(th, a);
            tr.appendChild(th);
            state.roles.forEach(function (r) {
                var td = el('td', 'sp-raci-cell');
                td.setAttribute('data-r', r.id);
                if (self.editing) {
                    td.tabIndex = -1;
                }
                self.paintCell(td, self.cell(r.id, a.id));
                tr.appendChild(td);
            });
            tbody.appendChild(tr);
        });
        table.replaceChild(thead, table.tHead);
        table.replaceChild(tbody, table.tBodies[0]);
        var empty = this.root.querySelector('.sp-raci-empty');
        if (empty) {
            empty.hidden = state.roles.length > 0 || state.activities.length > 0;
            empty.style.display = empty.hidden ? 'none' : ''; // .aui-message sets display, which beats [hidden]
        }
        this.applyHighlights();
    };

    Matrix.prototype.renderProblems = function () {
        var box = this.root.querySelector('.sp-raci-problems');
        var problems = this.state.problems;
        SP.clear(box);
        if (this.state.roles.length === 0 && this.state.activities.length === 0) {
            return; // an empty matrix: the empty state says what is missing, there is nothing to check yet
        }
        if (problems.total === 0) {
            var ok = el('div', 'aui-message aui-message-success sp-raci-problems-none');
            ok.appendChild(el('p', null, AJS.I18n.getText('social-playbook.roles.problems.none')));
            box.appendChild(ok);
            return;
        }
        var warn = el('div', 'aui-message aui-message-warning');
        var title = el('p', 'title');
        title.appendChild(el('strong', 'sp-raci-problems-title', AJS.I18n.getText('social-playbook.roles.problems.title', problems.total)));
        warn.appendChild(title);
        var open = {};
        this.root.querySelectorAll('.sp-raci-problem-group[open]').forEach(function (d) {
            open[d.getAttribute('data-kind')] = true;
        });
        var groups = el('div', 'sp-raci-problem-groups');
        warn.appendChild(groups);
        problems.groups.forEach(function (g) {
            var details = el('details', 'sp-raci-problem-group');
            details.setAttribute('data-kind', g.kind);
            if (open[g.kind] || g.count <= 5) {
                details.open = true;
            }
            var summary = el('summary', null, g.title + ' ');
            summary.appendChild(el('span', 'aui-badge', String(g.count)));
            details.appendChild(summary);
            var ul = el('ul');
            problems.items.filter(function (p) { return p.kind === g.kind; }).forEach(function (p) {
                ul.appendChild(el('li', null, p.text));
            });
            details.appendChild(ul);
            groups.appendChild(details);
        });
        box.appendChild(warn);
    };

    Matrix.prototype.applyHighlights = function () {
        var table = this.table();
        ['sp-raci-problem-row', 'sp-raci-cell-problem', 'sp-raci-role-problem'].forEach(function (c) {
            table.querySelectorAll('.' + c).forEach(function (e) { e.classList.remove(c); });
        });
        if (this.options.highlight === false) {
            return;
        }
        this.state.problems.items.forEach(function (p) {
            var activityProblem = ['no-accountable', 'many-accountable', 'no-responsible', 'duplicate-activity'].indexOf(p.kind) >= 0;
            if (activityProblem && p.cells.length === 0) {
                p.activityIds.forEach(function (a) {
                    var tr = table.querySelector('tr.sp-raci-activity[data-a="' + a + '"]');
                    if (tr) {
                        tr.classList.add('sp-raci-problem-row');
                    }
                });
            }
            if (p.kind === 'role-unused' || p.kind === 'role-without-people') {
                p.roleIds.forEach(function (r) {
                    var th = table.querySelector('th.sp-raci-role[data-r="' + r + '"]');
                    if (th) {
                        th.classList.add('sp-raci-role-problem');
                    }
                });
            }
            p.cells.forEach(function (c) {
                var td = table.querySelector('tr.sp-raci-activity[data-a="' + c[1] + '"] td[data-r="' + c[0] + '"]');
                if (td) {
                    td.classList.add('sp-raci-cell-problem');
                }
            });
        });
    };

    /** "My roles": my columns, the rows where they are A or R, and the panel listing them. */
    Matrix.prototype.applyMine = function () {
        var self = this;
        var table = this.table();
        var mine = this.myRoleIds();
        table.querySelectorAll('.sp-raci-mine').forEach(function (e) { e.classList.remove('sp-raci-mine'); });
        table.querySelectorAll('.sp-raci-mine-row').forEach(function (e) { e.classList.remove('sp-raci-mine-row'); });
        var accountable = [];
        var responsible = [];
        mine.forEach(function (r) {
            table.querySelectorAll('[data-r="' + r + '"]').forEach(function (e) { e.classList.add('sp-raci-mine'); });
        });
        this.state.activities.forEach(function (a) {
            var isA = mine.some(function (r) { return self.cell(r, a.id).indexOf('A') >= 0; });
            var isR = mine.some(function (r) { return self.cell(r, a.id).indexOf('R') >= 0; });
            if (isA) {
                accountable.push(a.name);
            }
            if (isR) {
                responsible.push(a.name);
            }
            if (isA || isR) {
                var tr = table.querySelector('tr.sp-raci-activity[data-a="' + a.id + '"]');
                if (tr) {
                    tr.classList.add('sp-raci-mine-row');
                }
            }
        });
        var panel = this.root.querySelector('.sp-raci-mine-panel');
        var toggle = this.root.querySelector('.sp-raci-mine-toggle');
        if (mine.length === 0) {
            if (panel) {
                panel.hidden = true;
            }
            if (toggle) {
                toggle.hidden = true;
            }
            this.root.classList.remove('sp-raci-show-mine');
            return;
        }
        if (!toggle) {
            toggle = button('sp-raci-mine-toggle', AJS.I18n.getText('social-playbook.roles.mine.toggle'));
            toggle.setAttribute('aria-pressed', 'false');
            var actions = this.root.querySelector('.sp-raci-actions');
            actions.insertBefore(toggle, actions.firstChild);
        }
        toggle.hidden = false;
        if (!panel) {
            panel = el('div', 'sp-raci-mine-panel aui-message aui-message-info');
            panel.hidden = true;
            this.root.insertBefore(panel, this.root.querySelector('.sp-raci-problems'));
        }
        SP.clear(panel);
        var title = el('p', 'title');
        title.appendChild(el('strong', null, AJS.I18n.getText('social-playbook.roles.mine.title')));
        panel.appendChild(title);
        var roles = el('p', null, AJS.I18n.getText('social-playbook.roles.mine.roles') + ' ');
        mine.forEach(function (r) {
            roles.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle', self.role(r).name));
            roles.appendChild(document.createTextNode(' '));
        });
        panel.appendChild(roles);
        [[accountable, AJS.I18n.getText('social-playbook.roles.mine.accountable'), 'sp-raci-mine-a'],
            [responsible, AJS.I18n.getText('social-playbook.roles.mine.responsible'), 'sp-raci-mine-r']].forEach(function (part) {
            if (part[0].length > 0) {
                panel.appendChild(el('p', null, part[1]));
                var ul = el('ul', part[2]);
                part[0].forEach(function (name) { ul.appendChild(el('li', null, name)); });
                panel.appendChild(ul);
            }
        });
        panel.hidden = !this.root.classList.contains('sp-raci-show-mine');
    };

    Matrix.prototype.toggleMine = function () {
        var on = this.root.classList.toggle('sp-raci-show-mine');
        var toggle = this.root.querySelector('.sp-raci-mine-toggle');
        toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
        var panel = this.root.querySelector('.sp-raci-mine-panel');
        if (panel) {
            panel.hidden = !on;
        }
    };

    // --- filters --------------------------------------------------------------------------------------------
    Matrix.prototype.renderFilters = function () {
        var self = this;
        var fill = function (select, items, allText) {
            var value = select.value;
            SP.clear(select);
            select.appendChild(SP.option('', allText));
            items.forEach(function (item) {
                select.appendChild(SP.option(item[0], item[1]));
            });
            select.value = items.some(function (i) { return String(i[0]) === value; }) ? value : '';
        };
        fill(this.root.querySelector('.sp-raci-filter-role'), this.state.roles.map(function (r) { return [r.id, r.name]; }),
            AJS.I18n.getText('social-playbook.roles.filter.all-roles'));
        var people = {};
        this.state.roles.forEach(function (r) {
            r.holders.forEach(function (p) { people[p.key] = p.name; });
        });
        fill(this.root.querySelector('.sp-raci-filter-person'), Object.keys(people).map(function (k) { return [k, people[k]]; })
            .sort(function (a, b) { return a[1].localeCompare(b[1]); }), AJS.I18n.getText('social-playbook.roles.filter.everyone'));
        var phases = [];
        this.state.activities.forEach(function (a) {
            if (a.phase && phases.indexOf(a.phase) < 0) {
                phases.push(a.phase);
            }
        });
        fill(this.root.querySelector('.sp-raci-filter-phase'), phases.map(function (p) { return [p, p]; }),
            AJS.I18n.getText('social-playbook.roles.filter.all-phases'));
        return self;
    };

    Matrix.prototype.applyFilters = function () {
        var self = this;
        var roleValue = this.root.querySelector('.sp-raci-filter-role').value;
        var personValue = this.root.querySelector('.sp-raci-filter-person').value;
        var phaseValue = this.root.querySelector('.sp-raci-filter-phase').value;
        var roles = this.state.roles.map(function (r) { return r.id; });
        if (roleValue) {
            roles = roles.filter(function (r) { return String(r) === roleValue; });
        }
        if (personValue) {
            roles = roles.filter(function (r) {
                var role = self.role(r);
                return role.holders.some(function (h) { return h.key === personValue; })
                    || (role.deputy && role.deputy.key === personValue);
            });
        }
        var columnFilter = Boolean(roleValue || personValue);
        var visiblePhases = {};
        this.table().querySelectorAll('tr.sp-raci-activity').forEach(function (tr) {
            var a = Number(tr.getAttribute('data-a'));
            var show = !phaseValue || tr.getAttribute('data-phase') === phaseValue;
            if (show && columnFilter) {
                show = roles.some(function (r) { return self.cell(r, a) !== ''; });
            }
            tr.hidden = !show;
            if (show) {
                visiblePhases[tr.getAttribute('data-phase')] = true;
            }
        });
        this.table().querySelectorAll('tr.sp-raci-phase').forEach(function (tr) {
            tr.hidden = !visiblePhases[tr.getAttribute('data-phase')];
        });
        var style = this.root.querySelector('style.sp-raci-column-filter');
        if (!style) {
            style = el('style', 'sp-raci-column-filter');
            this.root.appendChild(style);
        }
        var rules = [];
        if (columnFilter) {
            this.state.roles.forEach(function (r, i) {
                if (roles.indexOf(r.id) < 0) {
                    rules.push('#sp-raci-' + self.id + ' .sp-raci-table tr > :nth-child(' + (i + 2) + ')');
                }
            });
        }
        style.textContent = rules.length ? rules.join(',\n') + ' { display: none; }' : '';
        this.root.classList.toggle('sp-raci-filtered', Boolean(roleValue || personValue || phaseValue));
    };

    // --- "I'll own this" ------------------------------------------------------------------------------------
    Matrix.prototype.propose = function (activityId) {
        var self = this;
        return SP.post(this.base() + '/proposals', {activityId: activityId}).then(function (state) {
            self.apply(state);
            SP.flagSuccess(AJS.I18n.getText('social-playbook.roles.js.offer-sent'));
        }, SP.flagError);
    };

    Matrix.prototype.withdraw = function (proposalId) {
        var self = this;
        return SP.del(this.base() + '/proposals/' + proposalId).then(function (state) {
            self.apply(state);
        }, SP.flagError);
    };

    Matrix.prototype.renderOffers = function () {
        var self = this;
        var box = this.root.querySelector('.sp-raci-offers');
        if (!this.state.canEdit) {
            return;
        }
        if (!box) {
            box = el('div', 'sp-raci-offers aui-message aui-message-info');
            this.root.insertBefore(box, this.root.querySelector('.sp-raci-scroll'));
        }
        SP.clear(box);
        box.hidden = this.state.offers.length === 0;
        if (box.hidden) {
            return;
        }
        var title = el('p', 'title');
        title.appendChild(el('strong', null, AJS.I18n.getText('social-playbook.roles.offers.title')));
        box.appendChild(title);
        var ul = el('ul');
        this.state.offers.forEach(function (o) {
            var li = el('li', 'sp-raci-offer');
            li.setAttribute('data-offer-id', o.id);
            li.appendChild(el('span', null, AJS.I18n.getText('social-playbook.roles.offers.item', o.person.name, o.activityName) + ' '));
            var select = SP.select('sp-raci-offer-role', self.state.roles.map(function (r) { return [r.id, r.name]; }), o.roleId);
            select.setAttribute('aria-label', AJS.I18n.getText('social-playbook.roles.js.offer-role'));
            li.appendChild(select);
            var accept = button('sp-raci-offer-accept', AJS.I18n.getText('social-playbook.roles.js.accept'), true);
            accept.addEventListener('click', function () {
                self.send('POST', '/proposals/' + o.id + '/accept', {roleId: Number(select.value)});
            });
            var decline = button('sp-raci-offer-decline', AJS.I18n.getText('social-playbook.roles.js.decline'));
            decline.addEventListener('click', function () {
                SP.post(self.base() + '/proposals/' + o.id + '/decline').then(function (state) {
                    self.apply(state);
                }, SP.flagError);
            });
            li.appendChild(document.createTextNode(' '));
            li.appendChild(accept);
            li.appendChild(document.createTextNode(' '));
            li.appendChild(decline);
            if (self.state.roles.length === 0) {
                accept.disabled = true;
            }
            ul.appendChild(li);
        });
        box.appendChild(ul);
    };

    // --- edit mode ------------------------------------------------------------------------------------------
    Matrix.prototype.toggleEditing = function () {
        this.editing = !this.editing;
        this.root.classList.toggle('sp-raci-editing', this.editing);
        var toggle = this.root.querySelector('.sp-raci-edit-toggle');
        toggle.setAttribute('aria-pressed', this.editing ? 'true' : 'false');
        toggle.querySelector('.sp-raci-edit-label').textContent = this.editing
            ? AJS.I18n.getText('social-playbook.roles.js.done') : AJS.I18n.getText('social-playbook.roles.edit');
        var bar = this.root.querySelector('.sp-raci-editbar');
        if (!bar) {
            bar = this.editBar();
            this.root.insertBefore(bar, this.root.querySelector('.sp-raci-scroll'));
        }
        bar.hidden = !this.editing;
        if (this.editing) {
            this.table().querySelectorAll('td.sp-raci-cell').forEach(function (td, i) {
                td.tabIndex = i === 0 ? 0 : -1;
            });
        }
    };

    Matrix.prototype.editBar = function () {
        var self = this;
        var bar = el('div', 'sp-raci-editbar');
        bar.appendChild(el('p', 'sp-raci-edit-help', AJS.I18n.getText('social-playbook.roles.js.edit-help')));
        var roleForm = el('form', 'aui sp-raci-add-role');
        var roleInput = el('input', 'text sp-raci-new-role');
        roleInput.maxLength = 100;
        roleInput.placeholder = AJS.I18n.getText('social-playbook.roles.js.new-role');
        roleInput.setAttribute('aria-label', roleInput.placeholder);
        roleForm.appendChild(roleInput);
        roleForm.appendChild(document.createTextNode(' '));
        var addRole = button('sp-raci-add-role-button', AJS.I18n.getText('social-playbook.roles.js.add-role'));
        addRole.type = 'submit';
        roleForm.appendChild(addRole);
        roleForm.addEventListener('submit', function (e) {
            e.preventDefault();
            self.send('POST', '/roles', {name: roleInput.value}).then(function () {
                roleInput.value = '';
                roleInput.focus();
            }, function () { /* shown */ });
        });
        var activityForm = el('form', 'aui sp-raci-add-activity');
        var nameInput = el('input', 'text sp-raci-new-activity');
        nameInput.maxLength = 100;
        nameInput.placeholder = AJS.I18n.getText('social-playbook.roles.js.new-activity');
        nameInput.setAttribute('aria-label', nameInput.placeholder);
        var phaseInput = el('input', 'text short-field sp-raci-new-phase');
        phaseInput.maxLength = 60;
        phaseInput.placeholder = AJS.I18n.getText('social-playbook.roles.js.phase');
        phaseInput.setAttribute('aria-label', phaseInput.placeholder);
        phaseInput.setAttribute('list', 'sp-raci-phases-' + this.id);
        var list = el('datalist');
        list.id = 'sp-raci-phases-' + this.id;
        activityForm.appendChild(nameInput);
        activityForm.appendChild(document.createTextNode(' '));
        activityForm.appendChild(phaseInput);
        activityForm.appendChild(list);
        activityForm.appendChild(document.createTextNode(' '));
        var addActivity = button('sp-raci-add-activity-button', AJS.I18n.getText('social-playbook.roles.js.add-activity'));
        addActivity.type = 'submit';
        activityForm.appendChild(addActivity);
        activityForm.addEventListener('submit', function (e) {
            e.preventDefault();
            self.send('POST', '/activities', {name: nameInput.value, phase: phaseInput.value}).then(function () {
                nameInput.value = '';
                nameInput.focus();
            }, function () { /* shown */ });
        });
        phaseInput.addEventListener('focus', function () {
            SP.clear(list);
            self.state.activities.forEach(function (a) {
                if (a.phase && !list.querySelector('option[value="' + CSS.escape(a.phase) + '"]')) {
                    var o = el('option');
                    o.value = a.phase;
                    list.appendChild(o);
                }
            });
        });
        bar.appendChild(roleForm);
        bar.appendChild(activityForm);
        return bar;
    };

    // --- dialogs --------------------------------------------------------------------------------------------
    /** A selector for the control that has focus inside container (a picker's input, or the control's last class). */
    function focusKey(container) {
        var active = document.activeElement;
        if (!active || !container.contains(active) || !active.closest) {
            return null;
        }
        var picker = active.closest('.sp-picker');
        if (picker) {
            return '.' + picker.classList[picker.classList.length - 1] + ' input';
        }
        return active.classList.length ? '.' + active.classList[active.classList.length - 1] : null;
    }

    /** After a redraw replaced the dialog's controls: focus the same control again, not <body>. */
    function refocus(container, selector) {
        var target = selector ? container.querySelector(selector) : null;
        if (target) {
            target.focus();
        }
    }

    Matrix.prototype.dialog = function (titleText) {
        var section = el('section', 'aui-dialog2 aui-dialog2-medium aui-layer sp-raci-dialog');
        section.setAttribute('role', 'dialog');
        section.setAttribute('aria-hidden', 'true');
        var header = el('header', 'aui-dialog2-header');
        var h2 = el('h2', 'aui-dialog2-header-main', titleText);
        header.appendChild(h2);
        var close = button('aui-close-button');
        close.setAttribute('aria-label', AJS.I18n.getText('social-playbook.roles.js.close'));
        header.appendChild(close);
        var content = el('div', 'aui-dialog2-content');
        var footer = el('footer', 'aui-dialog2-footer');
        var actions = el('div', 'aui-dialog2-footer-actions');
        var done = button('sp-raci-dialog-close', AJS.I18n.getText('social-playbook.roles.js.close'));
        actions.appendChild(done);
        footer.appendChild(actions);
        section.appendChild(header);
        section.appendChild(content);
        section.appendChild(footer);
        document.body.appendChild(section);
        var self = this;
        var dialog = AJS.dialog2(section);
        var hide = function () {
            dialog.hide();
        };
        close.addEventListener('click', hide);
        done.addEventListener('click', hide);
        var restore = null;
        dialog.on('hide', function () {
            self.dialogRefresh = null;
            if (restore) {
                restore();
            }
            window.setTimeout(function () {
                if (section.parentNode) {
                    section.parentNode.removeChild(section);
                }
            }, 0);
        });
        var opener = self.opener || {element: document.activeElement, selector: null};
        self.opener = null;
        var show = function () {
            restore = SP.focusReturn(opener.element, opener.selector);
            dialog.show();
        };
        return {section: section, content: content, actions: actions, title: h2, show: show, hide: hide};
    };

    Matrix.prototype.openRole = function (roleId) {
        var self = this;
        var d = this.dialog(AJS.I18n.getText('social-playbook.roles.js.role-title'));
        d.section.classList.add('sp-raci-role-dialog');
        var confirming = false;
        var draw = function () {
            var role = self.role(roleId);
            if (!role) {
                d.hide();
                return;
            }
            d.title.textContent = AJS.I18n.getText('social-playbook.roles.js.role-title-named', role.name);
            var content = d.content;
            var focused = focusKey(content) || picked;
            picked = null;
            SP.clear(content);
            var form = el('form', 'aui');
            var name = el('input', 'text sp-raci-role-rename');
            name.value = role.name;
            name.maxLength = 100;
            var rename = button('sp-raci-role-save', AJS.I18n.getText('social-playbook.roles.js.rename'));
            rename.type = 'submit';
            var nameGroup = SP.field(AJS.I18n.getText('social-playbook.roles.js.name'), name);
            nameGroup.appendChild(document.createTextNode(' '));
            nameGroup.appendChild(rename);
            form.appendChild(nameGroup);
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                self.send('PUT', '/roles/' + roleId, {name: name.value});
            });
            var index = self.state.roles.indexOf(role);
            var order = el('div', 'field-group sp-raci-order');
            var left = button('sp-raci-move-left', AJS.I18n.getText('social-playbook.roles.js.move-left'));
            var right = button('sp-raci-move-right', AJS.I18n.getText('social-playbook.roles.js.move-right'));
            left.disabled = index === 0;
            right.disabled = index === self.state.roles.length - 1;
            var move = function (delta) {
                var ids = self.state.roles.map(function (r) { return r.id; });
                ids.splice(index, 1);
                ids.splice(index + delta, 0, roleId);
                self.send('PUT', '/roles/order', {ids: ids});
            };
            left.addEventListener('click', function () { move(-1); });
            right.addEventListener('click', function () { move(1); });
            order.appendChild(left);
            order.appendChild(document.createTextNode(' '));
            order.appendChild(right);
            form.appendChild(order);

            form.appendChild(el('h3', null, AJS.I18n.getText('social-playbook.roles.js.people')));
            var people = el('ul', 'sp-raci-people-list');
            if (role.holders.length === 0) {
                people.appendChild(el('li', 'sp-raci-muted', AJS.I18n.getText('social-playbook.roles.js.nobody')));
            }
            role.holders.forEach(function (p) {
                var li = el('li');
                li.appendChild(self.person(p, false));
                var remove = button('aui-button-link sp-raci-remove-person', AJS.I18n.getText('social-playbook.roles.js.remove'));
                remove.setAttribute('aria-label', AJS.I18n.getText('social-playbook.roles.js.remove-person', p.name));
                remove.addEventListener('click', function () {
                    self.send('DELETE', '/roles/' + roleId + '/people/' + encodeURIComponent(p.key));
                });
                li.appendChild(document.createTextNode(' '));
                li.appendChild(remove);
                people.appendChild(li);
            });
            form.appendChild(people);
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.roles.js.add-person'), SP.peoplePicker(function (user) {
                picked = '.sp-raci-person-picker input';
                self.send('POST', '/roles/' + roleId + '/people', {userKey: user.key});
            }, 'sp-raci-person-picker', {clearOnPick: true})));

            form.appendChild(el('h3', null, AJS.I18n.getText('social-playbook.roles.js.deputy')));
            var deputy = el('p', 'sp-raci-deputy-line');
            if (role.deputy) {
                deputy.appendChild(self.person(role.deputy, false));
                var clear = button('aui-button-link sp-raci-remove-deputy', AJS.I18n.getText('social-playbook.roles.js.remove'));
                clear.addEventListener('click', function () {
                    self.send('PUT', '/roles/' + roleId + '/deputy', {userKey: null});
                });
                deputy.appendChild(document.createTextNode(' '));
                deputy.appendChild(clear);
            } else {
                deputy.appendChild(el('span', 'sp-raci-muted', AJS.I18n.getText('social-playbook.roles.js.no-deputy')));
            }
            form.appendChild(deputy);
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.roles.js.set-deputy'), SP.peoplePicker(function (user) {
                picked = '.sp-raci-deputy-picker input';
                self.send('PUT', '/roles/' + roleId + '/deputy', {userKey: user.key});
            }, 'sp-raci-deputy-picker', {clearOnPick: true})));

            var danger = el('div', 'sp-raci-danger');
            var removeRole = button('sp-raci-remove-role', confirming
                ? AJS.I18n.getText('social-playbook.roles.js.remove-role-confirm') : AJS.I18n.getText('social-playbook.roles.js.remove-role'));
            if (confirming) {
                removeRole.classList.add('sp-raci-confirming');
            }
            removeRole.addEventListener('click', function () {
                if (!confirming) {
                    confirming = true;
                    draw();
                    return;
                }
                self.send('DELETE', '/roles/' + roleId).then(function () { d.hide(); }, function () { /* shown */ });
            });
            danger.appendChild(removeRole);
            form.appendChild(danger);
            content.appendChild(form);
            refocus(content, focused);
        };
        var picked = null;
        this.dialogRefresh = draw;
        draw();
        d.show();
    };

    Matrix.prototype.openActivity = function (activityId) {
        var self = this;
        var d = this.dialog(AJS.I18n.getText('social-playbook.roles.js.activity-title'));
        d.section.classList.add('sp-raci-activity-dialog');
        var confirming = false;
        var draw = function () {
            var activity = self.activity(activityId);
            if (!activity) {
                d.hide();
                return;
            }
            var content = d.content;
            SP.clear(content);
            var form = el('form', 'aui');
            var name = el('input', 'text sp-raci-activity-rename');
            name.value = activity.name;
            name.maxLength = 100;
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.roles.js.name'), name));
            var phase = el('input', 'text sp-raci-activity-phase');
            phase.value = activity.phase || '';
            phase.maxLength = 60;
            form.appendChild(SP.field(AJS.I18n.getText('social-playbook.roles.js.phase'), phase));
            var save = button('sp-raci-activity-save', AJS.I18n.getText('social-playbook.roles.js.save'), true);
            save.type = 'submit';
            var buttons = el('div', 'buttons-container');
            buttons.appendChild(save);
            form.appendChild(buttons);
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                self.send('PUT', '/activities/' + activityId, {name: name.value, phase: phase.value});
            });
            var index = self.state.activities.indexOf(activity);
            var order = el('div', 'field-group sp-raci-order');
            var up = button('sp-raci-move-up', AJS.I18n.getText('social-playbook.roles.js.move-up'));
            var down = button('sp-raci-move-down', AJS.I18n.getText('social-playbook.roles.js.move-down'));
            up.disabled = index === 0;
            down.disabled = index === self.state.activities.length - 1;
            var move = function (delta) {
                var ids = self.state.activities.map(function (a) { return a.id; });
                ids.splice(index, 1);
                ids.splice(index + delta, 0, activityId);
                self.send('PUT', '/activities/order', {ids: ids});
            };
            up.addEventListener('click', function () { move(-1); });
            down.addEventListener('click', function () { move(1); });
            order.appendChild(up);
            order.appendChild(document.createTextNode(' '));
            order.appendChild(down);
            form.appendChild(order);
            var danger = el('div', 'sp-raci-danger');
            var remove = button('sp-raci-remove-activity', confirming
                ? AJS.I18n.getText('social-playbook.roles.js.remove-activity-confirm') : AJS.I18n.getText('social-playbook.roles.js.remove-activity'));
            if (confirming) {
                remove.classList.add('sp-raci-confirming');
            }
            remove.addEventListener('click', function () {
                if (!confirming) {
                    confirming = true;
                    draw();
                    return;
                }
                self.send('DELETE', '/activities/' + activityId).then(function () { d.hide(); }, function () { /* shown */ });
            });
            danger.appendChild(remove);
            form.appendChild(danger);
            content.appendChild(form);
        };
        this.dialogRefresh = draw;
        draw();
        d.show();
    };

    Matrix.prototype.openImport = function () {
        var self = this;
        var d = this.dialog(AJS.I18n.getText('social-playbook.roles.js.import-title'));
        d.section.classList.add('sp-raci-import-dialog');
        var form = el('form', 'aui');
        form.appendChild(el('p', null, AJS.I18n.getText('social-playbook.roles.js.import-help')));
        var file = el('input', 'upfile');
        file.type = 'file';
        file.accept = '.csv,text/csv';
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.roles.js.import-file'), file));
        var text = el('textarea', 'textarea sp-raci-import-text');
        text.rows = 8;
        form.appendChild(SP.field(AJS.I18n.getText('social-playbook.roles.js.import-paste'), text));
        var result = el('div', 'sp-raci-import-result');
        form.appendChild(result);
        d.content.appendChild(form);
        var preview = button('sp-raci-import-preview', AJS.I18n.getText('social-playbook.roles.js.import-preview'));
        var apply = button('sp-raci-import-apply', AJS.I18n.getText('social-playbook.roles.js.import-apply'), true);
        apply.disabled = true;
        d.actions.insertBefore(apply, d.actions.firstChild);
        d.actions.insertBefore(preview, apply);
        file.addEventListener('change', function () {
            if (file.files && file.files[0]) {
                var reader = new FileReader();
                reader.onload = function () {
                    text.value = String(reader.result);
                    apply.disabled = true;
                };
                reader.readAsText(file.files[0]);
            }
        });
        text.addEventListener('input', function () {
            apply.disabled = true;
        });
        preview.addEventListener('click', function () {
            SP.clear(result);
            SP.post(self.base() + '/import/preview', {csv: text.value}).then(function (p) {
                var summary = el('div', 'aui-message ' + (p.errors.length ? 'aui-message-error' : 'aui-message-success'));
                summary.appendChild(el('p', 'sp-raci-import-summary',
                    AJS.I18n.getText('social-playbook.roles.js.import-summary', p.activities, p.letters)));
                var roles = el('p', 'sp-raci-import-roles');
                p.roles.forEach(function (r) {
                    roles.appendChild(el('span', 'aui-lozenge ' + (r.added ? 'aui-lozenge-new' : 'aui-lozenge-subtle'),
                        r.added ? AJS.I18n.getText('social-playbook.roles.js.import-new-role', r.name) : r.name));
                    roles.appendChild(document.createTextNode(' '));
                });
                summary.appendChild(roles);
                if (p.errors.length) {
                    summary.appendChild(el('p', null, AJS.I18n.getText('social-playbook.roles.js.import-errors', p.errors.length)));
                    var ul = el('ul', 'sp-raci-import-errors');
                    p.errors.forEach(function (e) { ul.appendChild(el('li', null, e.message)); });
                    summary.appendChild(ul);
                } else {
                    summary.appendChild(el('p', null, AJS.I18n.getText('social-playbook.roles.js.import-replace')));
                }
                result.appendChild(summary);
                apply.disabled = p.errors.length > 0;
            }, SP.flagError);
        });
        apply.addEventListener('click', function () {
            apply.disabled = true;
            self.send('POST', '/import', {csv: text.value}).then(function () {
                d.hide();
                SP.flagSuccess(AJS.I18n.getText('social-playbook.roles.js.imported'));
            }, function () { /* shown */ });
        });
        d.show();
    };

    function init() {
        document.querySelectorAll('.sp-raci[data-matrix-id]').forEach(function (root) {
            if (!root.spMatrix) {
                root.spMatrix = new Matrix(root);
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS));
