/*
 * Guideline blocks: "I have read and accept" (with the optional reading guard), the reader's status after
 * accepting, and the owners' report (people, history, CSV). Everything the server sends is written as text.
 */
(function (AJS, SP) {
    'use strict';

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function lang() {
        return document.documentElement.getAttribute('lang') || undefined;
    }

    function formatDate(iso) {
        if (!iso) {
            return '';
        }
        try {
            return new Date(iso).toLocaleString(lang(), {dateStyle: 'medium', timeStyle: 'short'});
        } catch (e) {
            return new Date(iso).toLocaleString();
        }
    }

    function path(state) {
        return '/guidelines/' + encodeURIComponent(state.spaceKey) + '/' + encodeURIComponent(state.key);
    }

    /** Keeps the button disabled until the reading time has passed while the page was visible. */
    function guard(button, seconds) {
        var label = button.parentNode.querySelector('.sp-guideline-guard');
        if (!seconds || seconds <= 0) {
            return;
        }
        var remaining = seconds;
        button.disabled = true;
        button.setAttribute('aria-disabled', 'true');
        var timer = window.setInterval(function () {
            if (document.visibilityState && document.visibilityState !== 'visible') {
                return;
            }
            remaining -= 1;
            if (remaining > 0) {
                label.textContent = AJS.I18n.getText('social-playbook.guidelines.guard', remaining);
                return;
            }
            window.clearInterval(timer);
            label.textContent = '';
            button.disabled = false;
            button.removeAttribute('aria-disabled');
        }, 1000);
    }

    function renderStatus(block, status) {
        var footer = block.querySelector('.sp-guideline-status');
        if (!footer) {
            return;
        }
        block.setAttribute('data-reader-state', status.state);
        var lozenge = footer.querySelector('.sp-guideline-state');
        lozenge.className = 'aui-lozenge sp-guideline-state ' + (status.lozenge || '');
        lozenge.textContent = status.stateText;
        footer.querySelector('.sp-guideline-overdue').hidden = !status.overdue;
        footer.querySelector('.sp-guideline-message').textContent = status.message;
        footer.querySelector('.sp-guideline-due').textContent = status.dueText || '';
        var changes = footer.querySelector('.sp-guideline-changes');
        if (changes && status.state !== 'CHANGED') {
            changes.parentNode.removeChild(changes);
        }
        var actions = footer.querySelector('.sp-guideline-actions');
        if (actions && !status.canAcknowledge) {
            actions.parentNode.removeChild(actions);
        }
    }

    function accept(block, state, button) {
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        SP.post(path(state) + '/acknowledgements', {versionId: state.versionId}).then(function (status) {
            renderStatus(block, status);
            SP.flagSuccess(AJS.I18n.getText('social-playbook.guidelines.js.accepted'));
            var report = block.querySelector('.sp-guideline-report');
            if (report && !report.hidden) {
                loadReport(block, state, report);
            }
        }, function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            SP.flagError(error);
        });
    }

    function person(row) {
        var cell = el('span', 'sp-person');
        if (row.avatarUrl) {
            var img = el('img');
            img.setAttribute('src', row.avatarUrl);
            img.setAttribute('alt', '');
            img.width = 20;
            img.height = 20;
            cell.appendChild(img);
        }
        cell.appendChild(el('span', null, row.name));
        return cell;
    }

    function table(headers, rows) {
        var t = el('table', 'aui');
        var head = el('thead');
        var tr = el('tr');
        headers.forEach(function (h) {
            var th = el('th', null, h);
            th.setAttribute('scope', 'col');
            tr.appendChild(th);
        });
        head.appendChild(tr);
        t.appendChild(head);
        var body = el('tbody');
        rows.forEach(function (cells) {
            var row = el('tr');
            cells.forEach(function (content) {
                var td = el('td');
                if (content && content.nodeType) {
                    td.appendChild(content);
                } else {
                    td.textContent = content === undefined || content === null ? '' : String(content);
                }
                row.appendChild(td);
            });
            body.appendChild(row);
        });
        t.appendChild(body);
        return t;
    }

    function renderReport(panel, state, report) {
        while (panel.firstChild) {
            panel.removeChild(panel.firstChild);
        }
        panel.appendChild(el('p', 'sp-guideline-report-summary', report.progress.text));
        panel.appendChild(el('h4', null, AJS.I18n.getText('social-playbook.guidelines.report.people')));
        panel.appendChild(table([
            AJS.I18n.getText('social-playbook.guidelines.report.person'),
            AJS.I18n.getText('social-playbook.guidelines.report.status'),
            AJS.I18n.getText('social-playbook.guidelines.report.acknowledged'),
            AJS.I18n.getText('social-playbook.guidelines.report.due')
        ], report.people.map(function (row) {
            var who = person(row);
            if (!row.inAudience) {
                who.appendChild(el('span', 'sp-outside', ' ' + AJS.I18n.getText('social-playbook.guidelines.report.outside')));
            }
            var lozenge = el('span', 'aui-lozenge ' + (row.lozenge || ''), row.stateText);
            var acknowledged = row.acknowledgedAt ? row.acknowledgedVersion + ' · ' + formatDate(row.acknowledgedAt) : '';
            return [who, lozenge, acknowledged, row.due ? formatDate(row.due) : ''];
        })));
        panel.appendChild(el('h4', null, AJS.I18n.getText('social-playbook.guidelines.report.history')));
        if (report.history.length === 0) {
            panel.appendChild(el('p', 'sp-muted', AJS.I18n.getText('social-playbook.guidelines.report.no-history')));
        } else {
            var history = report.history.slice().reverse();
            var historyTable = table([
                AJS.I18n.getText('social-playbook.guidelines.report.person'),
                AJS.I18n.getText('social-playbook.guidelines.report.version'),
                AJS.I18n.getText('social-playbook.guidelines.report.when')
            ], history.map(function (row) {
                return [row.name, row.versionText, formatDate(row.acknowledgedAt)];
            }));
            historyTable.className += ' sp-guideline-history';
            panel.appendChild(historyTable);
        }
        var actions = el('p', 'sp-guideline-report-actions');
        var csv = el('a', 'aui-button', AJS.I18n.getText('social-playbook.guidelines.report.csv'));
        csv.setAttribute('href', AJS.contextPath() + '/rest/social-playbook/1.0' + path(state) + '/report.csv');
        csv.setAttribute('download', '');
        actions.appendChild(csv);
        panel.appendChild(actions);
    }

    function loadReport(block, state, panel) {
        panel.setAttribute('aria-busy', 'true');
        return SP.get(path(state) + '/report').then(function (report) {
            panel.removeAttribute('aria-busy');
            renderReport(panel, state, report);
        }, function (error) {
            panel.removeAttribute('aria-busy');
            SP.flagError(error);
        });
    }

    function toggleReport(block, state, button) {
        var panel = block.querySelector('.sp-guideline-report');
        var open = panel.hidden;
        panel.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
        button.textContent = open ? AJS.I18n.getText('social-playbook.guidelines.report.hide')
            : AJS.I18n.getText('social-playbook.guidelines.report.show');
        if (open) {
            loadReport(block, state, panel);
        }
    }

    function init(block) {
        var state = SP.state(block);
        if (!state.key) {
            return;
        }
        var button = block.querySelector('.sp-guideline-accept');
        if (button) {
            guard(button, state.readingSeconds);
            button.addEventListener('click', function () {
                accept(block, state, button);
            });
        }
        var reportButton = block.querySelector('.sp-guideline-report-toggle');
        if (reportButton) {
            reportButton.addEventListener('click', function () {
                toggleReport(block, state, reportButton);
            });
        }
        block.setAttribute('data-ready', 'true');
    }

    AJS.$(function () {
        Array.prototype.forEach.call(document.querySelectorAll('.sp-guideline[data-state]'), init);
    });
}(window.AJS, window.SocialPlaybook));
