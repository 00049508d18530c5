/*
 * Two PrimeFaces habits that screen readers trip over, mended wherever the elements appear (also
 * after Ajax updates):
 * - the date-picker button holds the text "ui-button" while it is named "Choose date", so its name
 *   and its text disagree (WCAG 2.5.3): the text is emptied;
 * - (ours) a field with data-limit is never cut short by the browser: it counts what is left, and
 *   says how much is too much, while the server refuses the excess with a message beside the field;
 * - the styled file chooser hides its file input from screen readers although that input is the
 *   only thing a keyboard can reach: it is shown to them again, named by the field's label and
 *   the button's text;
 * - (ours) a field's message is named by its field (aria-describedby), and after a page or an Ajax
 *   update comes back, focus goes where the work is: the first refused field, else the message;
 * - (ours) a file chosen over its field's size limit (data-size-limit on the chooser) is said at once
 *   beside the field and left unchosen, instead of being sent for the server to refuse after the
 *   whole upload (the server still refuses it, in the same words);
 * - a dialog opened by an Ajax button shows after the request, when the button (disabled while it
 *   ran) has lost focus: PrimeFaces would give focus back to the page's start on closing. It gives it
 *   back to the control pressed instead.
 */
(function () {
    function say(template, over, limit) {
        var lang = document.documentElement.lang || undefined;
        return (template || '').replace('{0}', Math.abs(over).toLocaleString(lang)).replace('{1}', limit.toLocaleString(lang));
    }

    function count(field) {
        var limit = parseInt(field.getAttribute('data-limit'), 10);
        var length = Array.from(field.value).length;
        var note = document.getElementById(field.id + '-count');
        var textarea = field.tagName === 'TEXTAREA';
        var over = length > limit;
        // A one-line field speaks up only when it is too long; a text area always counts.
        note.hidden = !textarea && !over;
        note.classList.toggle('too-long', over);
        note.textContent = over ? say(document.body.dataset.charactersOver, length - limit, limit)
                                : say(document.body.dataset.charactersLeft, limit - length, limit);
    }

    function counted(root) {
        root.querySelectorAll('input[data-limit], textarea[data-limit]').forEach(function (field) {
            if (!field.id || document.getElementById(field.id + '-count')) {
                return;
            }
            var note = document.createElement('div');
            note.id = field.id + '-count';
            note.className = 'hint limit-count';
            field.insertAdjacentElement('afterend', note);
            // Read with the field, not at every key stroke.
            field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
            field.addEventListener('input', function () { count(field); });
            count(field);
        });
    }

    function mend(root) {
        counted(root);
        root.querySelectorAll('.ui-datepicker-trigger .ui-button-text').forEach(function (text) {
            if (text.textContent !== '') {
                text.textContent = '';
            }
        });
        // Its name, in the page's language, also where PrimeFaces gave it none (at a phone's width).
        root.querySelectorAll('.ui-datepicker-trigger:not([aria-label])').forEach(function (button) {
            if (document.body.dataset.chooseDate) {
                button.setAttribute('aria-label', document.body.dataset.chooseDate);
            }
        });
        root.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden]').forEach(function (input) {
            var chooser = input.closest('.ui-fileupload-simple');
            var names = [];
            var fieldLabel = chooser && chooser.id ? document.querySelector('label[for="' + chooser.id + '"]') : null;
            if (fieldLabel && fieldLabel.id) {
                names.push(fieldLabel.id);
            }
            var buttonText = chooser ? chooser.querySelector('.ui-button-text[id]') : null;
            if (buttonText) {
                names.push(buttonText.id);
            }
            input.removeAttribute('aria-hidden');
            if (names.length) {
                input.setAttribute('aria-labelledby', names.join(' '));
            }
        });
    }
    function weighed(input) {
        var chooser = input.closest('[data-size-limit]');
        if (!chooser) {
            return;
        }
        var limit = parseInt(chooser.getAttribute('data-size-limit'), 10);
        var tooBig = Array.from(input.files || []).some(function (file) { return file.size > limit; });
        var noteId = chooser.id + '-too-big';
        var note = document.getElementById(noteId);
        if (!tooBig) {
            if (note) {
                note.remove();
            }
            return;
        }
        input.value = '';
        var shown = chooser.querySelector('.ui-fileupload-filename');
        if (shown) {
            shown.textContent = '';
        }
        if (!note) {
            note = document.createElement('div');
            note.id = noteId;
            note.className = 'ui-message ui-message-error';
            note.setAttribute('role', 'alert');
            chooser.insertAdjacentElement('afterend', note);
            input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + noteId).trim());
        }
        note.textContent = chooser.getAttribute('data-too-big');
    }
    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('input[type=file]')) {
            weighed(event.target);
        }
    });

    // What a field's message says is read with the field: the message names itself to its control
    // (aria-describedby), whichever PrimeFaces input the label points to.
    function described(root) {
        root.querySelectorAll('.field .ui-message').forEach(function (message) {
            var field = message.closest('.field');
            var label = field.querySelector('label[for]');
            var target = label ? document.getElementById(label.htmlFor) : null;
            if (!target || !message.textContent.trim()) {
                return;
            }
            if (!message.id) {
                message.id = label.htmlFor + '-message';
            }
            var controls = target.matches('input, select, textarea, button') ? [target]
                : Array.from(target.querySelectorAll('input:not([type=hidden]), select, textarea'));
            controls.forEach(function (control) {
                var ids = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
                if (ids.indexOf(message.id) < 0) {
                    ids.push(message.id);
                    control.setAttribute('aria-describedby', ids.join(' '));
                }
            });
        });
    }

    // Where the work is after a page comes back: the first field whose message says what is wrong,
    // else the page's message of what was done (read out, and Tab goes on from there).
    function focusTheWork() {
        var refused = Array.from(document.querySelectorAll('.field .ui-message-error'))
            .map(function (message) { return message.closest('.field').querySelector('label[for]'); })
            .map(function (label) { return label ? document.getElementById(label.htmlFor) : null; })
            .filter(Boolean)[0];
        if (refused) {
            var control = refused.matches('input, select, textarea, button') ? refused
                : refused.querySelector('input:not([type=hidden]), select, textarea');
            if (control) {
                control.focus();
                return true;
            }
        }
        var said = document.querySelector('.ui-messages .ui-messages-info, .ui-messages .ui-messages-warn, .ui-messages .ui-messages-error');
        if (said) {
            var region = said.closest('.ui-messages');
            region.setAttribute('tabindex', '-1');
            region.focus();
            return true;
        }
        return false;
    }

    var pressed = null;
    document.addEventListener('click', function (event) {
        pressed = event.target.closest ? event.target.closest('button, a[href], [tabindex]') : null;
    }, true);
    function returnFocusToThePressed() {
        var Dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
        if (!Dialog) {
            return;
        }
        var show = Dialog.prototype.show;
        Dialog.prototype.show = function () {
            var result = show.apply(this, arguments);
            var before = this.focusedElementBeforeDialogOpened;
            if ((!before || before === document.body) && pressed && document.contains(pressed) && !this.jq[0].contains(pressed)) {
                this.focusedElementBeforeDialogOpened = pressed;
            }
            return result;
        };
    }

    document.addEventListener('DOMContentLoaded', function () {
        returnFocusToThePressed();
        mend(document);
        described(document);
        focusTheWork();
        new MutationObserver(function () { mend(document); described(document); })
            .observe(document.body, { childList: true, subtree: true });
        // After an Ajax update (PrimeFaces' events on the document): the same, but only when the update
        // brought a message that was not there before (a list filtered as one types keeps the focus).
        if (window.jQuery) {
            var before = '';
            var messages = function () {
                return Array.from(document.querySelectorAll('.ui-messages, .field .ui-message-error'))
                    .map(function (m) { return m.textContent.trim(); }).join('|');
            };
            window.jQuery(document).on('pfAjaxSend', function () { before = messages(); });
            window.jQuery(document).on('pfAjaxComplete', function () {
                described(document);
                var now = messages();
                if (now !== before && now.replace(/\|/g, '') !== '') {
                    focusTheWork();
                }
            });
        }
    });
    // A button that prints the page (the review's dossier): a handler here, not an inline one the
    // Content-Security-Policy would refuse.
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.print-page')) {
            window.print();
        }
    });
})();
