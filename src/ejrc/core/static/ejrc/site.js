// Tell the server the browser's time zone, so that anonymous visitors see times in their own zone.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("ejrc_tz=" + zone) === -1) {
      document.cookie = "ejrc_tz=" + zone + ";path=/;max-age=31536000;SameSite=Lax" +
        (location.protocol === "https:" ? ";Secure" : "");
    }
  } catch (e) { /* no Intl: times stay in UTC */ }
})();

// The Content-Security-Policy runs no inline handlers: behaviour is declared with data attributes.
// <select data-submit-on-change>: choosing an option submits its form.
document.addEventListener("change", function (event) {
  if (event.target.matches("[data-submit-on-change]")) { event.target.form.submit(); }
});
// <form data-omit-defaults="name=value …">: htmx requests leave out the fields that hold their
// default value ("q=": empty), so that the addresses pushed to the history stay short.
document.addEventListener("htmx:configRequest", function (event) {
  var form = event.target.closest("[data-omit-defaults]");
  if (!form) { return; }
  var parameters = event.detail.parameters, defaults = form.dataset.omitDefaults.split(" ");
  defaults.forEach(function (pair) {
    var parts = pair.split("=");
    if (parameters[parts[0]] === parts[1]) { delete parameters[parts[0]]; }
  });
});
