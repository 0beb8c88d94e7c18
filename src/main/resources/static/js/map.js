/*
 * citynet map: Leaflet (from its webjar) without tiles. The countries of Natural Earth (world-atlas
 * TopoJSON, turned into GeoJSON here by topojson-client; both served by this application) lie under the
 * markers and lines, on a sea-coloured background with a graticule every 10 degrees: no tile server is
 * called. The markers come from the page's data-source (/map/data) one view at a time: a view with more
 * cities than one answer holds comes back as numbered groups, which zoom in when chosen, so the page stays
 * quick at any size of the data. Every text goes into the page as text, never as HTML.
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
  var language = document.documentElement.lang || "en";
  var numbers = new Intl.NumberFormat(language);
  var status = document.getElementById("map-status");
  var map = L.map(element, { minZoom: 1, maxZoom: 12, worldCopyJump: false, attributionControl: false })
    .setView([50, 15], 3);
  map.createPane("countries").style.zIndex = 250;
  var countryRenderer = L.svg({ pane: "countries" });
  var attribution = L.control.attribution({ prefix: false }).addTo(map);
  attribution.addAttribution(textHtml(element.dataset.countriesCredit || "Natural Earth"));
  graticule(map);
  countries();

  var layer = L.layerGroup().addTo(map);
  var complete = false;
  var pending = null;
  var waiting = null;
  var first = true;
  load(null);
  map.on("moveend", function () {
    if (complete) {
      return;
    }
    window.clearTimeout(waiting);
    waiting = window.setTimeout(function () { load(view()); }, 200);
  });

  function graticule(target) {
    var style = { color: "#c3cbd3", weight: 1, interactive: false, className: "map-graticule",
      renderer: countryRenderer };
    for (var lat = -80; lat <= 80; lat += 10) {
      L.polyline([[lat, -180], [lat, 180]], style).addTo(target);
    }
    for (var lon = -180; lon <= 180; lon += 10) {
      L.polyline([[-85, lon], [85, lon]], style).addTo(target);
    }
  }

  function countries() {
    if (!element.dataset.countries || typeof topojson === "undefined") {
      return;
    }
    fetch(element.dataset.countries, { headers: { Accept: "application/json" } })
      .then(checked)
      .then(function (topology) {
        var shapes = topojson.feature(topology, topology.objects.countries);
        shapes.features.forEach(planar);
        L.geoJSON(shapes, {
          renderer: countryRenderer, interactive: false,
          style: { color: "#a89f91", weight: 0.8, fillColor: "#f3efe6", fillOpacity: 1, className: "map-country" }
        }).addTo(map);
        element.dataset.countriesReady = "true";
      })
      .catch(problem);
  }

  /**
   * Natural Earth's shapes are on the sphere; Leaflet draws longitude and latitude as they are. A ring that
   * crosses the antimeridian (Russia's Chukotka, Fiji) would be drawn across the whole world: it is made
   * continuous instead (its far part lies beyond 180 degrees). A ring that goes round a pole (Antarctica's
   * coast) is closed along the pole.
   */
  function planar(feature) {
    var geometry = feature.geometry;
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      for (var r = 0; r < polygon.length; r++) {
        polygon[r] = continuous(polygon[r]);
      }
    });
  }

  function continuous(ring) {
    var shift = 0;
    var out = [];
    for (var i = 0; i < ring.length; i++) {
      if (i > 0) {
        var step = ring[i][0] + shift - out[i - 1][0];
        shift += step > 180 ? -360 : step < -180 ? 360 : 0;
      }
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    var first = out[0];
    var last = out[out.length - 1];
    if (Math.abs(last[0] - first[0]) > 180) {
      var pole = first[1] < 0 ? -90 : 90;
      out.push([last[0], pole], [first[0], pole], first);
    }
    return out;
  }

  /** The current view as /map/data parameters; Leaflet's bounds may reach beyond the world when panned. */
  function view() {
    var bounds = map.getBounds();
    var clamp = function (value, limit) { return Math.max(-limit, Math.min(limit, value)).toFixed(5); };
    return "bbox=" + [clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 90), clamp(bounds.getEast(), 180),
      clamp(bounds.getNorth(), 90)].join(",") + "&zoom=" + map.getZoom();
  }

  function load(parameters) {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    element.dataset.ready = "false";
    var source = element.dataset.source;
    if (parameters) {
      source += (source.indexOf("?") < 0 ? "?" : "&") + parameters;
    }
    fetch(source, { headers: { Accept: "application/json" }, signal: pending.signal })
      .then(checked)
      .then(draw)
      .catch(function (error) {
        if (error.name !== "AbortError") {
          problem(error);
        }
      });
  }

  function checked(response) {
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }

  function problem(error) {
    var note = document.createElement("p");
    note.className = "problem";
    note.setAttribute("role", "alert");
    note.textContent = "Map data: " + error.message;
    element.parentNode.insertBefore(note, element);
  }

  function draw(data) {
    layer.clearLayers();
    complete = data.complete;
    var bounds = [];
    data.links.forEach(function (link) {
      if (link.fromLat === link.toLat && link.fromLon === link.toLon) {
        return;
      }
      var style = styles[link.kind] || styles.agreement;
      L.polyline([[link.fromLat, link.fromLon], [link.toLat, link.toLon]], {
        color: style.color, dashArray: style.dashArray, weight: 3, opacity: 0.85,
        className: "map-link map-link-" + link.kind
      }).bindTooltip(text(linkTitle(link)), { sticky: true }).bindPopup(function () { return linkPopup(link); })
        .addTo(layer);
    });
    data.clusters.forEach(function (cluster) {
      bounds.push([cluster.south, cluster.west], [cluster.north, cluster.east]);
      var label = format(element.dataset.cluster || "{0}", [numbers.format(cluster.count)]);
      // Room for the number: up to "99,999" and more in the largest circle.
      var size = cluster.count < 100 ? 30 : cluster.count < 1000 ? 38 : cluster.count < 10000 ? 46 : 56;
      var icon = L.divIcon({ className: "map-cluster", html: "", iconSize: [size, size] });
      var marker = L.marker([cluster.lat, cluster.lon], { icon: icon, title: label, alt: label, keyboard: true })
        .on("click", function () { zoomInto(cluster); }).addTo(layer);
      var box = marker.getElement();
      if (box) {
        box.textContent = numbers.format(cluster.count);
        box.setAttribute("role", "button");
        box.setAttribute("aria-label", label);
      }
    });
    data.cities.forEach(function (city) {
      bounds.push([city.lat, city.lon]);
      var marker = L.marker([city.lat, city.lon], { title: city.label, alt: city.label, keyboard: true })
        .bindPopup(cityPopup(city)).addTo(layer);
      var icon = marker.getElement();
      if (icon) {
        icon.dataset.city = city.id;
        if (city.lang) {
          icon.lang = city.lang;
        }
      }
    });
    if (first && bounds.length) {
      first = false;
      map.fitBounds(bounds, { padding: [24, 24] });
    }
    say(data);
    element.dataset.ready = "true";
  }

  function zoomInto(cluster) {
    var box = L.latLngBounds([cluster.south, cluster.west], [cluster.north, cluster.east]);
    var zoom = Math.max(map.getZoom() + 1, map.getBoundsZoom(box));
    map.setView(box.getCenter(), Math.min(zoom, map.getMaxZoom()));
  }

  /** What the map shows now, for everyone (the line is an aria-live region). */
  function say(data) {
    if (!status) {
      return;
    }
    var parts = [];
    if (data.complete) {
      parts.push(format(element.dataset.statusAll, [numbers.format(data.located)]));
    } else {
      parts.push(format(element.dataset.statusView, [numbers.format(data.inView), numbers.format(data.located)]));
    }
    if (data.clusters.length) {
      parts.push(element.dataset.statusGroups);
    }
    if (data.linksOmitted > 0) {
      parts.push(format(element.dataset.statusLinks, [numbers.format(data.linksOmitted)]));
    }
    status.textContent = parts.join(" ");
  }

  function format(template, values) {
    return String(template || "").replace(/\{(\d+)\}/g, function (all, i) { return values[+i]; });
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

  /** The line's two cities at once; what states the link is asked for when the popup opens. */
  function linkPopup(link) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = linkTitle(link);
    box.appendChild(title);
    var list = document.createElement("ul");
    box.appendChild(list);
    var address = element.dataset.link + (element.dataset.link.indexOf("?") < 0 ? "?" : "&")
      + "from=" + encodeURIComponent(link.from) + "&to=" + encodeURIComponent(link.to);
    fetch(address, { headers: { Accept: "application/json" } })
      .then(checked)
      .then(function (statements) {
        statements.filter(function (s) { return s.kind === link.kind; }).forEach(function (statement) {
          statement.via.forEach(function (via) {
            var item = document.createElement("li");
            item.appendChild(anchor(via.href, via.label || element.dataset[link.kind] || link.kind, via.lang));
            list.appendChild(item);
          });
        });
      })
      .catch(problem);
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

  /** Leaflet's attribution takes HTML: the text is escaped first. */
  function textHtml(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span.innerHTML;
  }
})();
