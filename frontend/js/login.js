// Sign-in page: shows the outcome of the last attempt and sends the CSRF token from the cookie.
(function () {
  var query = window.location.search;
  ['error', 'logout', 'expired'].forEach(function (flag) {
    if (new RegExp('[?&]' + flag + '(=|&|$)').test(query)) {
      document.getElementById('msg-' + flag).classList.remove('d-none');
    }
  });

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
