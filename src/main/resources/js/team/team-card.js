/*
 * Social Playbook: the team card. Anyone logged in can send the team a request ("How to reach us"); it becomes a
 * follow-up on the team's feedback board, and the sender sees where their requests stand. Editors edit the card in
 * place (details, members, channels); each change is one REST call carrying the version it was made on. After a
 * change the card is redrawn from its own server-rendered fragment; dialogs are built from text nodes only.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook;

    function newToken() {
        if (window.crypto && window.crypto.randomUUID) {
            return window.crypto.randomUUID();
        }
        return 'r' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
    }

    function Card(root) {
        this.root = root;
        this.id = root.getAttribute('data-card-id');
        this.state = SP.state(root);
        this.editing = false;
        this.token = newToken();
        // send(method, path, body, dialog): an editor's change after the previous one; the card is redrawn after it.
        this.send = SP.changeSender(this);
        this.bind();
    }

    Card.prototype.base = function () {
        return '/team-cards/' + this.id;
    };

    Card.prototype.bind = function () {
        var self = this;
        this.root.addEventListener('click', function (e) {
            var hit = function (selector) {
                return e.target.closest ? e.target.closest(selector) : null;
            };
            if (hit('.sp-team-edit-toggle')) {
                self.editing = !self.editing;
                self.applyEditing();
            } else if (hit('.sp-team-edit-settings')) {
                self.openSettings();
            } else if (hit('.sp-team-add-member')) {
                self.openMember();
            } else if (hit('.sp-team-add-channel')) {
                self.openChannel();
            } else if (hit('.sp-team-remove-member')) {
                self.send('DELETE', '/members/' + encodeURIComponent(hit('[data-user]').getAttribute('data-user')));
            } else if (hit('.sp-team-remove-channel')) {
                self.send('DELETE', '/channels/' + hit('[data-channel-id]').getAttribute('data-channel-id'));
            }
        });
        this.root.addEventListener('submit', function (e) {
            if (e.target.classList.contains('sp-team-request-form')) {
                e.preventDefault();
                self.sendRequest(e.target);
            }
        });
    };

    Card.prototype.applyEditing = function () {
        var editing = this.editing;
        this.root.classList.toggle('sp-team-editing', editing);
        this.root.querySelectorAll('.sp-team-edit-only').forEach(function (e) {
            e.hidden = !editing;
        });
        var toggle = this.root.querySelector('.sp-team-edit-toggle');
        if (toggle) {
            toggle.setAttribute('aria-pressed', editing ? 'true' : 'false');
            toggle.querySelector('.sp-team-edit-label').textContent = editing ? AJS.I18n.getText('social-playbook.team.js.done')
                : AJS.I18n.getText('social-playbook.team.edit');
        }
    };

    Card.prototype.redraw = function () {
        var self = this;
        var requests = this.root.getAttribute('data-requests') || 'true';
        return SP.get(this.base() + '/fragment?requests=' + requests).then(function (fragment) {
            if (SP.replaceFragment(self.root, fragment.html, 'section.sp-team')) {
                self.state = SP.state(self.root);
                self.applyEditing();
            }
        }, SP.flagError);
    };

    Card.prototype.sendRequest = function (form) {
        var self = this;
        var button = form.querySelector('.sp-team-send');
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        var body = {
            token: this.token,
            topic: form.querySelector('.sp-team-topic').value,
            text: form.querySelector('.sp-team-text').value,
            urgency: form.querySelector('.sp-team-urgency').value
        };
        SP.post(this.base() + '/requests', body).then(function () {
            self.token = newToken();
            SP.flagSuccess(AJS.I18n.getText('social-playbook.team.js.sent'));
            return self.redraw();
        }, function (error) {
            button.disabled = false;
            var field = error && error.body && error.body.field;
            var input = field ? form.querySelector('[name="' + field + '"]') : null;
            if (input) {
                input.focus();
            }
            SP.flagError(error);
        });
    };

    Card.prototype.openSettings = function () {
        var self = this;
        var s = this.state;
        var d = SP.dialog(AJS.I18n.getText('social-playbook.team.js.settings-title', s.name), 'sp-team-settings-dialog');
        var mission = SP.el('textarea', 'textarea sp-team-mission-input');
        mission.rows = 2;
        mission.maxLength = 300;
        mission.value = s.mission || '';
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.js.mission'), mission, AJS.I18n.getText('social-playbook.team.js.mission-help')));
        var hours = SP.input('sp-team-hours-input', s.hours, 150);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.hours'), hours, AJS.I18n.getText('social-playbook.team.js.hours-help')));
        var promise = SP.input('sp-team-promise-input', s.responsePromise, 150);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.promise'), promise, AJS.I18n.getText('social-playbook.team.js.promise-help')));
        var triage = {key: s.triage ? s.triage.key : null};
        var current = SP.el('p', 'sp-team-triage-current');
        var currentName = SP.el('span', 'sp-team-triage-name', s.triage ? s.triage.name : AJS.I18n.getText('social-playbook.team.js.nobody'));
        var clear = SP.button('aui-button-link sp-team-triage-clear', AJS.I18n.getText('social-playbook.team.edit.remove'));
        clear.addEventListener('click', function () {
            triage.key = null;
            currentName.textContent = AJS.I18n.getText('social-playbook.team.js.nobody');
        });
        current.appendChild(currentName);
        current.appendChild(document.createTextNode(' '));
        current.appendChild(clear);
        var picker = SP.peoplePicker(function (user) {
            triage.key = user.key;
            currentName.textContent = user.displayName;
        }, 'sp-team-triage-picker');
        var group = SP.field(AJS.I18n.getText('social-playbook.team.triage'), picker, AJS.I18n.getText('social-playbook.team.js.triage-help'));
        group.insertBefore(current, picker);
        d.form.appendChild(group);
        d.onSubmit(function () {
            return self.send('PUT', '/settings', {mission: mission.value, hours: hours.value, responsePromise: promise.value,
                triageKey: triage.key}, d);
        });
        d.show();
    };

    Card.prototype.openMember = function () {
        var self = this;
        var d = SP.dialog(AJS.I18n.getText('social-playbook.team.js.member-title'), 'sp-team-member-dialog');
        var chosen = {key: null};
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.js.person'), SP.peoplePicker(function (user) {
            chosen.key = user.key;
        }, 'sp-team-member-picker')));
        var role = SP.input('sp-team-role-input', '', 100);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.js.role'), role, AJS.I18n.getText('social-playbook.team.js.role-help')));
        d.onSubmit(function () {
            return self.send('POST', '/members', {userKey: chosen.key, role: role.value}, d);
        });
        d.show();
    };

    Card.prototype.openChannel = function () {
        var self = this;
        var d = SP.dialog(AJS.I18n.getText('social-playbook.team.js.channel-title'), 'sp-team-channel-dialog');
        // literal keys only: the jsI18n transformer translates AJS.I18n.getText calls whose key is written out
        var kinds = {
            CHAT: [AJS.I18n.getText('social-playbook.team.channel.chat'), AJS.I18n.getText('social-playbook.team.js.address-help-chat')],
            EMAIL: [AJS.I18n.getText('social-playbook.team.channel.email'), AJS.I18n.getText('social-playbook.team.js.address-help-email')],
            SOCIAL: [AJS.I18n.getText('social-playbook.team.channel.social'), AJS.I18n.getText('social-playbook.team.js.address-help-social')],
            WEB: [AJS.I18n.getText('social-playbook.team.channel.web'), AJS.I18n.getText('social-playbook.team.js.address-help-web')],
            PHONE: [AJS.I18n.getText('social-playbook.team.channel.phone'), AJS.I18n.getText('social-playbook.team.js.address-help-phone')]
        };
        var kind = SP.select('sp-team-channel-kind', Object.keys(kinds).map(function (k) { return [k, kinds[k][0]]; }));
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.js.kind'), kind));
        var label = SP.input('sp-team-channel-label', '', 60);
        d.form.appendChild(SP.field(AJS.I18n.getText('social-playbook.team.js.label'), label, AJS.I18n.getText('social-playbook.team.js.label-help')));
        var address = SP.input('sp-team-channel-address', '', 400);
        var help = SP.el('div', 'description');
        var group = SP.field(AJS.I18n.getText('social-playbook.team.js.address'), address);
        group.appendChild(help);
        var hint = function () {
            help.textContent = kinds[kind.value][1];
        };
        kind.addEventListener('change', hint);
        hint();
        d.form.appendChild(group);
        d.onSubmit(function () {
            return self.send('POST', '/channels', {kind: kind.value, label: label.value, address: address.value}, d);
        });
        d.show();
    };

    function init() {
        document.querySelectorAll('.sp-team[data-card-id]').forEach(function (root) {
            if (!root.spCard) {
                root.spCard = new Card(root);
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window.AJS));
