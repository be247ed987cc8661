/*
 * Social Playbook: what every macro's script shares. REST calls to /rest/social-playbook/1.0 as JSON (with the
 * X-Atlassian-Token header, so form-type bodies pass the XSRF check too), errors shown as AUI flags with the
 * server's translated message, and the initial state a template put in a data-state attribute.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook = window.SocialPlaybook || {};

    function base() {
        return AJS.contextPath() + '/rest/social-playbook/1.0';
    }

    /** fetch() as the logged-in user; resolves with the parsed JSON (null for 204), rejects with an Error
     *  carrying .status and .body ({status, key, message, field}) for any non-2xx answer. */
    SP.rest = function (method, path, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(base() + path, options).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                if (text) {
                    try {
                        data = JSON.parse(text);
                    } catch (e) {
                        data = null;
                    }
                }
                if (!response.ok) {
                    var error = new Error(data && data.message ? data.message : AJS.I18n.getText('social-playbook.js.request-failed', response.status));
                    error.status = response.status;
                    error.body = data;
                    throw error;
                }
                if (method !== 'GET') {
                    SP.closeErrorFlags(); // the next change that worked: earlier errors no longer describe the page
                }
                return data;
            });
        });
    };
    SP.get = function (path) { return SP.rest('GET', path); };
    SP.post = function (path, body) { return SP.rest('POST', path, body === undefined ? {} : body); };
    SP.put = function (path, body) { return SP.rest('PUT', path, body); };
    SP.del = function (path) { return SP.rest('DELETE', path); };

    /** The JSON a template wrote into data-state="$stateJson" (HTML-escaped there, decoded by the browser). */
    SP.state = function (element) {
        var raw = element.getAttribute('data-state');
        return raw ? JSON.parse(raw) : {};
    };

    SP.escape = function (text) {
        return AJS.escapeHtml(text === null || text === undefined ? '' : String(text));
    };

    /** How long an error flag stays when nothing else closes it (AUI's auto flags close after 8 s; errors need longer). */
    SP.ERROR_FLAG_MS = 20000;

    /** An error flag that closes on the next successful change (see SP.rest), by hand, or after SP.ERROR_FLAG_MS. */
    SP.flagError = function (error) {
        var flag = AJS.flag({
            type: 'error',
            title: AJS.I18n.getText('social-playbook.error.title'),
            body: SP.escape(error && error.message ? error.message : error),
            close: 'manual'
        });
        if (flag) {
            flag.classList.add('sp-flag-error');
            window.setTimeout(function () {
                if (flag.hasAttribute('open') && flag.close) {
                    flag.close();
                }
            }, SP.ERROR_FLAG_MS);
        }
        return flag;
    };

    /** Closes the error flags still open: they describe a failure that later work has moved past. */
    SP.closeErrorFlags = function () {
        document.querySelectorAll('.aui-flag.sp-flag-error[open]').forEach(function (flag) {
            if (flag.close) {
                flag.close();
            }
        });
    };

    /**
     * WAI-ARIA dialog pattern: when a dialog closes, focus returns to the control that opened it. When a redraw has
     * replaced that control, to the same control (selector, same id or last class) in its macro, else to the macro.
     * Returns a function to call on hide; opener is the element that had focus (or was clicked) when it opened.
     */
    SP.focusReturn = function (opener, selector) {
        if (opener === document.body) {
            opener = null;
        }
        var macro = opener && opener.closest ? opener.closest('section[data-state]') : null;
        var cls = opener && opener.classList && opener.classList.length ? opener.classList[opener.classList.length - 1] : null;
        var id = opener ? opener.id : null;
        return function () {
            window.setTimeout(function () {
                var target = opener && document.contains(opener) ? opener : null;
                if (!target && id) {
                    target = document.getElementById(id);
                }
                if (!target && macro && document.contains(macro) && selector) {
                    target = macro.querySelector(selector);
                }
                if (!target && macro && document.contains(macro) && cls) {
                    target = macro.querySelector('.' + cls);
                }
                if (!target && macro && document.contains(macro)) {
                    macro.tabIndex = -1;
                    target = macro;
                }
                if (target && target.focus) {
                    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
                        target.tabIndex = -1; // a header cell that opened the dialog: focusable from script only
                    }
                    target.focus();
                }
            }, 0);
        };
    };

    SP.flagSuccess = function (message) {
        SP.closeErrorFlags();
        return AJS.flag({type: 'success', body: SP.escape(message), close: 'auto'});
    };
}(window.AJS));
