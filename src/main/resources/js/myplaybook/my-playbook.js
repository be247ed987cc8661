/*
 * My playbook: the row's action (acknowledge a guideline, mark a training module done) through the same REST call
 * the guideline block and the training tracker make; the row then says it is done and the counts go down.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook;

    function done(button) {
        var row = button.closest('tr');
        var section = button.closest('.sp-my-playbook');
        var kind = row.getAttribute('data-kind');
        var badge = section.querySelector('.sp-my-playbook-counts li[data-kind="' + kind + '"] .aui-badge');
        if (badge) {
            var left = Math.max(0, parseInt(badge.textContent, 10) - 1);
            badge.textContent = String(left);
            badge.parentNode.setAttribute('data-count', String(left));
        }
        row.classList.remove('sp-overdue');
        row.classList.add('sp-my-playbook-row-done');
        var lozenge = document.createElement('span');
        lozenge.className = 'aui-lozenge aui-lozenge-success sp-my-playbook-done-lozenge';
        lozenge.textContent = AJS.I18n.getText('social-playbook.myplaybook.js.done');
        button.parentNode.replaceChild(lozenge, button);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.sp-my-playbook-action') : null;
        if (!button || button.disabled) {
            return;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        SP.rest(button.getAttribute('data-method'), button.getAttribute('data-path'),
                JSON.parse(button.getAttribute('data-body'))).then(function () {
            done(button);
            SP.flagSuccess(button.getAttribute('data-action') === 'acknowledge'
                ? AJS.I18n.getText('social-playbook.myplaybook.js.acknowledged')
                : AJS.I18n.getText('social-playbook.myplaybook.js.completed'));
        }, function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            SP.flagError(error);
        });
    });
}(window.AJS));
