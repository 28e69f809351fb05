// The passkeys page: once the package's script has added a passkey, show the new list.
(function () {
  "use strict";
  document.addEventListener("otp_webauthn.register_complete", function () {
    window.location.reload();
  });
})();
