/*
 * Social Playbook: small pieces several macros' scripts share, built only from DOM nodes and text (server text is
 * never inserted as HTML): elements, AUI dialog2 dialogs with an inline error area, labelled form fields, and a people
 * picker over GET /users/search (Confluence users: key, name, avatar; never e-mail) or GET /groups/search (names),
 * alone or as a list of several picked ones.
 */
(function (AJS) {
    'use strict';
    var SP = window.SocialPlaybook = window.SocialPlaybook || {};

    SP.el = function (tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    };

    SP.button = function (className, text, primary) {
        var b = SP.el('button', 'aui-button' + (primary ? ' aui-button-primary' : '') + (className ? ' ' + className : ''), text);
        b.type = 'button';
        return b;
    };

    SP.clear = function (node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    };

    /**
     * A labelled AUI field group around a control (the control gets an id when it has none; for a picker, the label
     * names its text field).
     */
    SP.field = function (labelText, control, description) {
        var group = SP.el('div', 'field-group');
        var label = SP.el('label', null, labelText);
        var target = control.classList && control.classList.contains('sp-picker')
            ? control.querySelector('.sp-picker-input') : control;
        if (!target.id) {
            target.id = 'sp-field-' + Math.random().toString(36).slice(2);
        }
        label.htmlFor = target.id;
        group.appendChild(label);
        group.appendChild(control);
        if (description) {
            group.appendChild(SP.el('div', 'description', description));
        }
        return group;
    };

    SP.input = function (className, value, maxLength, type) {
        var input = SP.el('input', 'text ' + (className || ''));
        input.type = type || 'text';
        if (value !== undefined && value !== null) {
            input.value = value;
        }
        if (maxLength) {
            input.maxLength = maxLength;
        }
        return input;
    };

    /** An option element (value, text as text, selected when asked). */
    SP.option = function (value, text, selected) {
        var option = SP.el('option', null, text);
        option.value = value;
        if (selected) {
            option.selected = true;
        }
        return option;
    };

    SP.select = function (className, options, value) {
        var select = SP.el('select', 'select ' + (className || ''));
        options.forEach(function (o) {
            select.appendChild(SP.option(o[0], o[1]));
        });
        if (value !== undefined && value !== null) {
            select.value = value;
        }
        return select;
    };

    /**
     * An AUI dialog2 with a form: {section, form, error(message), actions, submit, show(), hide()}. The submit button
     * (primary) sends the form; the dialog is removed from the page when it closes.
     */
    SP.dialog = function (titleText, className, submitText) {
        var section = SP.el('section', 'aui-dialog2 aui-dialog2-medium aui-layer sp-dialog ' + (className || ''));
        section.setAttribute('role', 'dialog');
        section.setAttribute('aria-hidden', 'true');
        var header = SP.el('header', 'aui-dialog2-header');
        header.appendChild(SP.el('h2', 'aui-dialog2-header-main', titleText));
        var close = SP.button('aui-close-button');
        close.setAttribute('aria-label', AJS.I18n.getText('social-playbook.widgets.close'));
        header.appendChild(close);
        var content = SP.el('div', 'aui-dialog2-content');
        var errorBox = SP.el('div', 'aui-message aui-message-error sp-dialog-error');
        errorBox.hidden = true;
        errorBox.setAttribute('role', 'alert');
        var form = SP.el('form', 'aui top-label');
        content.appendChild(errorBox);
        content.appendChild(form);
        var footer = SP.el('footer', 'aui-dialog2-footer');
        var actions = SP.el('div', 'aui-dialog2-footer-actions');
        var submit = SP.button('sp-dialog-submit', submitText || AJS.I18n.getText('social-playbook.widgets.save'), true);
        var cancel = SP.button('aui-button-link sp-dialog-cancel', AJS.I18n.getText('social-playbook.widgets.cancel'));
        actions.appendChild(submit);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        section.appendChild(header);
        section.appendChild(content);
        section.appendChild(footer);
        document.body.appendChild(section);
        var dialog = AJS.dialog2(section);
        var hide = function () {
            dialog.hide();
        };
        close.addEventListener('click', hide);
        cancel.addEventListener('click', hide);
        var restore = null;
        dialog.on('hide', function () {
            if (restore) {
                restore();
            }
            window.setTimeout(function () {
                if (section.parentNode) {
                    section.parentNode.removeChild(section);
                }
            }, 0);
        });
        var onSubmit = null;
        var send = function (e) {
            if (e) {
                e.preventDefault();
            }
            if (onSubmit && !submit.disabled) {
                submit.disabled = true;
                errorBox.hidden = true;
                Promise.resolve(onSubmit()).then(function () {
                    submit.disabled = false;
                }, function () {
                    submit.disabled = false;
                });
            }
        };
        form.addEventListener('submit', send);
        submit.addEventListener('click', send);
        return {
            section: section,
            form: form,
            actions: actions,
            submit: submit,
            onSubmit: function (handler) {
                onSubmit = handler;
            },
            error: function (message) {
                SP.clear(errorBox);
                errorBox.appendChild(SP.el('p', null, message));
                errorBox.hidden = false;
            },
            show: function () {
                restore = SP.focusReturn(document.activeElement);
                dialog.show();
                var first = form.querySelector('input, select, textarea');
                if (first) {
                    first.focus();
                }
            },
            hide: hide
        };
    };

    /**
     * A text field with a dropdown of matching Confluence users; calls onPick({key, username, displayName, avatarUrl}).
     * The field then shows the chosen name, or with options.clearOnPick is emptied for the next pick (adding several
     * people). options.groups searches groups instead (GET /groups/search; onPick({name, displayName})); options.id
     * gives the field an id (for a label), options.onInput(text) hears typing (a typed name is not a pick).
     */
    SP.peoplePicker = function (onPick, className, options) {
        var clearOnPick = Boolean(options && options.clearOnPick);
        var groups = Boolean(options && options.groups);
        var onInput = options && options.onInput;
        var wrap = SP.el('div', 'sp-picker ' + (groups ? 'sp-picker-groups ' : '') + (className || ''));
        var input = SP.el('input', 'text sp-picker-input');
        input.type = 'text';
        input.autocomplete = 'off';
        if (options && options.id) {
            input.id = options.id;
        }
        // literal keys only: the jsI18n transformer replaces only calls whose argument is a literal key
        input.placeholder = groups ? AJS.I18n.getText('social-playbook.widgets.picker-group-placeholder')
            : AJS.I18n.getText('social-playbook.widgets.picker-placeholder');
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        var list = SP.el('ul', 'sp-picker-results');
        list.id = 'sp-picker-' + Math.random().toString(36).slice(2);
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        input.setAttribute('aria-controls', list.id);
        wrap.appendChild(input);
        wrap.appendChild(list);
        var timer = null;
        var active = -1;
        var matches = [];
        var close = function () {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            active = -1;
        };
        var choose = function (i) {
            var user = matches[i];
            if (user) {
                close();
                input.value = clearOnPick ? '' : user.displayName;
                onPick(user);
            }
        };
        var highlight = function () {
            Array.prototype.forEach.call(list.children, function (li, i) {
                li.classList.toggle('sp-picker-active', i === active);
                li.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
        };
        var show = function (users) {
            matches = users;
            SP.clear(list);
            if (users.length === 0) {
                list.appendChild(SP.el('li', 'sp-picker-none', groups ? AJS.I18n.getText('social-playbook.widgets.picker-group-none')
                    : AJS.I18n.getText('social-playbook.widgets.picker-none')));
            }
            users.forEach(function (u, i) {
                var li = SP.el('li', 'sp-picker-option');
                li.setAttribute('role', 'option');
                if (u.avatarUrl) {
                    var img = SP.el('img');
                    img.src = u.avatarUrl;
                    img.alt = '';
                    img.width = 24;
                    img.height = 24;
                    li.appendChild(img);
                }
                li.appendChild(SP.el('span', 'sp-picker-name', u.displayName));
                li.appendChild(SP.el('span', 'sp-picker-username', groups
                    ? AJS.I18n.getText('social-playbook.widgets.picker-group') : (u.username || '')));
                li.addEventListener('mousedown', function (e) {
                    e.preventDefault();
                    choose(i);
                });
                list.appendChild(li);
            });
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            active = users.length ? 0 : -1;
            highlight();
        };
        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            var q = input.value.trim();
            if (onInput) {
                onInput(q);
            }
            if (q.length < 2) {
                close();
                return;
            }
            timer = window.setTimeout(function () {
                SP.get((groups ? '/groups/search?q=' : '/users/search?q=') + encodeURIComponent(q)).then(function (found) {
                    if (input.value.trim() === q) {
                        show(groups ? found.map(function (g) {
                            return {name: g.name, displayName: g.name};
                        }) : found);
                    }
                }, SP.flagError);
            }, 200);
        });
        input.addEventListener('keydown', function (e) {
            if (list.hidden) {
                return;
            }
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                active = Math.max(0, Math.min(matches.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
                highlight();
            } else if (e.key === 'Enter') {
                e.preventDefault();
                choose(active);
            } else if (e.key === 'Escape') {
                e.stopPropagation();
                close();
            }
        });
        input.addEventListener('blur', function () {
            window.setTimeout(close, 150);
        });
        return wrap;
    };

    /**
     * Several people (or, with options.groups, several groups) picked one by one: the picked ones as a list, each with
     * a remove button, and a picker under it that adds the next. options.items are the ones already picked
     * ([{value, label}]: username or group name, and what to show), options.id the picker field's id (for a label).
     * Returns {element, values()}: values() are the picked usernames or group names, in the order picked.
     */
    SP.pickedList = function (className, options) {
        var groups = Boolean(options && options.groups);
        var wrap = SP.el('div', 'sp-picked ' + (className || ''));
        var list = SP.el('ul', 'sp-picked-list');
        var none = SP.el('p', 'sp-picked-none', AJS.I18n.getText('social-playbook.widgets.picked-none'));
        var picked = [];
        var redraw = function () {
            SP.clear(list);
            picked.forEach(function (item, i) {
                var li = SP.el('li', 'sp-picked-item');
                li.setAttribute('data-value', item.value);
                li.appendChild(SP.el('span', 'sp-picked-label', item.label));
                var remove = SP.button('aui-button-subtle sp-picked-remove', '×');
                remove.setAttribute('aria-label', AJS.I18n.getText('social-playbook.widgets.picked-remove', item.label));
                remove.addEventListener('click', function () {
                    picked.splice(i, 1);
                    redraw();
                    input.focus();
                });
                li.appendChild(remove);
                list.appendChild(li);
            });
            list.hidden = picked.length === 0;
            none.hidden = picked.length > 0;
        };
        var add = function (value, label) {
            if (value && !picked.some(function (p) { return p.value === value; })) {
                picked.push({value: value, label: label || value});
                redraw();
            }
        };
        ((options && options.items) || []).forEach(function (item) {
            add(item.value, item.label);
        });
        var picker = SP.peoplePicker(function (match) {
            add(groups ? match.name : match.username, match.displayName);
        }, 'sp-picked-picker', {clearOnPick: true, groups: groups, id: options && options.id});
        var input = picker.querySelector('.sp-picker-input');
        wrap.appendChild(list);
        wrap.appendChild(none);
        wrap.appendChild(picker);
        redraw();
        return {
            element: wrap,
            values: function () {
                return picked.map(function (p) { return p.value; });
            }
        };
    };

    /**
     * An editor's changes to a macro that is redrawn from its fragment: send(method, path, body, dialog) runs each REST
     * call after the previous one finished, with macro.state.version as it is then (DELETE as ?version=, else in the
     * body). On success it keeps the new version, hides the dialog and returns macro.redraw(); a stale change (409)
     * hides the dialog and flags SP.flagConflict, another error shows in the dialog (else as a flag); it rejects with it.
     * The macro gives base() (its REST path), state and redraw().
     */
    SP.changeSender = function (macro) {
        var queue = Promise.resolve();
        return function (method, path, body, dialog) {
            var run = queue.then(function () {
                var version = macro.state.version;
                var url = macro.base() + path;
                var payload;
                if (method === 'DELETE') {
                    url += (url.indexOf('?') < 0 ? '?' : '&') + 'version=' + version;
                } else {
                    payload = Object.assign({}, body, {version: version});
                }
                return SP.rest(method, url, payload).then(function (state) {
                    macro.state.version = state.version;
                    if (dialog) {
                        dialog.hide();
                    }
                    return macro.redraw();
                }, function (error) {
                    if (error && error.status === 409) {
                        if (dialog) {
                            dialog.hide();
                        }
                        SP.flagConflict(error);
                    } else if (dialog) {
                        dialog.error(error.message);
                    } else {
                        SP.flagError(error);
                    }
                    throw error;
                });
            });
            queue = run.catch(function () { /* shown where it happened */ });
            return run;
        };
    };

    /**
     * Redraws a macro from its own server-rendered fragment (the same auto-escaped Velocity output the page render
     * produced): parsed inert with DOMParser, then its children and data attributes moved into the live root, so the
     * root keeps its listeners. Nothing from the JSON state is ever turned into HTML.
     */
    SP.replaceFragment = function (root, html, selector) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.querySelector(selector);
        if (!fresh) {
            return false;
        }
        Array.prototype.forEach.call(fresh.attributes, function (a) {
            if (a.name.indexOf('data-') === 0) {
                root.setAttribute(a.name, a.value);
            }
        });
        SP.clear(root);
        while (fresh.firstChild) {
            root.appendChild(document.adoptNode(fresh.firstChild));
        }
        return true;
    };

    /** A stale change (409): a warning flag with the server's "X changed this meanwhile" and a reload link. */
    SP.flagConflict = function (error) {
        var flag = AJS.flag({
            type: 'warning',
            title: AJS.I18n.getText('social-playbook.widgets.conflict-title'),
            body: SP.escape(error.message) + '<ul class="aui-nav-actions-list"><li><a href="#" class="sp-reload">'
                + SP.escape(AJS.I18n.getText('social-playbook.widgets.reload')) + '</a></li></ul>',
            close: 'manual'
        });
        var link = flag && flag.querySelector ? flag.querySelector('.sp-reload') : null;
        if (link) {
            link.addEventListener('click', function (e) {
                e.preventDefault();
                window.location.reload();
            });
        }
        return flag;
    };
}(window.AJS));
