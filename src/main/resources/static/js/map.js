/*
 * citynet map: Leaflet (from its webjar) without tiles. The markers and lines lie on a plain background
 * with a graticule every 10 degrees, since no tile server may be called. Data from the page's
 * data-source (/map/data); every text goes into the page as text, never as HTML.
 */
(function () {
  "use strict";
  var element = document.getElementById("map");
  if (!element || typeof L === "undefined") {
    return;
  }
  var styles = {
    twinning: { color: "#b3261e", dashArray: null },
    agreement: { color: "#0b5cad", dashArray: "10 6" },
    partnership: { color: "#0a6b4f", dashArray: "2 6" }
  };
  var map = L.map(element, { attributionControl: false, minZoom: 1, maxZoom: 12, worldCopyJump: false })
    .setView([50, 15], 3);
  graticule(map);

  fetch(element.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(draw)
    .catch(function (error) {
      var note = document.createElement("p");
      note.className = "problem";
      note.setAttribute("role", "alert");
      note.textContent = "Map data: " + error.message;
      element.parentNode.insertBefore(note, element);
    });

  function graticule(target) {
    var style = { color: "#c3cbd3", weight: 1, interactive: false, className: "map-graticule" };
    for (var lat = -80; lat <= 80; lat += 10) {
      L.polyline([[lat, -180], [lat, 180]], style).addTo(target);
    }
    for (var lon = -180; lon <= 180; lon += 10) {
      L.polyline([[-85, lon], [85, lon]], style).addTo(target);
    }
  }

  function draw(data) {
    var byId = {};
    var bounds = [];
    data.cities.forEach(function (city) {
      byId[city.id] = city;
      bounds.push([city.lat, city.lon]);
    });
    data.links.forEach(function (link) {
      var from = byId[link.from];
      var to = byId[link.to];
      if (!from || !to || (from.lat === to.lat && from.lon === to.lon)) {
        return;
      }
      var style = styles[link.kind] || styles.agreement;
      L.polyline([[from.lat, from.lon], [to.lat, to.lon]], {
        color: style.color, dashArray: style.dashArray, weight: 3, opacity: 0.85,
        className: "map-link map-link-" + link.kind
      }).bindTooltip(text(linkTitle(link)), { sticky: true }).bindPopup(linkPopup(link)).addTo(map);
    });
    data.cities.forEach(function (city) {
      var marker = L.marker([city.lat, city.lon], { title: city.label, alt: city.label, keyboard: true })
        .bindPopup(cityPopup(city)).addTo(map);
      var icon = marker.getElement();
      if (icon) {
        icon.dataset.city = city.id;
        if (city.lang) {
          icon.lang = city.lang;
        }
      }
    });
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [24, 24] });
    }
    element.dataset.ready = "true";
  }

  function linkTitle(link) {
    return link.fromLabel + " – " + link.toLabel + " (" + (element.dataset[link.kind] || link.kind) + ")";
  }

  function cityPopup(city) {
    var box = document.createElement("div");
    var name = document.createElement("strong");
    name.textContent = city.label;
    box.appendChild(name);
    box.appendChild(document.createElement("br"));
    box.appendChild(anchor(city.href, element.dataset.page || city.label, city.lang));
    return box;
  }

  function linkPopup(link) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = linkTitle(link);
    box.appendChild(title);
    if (link.via.length) {
      var list = document.createElement("ul");
      link.via.forEach(function (via) {
        var item = document.createElement("li");
        item.appendChild(anchor(via.href, via.label || element.dataset[link.kind] || link.kind, via.lang));
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  function anchor(href, label, lang) {
    var a = document.createElement("a");
    a.textContent = label;
    if (href) {
      a.href = href;
    }
    if (lang) {
      a.lang = lang;
    }
    return a;
  }

  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }
})();
