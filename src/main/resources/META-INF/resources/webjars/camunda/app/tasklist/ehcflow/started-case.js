/*
 * EHC Flow: a journey started from Tasklist's Start process (a request for assessment, an appeal, a complaint) shows
 * the case it belongs to, so an officer entering a request from the post can write its new reference on the letter.
 * Tasklist's own message says only that a process started; the start's answer names the case (its business key).
 */
const STARTED = 'ehcflow-started';
const SUBMIT_START_FORM = /\/process-definition\/[^/]+\/submit-form$/;

function announce(instance) {
  if (!instance || !instance.businessKey) {
    return;
  }
  document.querySelectorAll('.' + STARTED).forEach(old => old.remove());
  const message = document.createElement('div');
  message.className = STARTED;
  message.setAttribute('role', 'status');
  message.appendChild(document.createTextNode('Started for case '));
  const link = document.createElement('a');
  link.href = '/cases/' + encodeURIComponent(instance.businessKey);
  link.textContent = instance.businessKey;
  message.appendChild(link);
  message.appendChild(document.createTextNode('. '));
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => message.remove());
  message.appendChild(close);
  document.body.insertBefore(message, document.body.firstChild);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT_START_FORM.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        try {
          announce(JSON.parse(this.responseText));
        } catch (e) {
          // not the answer expected: Tasklist's own message still says the process started
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
