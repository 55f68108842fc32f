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
  form.addEventListener('submit', function () {
    document.getElementById('csrf').value = csrfToken();
  });
})();
