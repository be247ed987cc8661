/*
 * Social Playbook: goals and context. The page arrives rendered by the server; this script adds what needs a person:
 * for editors, the edit mode (goals, objectives, contributions, recording a new current value), each change one small
 * REST call carrying the version it was made on (a stale one comes back 409 and nothing is overwritten). After a
 * change the macro is redrawn from its own server-rendered fragment; dialogs are built from text nodes only.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook;
    var el = SP.el;

    function numberOrNull(input) {
        var v = input.value.trim();
        return v === '' ? null : Number(v);
    }

    function Goals(root) {
        this.root = root;
        this.id = root.getAttribute('data-set-id');
        this.state = SP.state(root);
        this.editing = false;
        // send(method, path, body, dialog): one change after the previous one; the macro is redrawn after it.
        this.send = SP.changeSender(this);
        this.bind();
    }

    Goals.prototype.base = function () {
        return '/goal-sets/' + this.id;
    };

    Goals.prototype.bind = function () {
        var self = this;
        this.root.addEventListener('click', function (e) {
            var hit = function (selector) {
                return e.target.closest ? e.target.closest(selector) : null;
            };
            var goalId = function () {
                return Number(hit('[data-goal-id]').getAttribute('data-goal-id'));
            };
            var objectiveId = function () {
                return Number(hit('[data-objective-id]').getAttribute('data-objective-id'));
            };
            if (hit('.sp-goals-edit-toggle')) {
                self.toggleEditing();
            } else if (hit('.sp-goals-first-goal')) {
                if (!self.editing) {
                    self.toggleEditing();
                } else {
                    self.root.querySelector('.sp-goals-new-goal').focus();
                }
            } else if (hit('.sp-goals-add-goal')) {
                e.preventDefault();
                self.addGoal();
            } else if (hit('.sp-goal-edit')) {
                self.openGoal(goalId());
            } else if (hit('.sp-goal-add-objective')) {
                self.openObjective(goalId(), null);
            } else if (hit('.sp-objective-edit')) {
                self.openObjective(goalId(), objectiveId());
            } else if (hit('.sp-objective-record')) {
                self.openRecord(objectiveId());
            } else if (hit('.sp-objective-contribute')) {
                self.openContribution(objectiveId());
            } else if (hit('.sp-contribution-remove')) {
                var li = hit('[data-contribution-id]');
                self.send('DELETE', '/contributions/' + li.getAttribute('data-contribution-id'));
            }
        });
        this.root.addEventListener('submit', function (e) {
            if (e.target.classList.contains('sp-goals-editbar')) {
                e.preventDefault();
                self.addGoal();
            }
        });
    };

    // --- finding things in the state ----------------------------------------------------------------------------
    Goals.prototype.goal = function (id) {
        return this.state.goals.filter(function (g) { return g.id === id; })[0];
    };

    Goals.prototype.objective = function (id) {
        var found = null;
        this.state.goals.forEach(function (g) {
            g.objectives.forEach(function (o) {
                if (o.id === id) {
                    found = o;
                }
            });
        });
        return found;
    };

    Goals.prototype.redraw = function () {
        var self = this;
        var open = {};
        this.root.querySelectorAll('details[open]').forEach(function (d) {
            var li = d.closest('[data-objective-id]');
            open[li ? 'o' + li.getAttribute('data-objective-id') : d.className] = true;
        });
        var why = this.root.getAttribute('data-why') || 'true';
        var trend = this.root.getAttribute('data-trend') || 'true';
        return SP.get(this.base() + '/fragment?why=' + why + '&trend=' + trend).then(function (fragment) {
            if (SP.replaceFragment(self.root, fragment.html, 'section.sp-goals')) {
                self.state = SP.state(self.root);
                self.root.querySelectorAll('details').forEach(function (d) {
                    var li = d.closest('[data-objective-id]');
                    var key = li ? 'o' + li.getAttribute('data-objective-id') : d.className;
                    if (open[key]) {
                        d.open = true;
                    }
                });
                self.applyEditing();
            }
        }, SP.flagError);
    };

    // --- edit mode ----------------------------------------------------------------------------------------------
    Goals.prototype.toggleEditing = function () {
        this.editing = !this.editing;
        this.applyEditing();
        if (this.editing) {
            var input = this.root.querySelector('.sp-goals-new-goal');
            if (input) {
                input.focus();
            }
        }
    };

    Goals.prototype.applyEditing = function () {
        var editing = this.editing;
        this.root.classList.toggle('sp-goals-editing', editing);
        this.root.querySelectorAll('.sp-goals-edit-only').forEach(function (e) {
            e.hidden = !editing;
        });
        var toggle = this.root.querySelector('.sp-goals-edit-toggle');
        if (toggle) {
            toggle.setAttribute('aria-pressed', editing ? 'true' : 'false');
            toggle.querySelector('.sp-goals-edit-label').textContent = editing
                ? AJS.I18n.getText('social-playbook.goals.js.done') : AJS.I18n.getText('social-playbook.goals.edit');
        }
    };

    Goals.prototype.addGoal = function () {
        var title = this.root.querySelector('.sp-goals-new-goal');
        var description = this.root.querySelector('.sp-goals-new-goal-description');
        var self = this;
        this.send('POST', '/goals', {title: title.value, description: description.value}).then(function () {
            var fresh = self.root.querySelector('.sp-goals-new-goal');
            if (fresh) {
                fresh.focus();
            }
        }, function () { /* shown */ });
    };

    // --- dialogs ------------------------------------------------------------------------------------------------
    Goals.prototype.openGoal = function (goalId) {
        var self = this;
        var goal = this.goal(goalId);
        var d = SP.dialog(AJS.I18n.getText('social-playbook.goals.js.goal-title', goal.title), 'sp-goals-goal-dialog');
        var title = SP.input('sp-goals-goal-name', goal.title, 150);
        var description = el('textarea', 'textarea sp-goals-goal-description');
        description.maxLength = 400;
        description.rows = 3;
        description.value = goal.description || '';
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.goal'), title));
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.description'), description));
        var index = this.state.goals.indexOf(goal);
        var order = el('div', 'field-group');
        var up = SP.button('sp-goals-move-up', AJS.I18n.getText('social-playbook.goals.js.move-up'));
        var down = SP.button('sp-goals-move-down', AJS.I18n.getText('social-playbook.goals.js.move-down'));
        up.disabled = index === 0;
        down.disabled = index === this.state.goals.length - 1;
        var move = function (delta) {
            var ids = self.state.goals.map(function (g) { return g.id; });
            ids.splice(index, 1);
            ids.splice(index + delta, 0, goalId);
            self.send('PUT', '/goals/order', {ids: ids}, d);
        };
        up.addEventListener('click', function () { move(-1); });
        down.addEventListener('click', function () { move(1); });
        order.appendChild(up);
        order.appendChild(document.createTextNode(' '));
        order.appendChild(down);
        d.form.appendChild(order);
        this.dangerButton(d, AJS.I18n.getText('social-playbook.goals.js.delete-goal'), AJS.I18n.getText('social-playbook.goals.js.delete-goal-confirm'),
            function () { return self.send('DELETE', '/goals/' + goalId, undefined, d); });
        d.onSubmit(function () {
            return self.send('PUT', '/goals/' + goalId, {title: title.value, description: description.value}, d);
        });
        d.show();
    };

    /** A button that asks once more before it deletes. */
    Goals.prototype.dangerButton = function (d, label, confirmLabel, action) {
        var danger = el('div', 'sp-dialog-danger');
        var button = SP.button('sp-goals-delete', label);
        var confirming = false;
        button.addEventListener('click', function () {
            if (!confirming) {
                confirming = true;
                button.textContent = confirmLabel;
                button.classList.add('sp-confirming');
                return;
            }
            action();
        });
        danger.appendChild(button);
        d.form.appendChild(danger);
    };

    Goals.prototype.openObjective = function (goalId, objectiveId) {
        var self = this;
        var o = objectiveId === null ? null : this.objective(objectiveId);
        var d = SP.dialog(o ? AJS.I18n.getText('social-playbook.goals.js.objective-title', o.title)
            : AJS.I18n.getText('social-playbook.goals.js.new-objective'), 'sp-goals-objective-dialog');
        var title = SP.input('sp-goals-objective-name', o ? o.title : '', 150);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.objective'), title,
            AJS.I18n.getText('social-playbook.goals.js.objective-help')));
        var row = el('div', 'sp-dialog-row');
        var unit = SP.input('sp-goals-unit', o ? o.unit : '', 30);
        var baseline = SP.input('sp-goals-baseline', o ? o.baseline : '', null, 'number');
        var target = SP.input('sp-goals-target', o ? o.target : '', null, 'number');
        baseline.step = 'any';
        target.step = 'any';
        row.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.baseline'), baseline));
        row.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.target'), target));
        row.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.unit'), unit));
        d.form.appendChild(row);
        var dates = el('div', 'sp-dialog-row');
        var current = null;
        if (!o) {
            current = SP.input('sp-goals-current', '', null, 'number');
            current.step = 'any';
            dates.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.current'), current));
        }
        var start = SP.input('sp-goals-start', o ? o.start : '', null, 'date');
        var due = SP.input('sp-goals-due', o ? o.due : '', null, 'date');
        dates.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.start'), start));
        dates.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.due'), due));
        d.form.appendChild(dates);
        var matrix = this.state.matrix;
        var activity;
        if (matrix && matrix.exists && matrix.activities) {
            activity = SP.select('sp-goals-activity', [['', AJS.I18n.getText('social-playbook.goals.js.no-activity')]].concat(
                matrix.activities.map(function (a) { return [a, a]; })), o && o.activity ? o.activity : '');
            d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.activity'), activity,
                AJS.I18n.getText('social-playbook.goals.js.activity-help', matrix.name)));
        }
        var training = this.trainingSelect(o ? o.training : null);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.training'), training, AJS.I18n.getText('social-playbook.goals.js.training-help')));
        var goalSelect = null;
        if (o && this.state.goals.length > 1) {
            goalSelect = SP.select('sp-goals-move-to', this.state.goals.map(function (g) { return [g.id, g.title]; }), goalId);
            d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.goal'), goalSelect));
        }
        if (o) {
            this.dangerButton(d, AJS.I18n.getText('social-playbook.goals.js.delete-objective'), AJS.I18n.getText('social-playbook.goals.js.delete-objective-confirm'),
                function () { return self.send('DELETE', '/objectives/' + o.id, undefined, d); });
        }
        d.onSubmit(function () {
            var body = {
                title: title.value, unit: unit.value, baseline: numberOrNull(baseline), target: numberOrNull(target),
                start: start.value, due: due.value, activity: activity ? activity.value : null, training: training.value
            };
            if (o) {
                if (goalSelect) {
                    body.goalId = Number(goalSelect.value);
                }
                return self.send('PUT', '/objectives/' + o.id, body, d);
            }
            body.current = numberOrNull(current);
            return self.send('POST', '/goals/' + goalId + '/objectives', body, d);
        });
        d.show();
    };

    /** The space's training programmes to choose from; a stored key no longer among them stays, marked as missing. */
    Goals.prototype.trainingSelect = function (current) {
        var programmes = this.state.programmes || [];
        var selected = '';
        var options = [['', AJS.I18n.getText('social-playbook.goals.js.no-training')]];
        programmes.forEach(function (p) {
            options.push([p.key, p.title + ' (' + p.key + ')']);
            if (current && p.key.toLowerCase() === current.toLowerCase()) {
                selected = p.key;
            }
        });
        if (current && !selected) {
            options.push([current, AJS.I18n.getText('social-playbook.goals.js.training-missing', current)]);
            selected = current;
        }
        return SP.select('sp-goals-training', options, selected);
    };

    Goals.prototype.openRecord = function (objectiveId) {
        var self = this;
        var o = this.objective(objectiveId);
        var d = SP.dialog(AJS.I18n.getText('social-playbook.goals.js.record-title', o.title), 'sp-goals-record-dialog',
            AJS.I18n.getText('social-playbook.goals.js.record'));
        var value = SP.input('sp-goals-value', o.current === null || o.current === undefined ? '' : o.current, null, 'number');
        value.step = 'any';
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.value', o.unit || ''), value,
            AJS.I18n.getText('social-playbook.goals.js.value-help', String(o.baseline), String(o.target))));
        var note = SP.input('sp-goals-note', '', 200);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.note'), note));
        d.onSubmit(function () {
            return self.send('POST', '/objectives/' + objectiveId + '/values', {value: numberOrNull(value), note: note.value}, d);
        });
        d.show();
        value.select();
    };

    Goals.prototype.openContribution = function (objectiveId) {
        var self = this;
        var o = this.objective(objectiveId);
        var d = SP.dialog(AJS.I18n.getText('social-playbook.goals.js.contribution-title', o.title), 'sp-goals-contribution-dialog');
        var matrix = this.state.matrix;
        var kinds = [];
        if (matrix && matrix.exists) {
            kinds.push(['ROLE', AJS.I18n.getText('social-playbook.goals.js.kind-role', matrix.name)]);
        }
        kinds.push(['TEAM', AJS.I18n.getText('social-playbook.goals.js.kind-team')]);
        kinds.push(['PERSON', AJS.I18n.getText('social-playbook.goals.js.kind-person')]);
        var kind = SP.select('sp-goals-kind', kinds);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.kind'), kind));
        var refArea = el('div', 'sp-goals-ref-area');
        d.form.appendChild(refArea);
        var how = el('textarea', 'textarea sp-goals-how-input');
        how.maxLength = 300;
        how.rows = 2;
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.how'), how, AJS.I18n.getText('social-playbook.goals.js.how-help')));
        var ref = {value: ''};
        var drawRef = function () {
            SP.clear(refArea);
            ref = {value: ''};
            if (kind.value === 'ROLE') {
                var roles = SP.select('sp-goals-role', (matrix.roles || []).map(function (r) { return [r, r]; }));
                ref = roles;
                refArea.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.role'), roles));
            } else if (kind.value === 'TEAM') {
                var team = SP.input('sp-goals-team', '', 100);
                ref = team;
                refArea.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.team'), team, AJS.I18n.getText('social-playbook.goals.js.team-help')));
            } else {
                var chosen = {value: ''};
                ref = chosen;
                refArea.appendChild(SP.field(AJS.I18n.getText('social-playbook.goals.js.person'), SP.peoplePicker(function (user) {
                    chosen.value = user.key;
                }, 'sp-goals-person-picker')));
            }
        };
        kind.addEventListener('change', drawRef);
        drawRef();
        d.onSubmit(function () {
            return self.send('POST', '/objectives/' + objectiveId + '/contributions', {kind: kind.value, ref: ref.value, how: how.value}, d);
        });
        d.show();
    };

    function init() {
        document.querySelectorAll('.sp-goals[data-set-id]').forEach(function (root) {
            if (!root.spGoals) {
                root.spGoals = new Goals(root);
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS));
