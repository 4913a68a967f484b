// Tell the server the browser's time zone, so that anonymous visitors see times in their own zone.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("ejrc_tz=" + zone) === -1) {
      document.cookie = "ejrc_tz=" + zone + ";path=/;max-age=31536000;SameSite=Lax";
    }
  } catch (e) { /* no Intl: times stay in UTC */ }
})();
