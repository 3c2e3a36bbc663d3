// Passkeys (WebAuthn) for Steward's sign-in and account pages. A module file: the CSP allows no inline script.
// A form with data-passkey="create" or data-passkey="get" asks the page for options (its handler named in
// data-options), runs the browser's passkey dialogue, and posts the result in its hidden "Credential" field.

async function options(form) {
  const response = await fetch(form.dataset.options, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('Steward could not start the passkey dialogue (' + response.status + ')');
  }
  return await response.json();
}

async function run(form) {
  const json = await options(form);
  const credential = form.dataset.passkey === 'create'
    ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) })
    : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
  form.querySelector('input[name="Credential"]').value = JSON.stringify(credential);
  form.submit();
}

for (const form of document.querySelectorAll('form[data-passkey]')) {
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
    form.hidden = true;
    continue;
  }
  form.addEventListener('submit', (event) => {
    if (form.querySelector('input[name="Credential"]').value) {
      return;
    }
    event.preventDefault();
    run(form).catch((error) => {
      const message = form.querySelector('.steward-passkey-error');
      message.hidden = false;
      message.textContent = 'The passkey did not work: ' + error.message;
    });
  });
}
