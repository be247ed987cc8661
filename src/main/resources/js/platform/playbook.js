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

    SP.flagError = function (error) {
        return AJS.flag({
            type: 'error',
            title: AJS.I18n.getText('social-playbook.error.title'),
            body: SP.escape(error && error.message ? error.message : error),
            close: 'manual'
        });
    };

    SP.flagSuccess = function (message) {
        return AJS.flag({type: 'success', body: SP.escape(message), close: 'auto'});
    };
}(window.AJS));
