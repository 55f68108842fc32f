// Sign-in page: shows the outcome of the last attempt and sends the CSRF token from the cookie.
(function () {
  var query = window.location.search;
  ['error', 'logout', 'expired'].forEach(function (flag) {
    if (new RegExp('[?&]' + flag + '(=|&|$)').test(query)) {
      document.getElementById('msg-' + flag).classList.remove('d-none');
    }
  });

  var throttled = query.match(/[?&]throttled=(\d+)/);
  if (throttled) {
    document.getElementById('throttled-seconds').textContent = throttled[1];
    document.getElementById('msg-throttled').classList.remove('d-none');
  }

  // the demo accounts, listed only while the demo data is on (the server answers [] otherwise)
  fetch('/login/demo-accounts', { credentials: 'same-origin', cache: 'no-store' })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (accounts) {
      if (!Array.isArray(accounts) || accounts.length === 0) {
        return;
      }
      var list = document.getElementById('demo-accounts-list');
      accounts.forEach(function (account) {
        var row = document.createElement('tr');
        var id = document.createElement('td');
        var code = document.createElement('code');
        code.textContent = account.id;
        id.appendChild(code);
        var who = document.createElement('td');
        who.textContent = account.unit + ' ' + account.name;
        row.appendChild(id);
        row.appendChild(who);
        list.appendChild(row);
      });
      document.getElementById('demo-accounts').classList.remove('d-none');
    })
    .catch(function () { /* no list: the form still works */ });

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  var form = document.getElementById('login-form');
  form.addEventListener('submit', function (event) {
    var token = csrfToken();
    if (token) {
      document.getElementById('csrf').value = token;
      return;
    }
    // the cookie is gone (cleared by the user): any request to the server sets a new one
    event.preventDefault();
    fetch('/login.html', { credentials: 'same-origin', cache: 'no-store' }).then(function () {
      document.getElementById('csrf').value = csrfToken();
      form.submit();
    });
  });
})();
