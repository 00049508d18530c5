/*
 * Two PrimeFaces habits that screen readers trip over, mended wherever the elements appear (also
 * after Ajax updates):
 * - the date-picker button holds the text "ui-button" while it is named "Choose date", so its name
 *   and its text disagree (WCAG 2.5.3): the text is emptied;
 * - (ours) a field with data-limit is never cut short by the browser: it counts what is left, and
 *   says how much is too much, while the server refuses the excess with a message beside the field;
 * - the styled file chooser hides its file input from screen readers although that input is the
 *   only thing a keyboard can reach: it is shown to them again, named by the field's label and
 *   the button's text.
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
    document.addEventListener('DOMContentLoaded', function () {
        mend(document);
        new MutationObserver(function () { mend(document); })
            .observe(document.body, { childList: true, subtree: true });
    });
    // A button that prints the page (the review's dossier): a handler here, not an inline one the
    // Content-Security-Policy would refuse.
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.print-page')) {
            window.print();
        }
    });
})();
