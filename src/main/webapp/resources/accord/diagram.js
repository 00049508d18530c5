/*
 * Draws a case's process diagram with bpmn-js: the element's data-source answers the BPMN and the
 * ids of the current steps, the done steps and the flows taken (see DiagramData).
 */
(function () {
    "use strict";

    function mark(viewer, ids, marker) {
        var canvas = viewer.get("canvas");
        var registry = viewer.get("elementRegistry");
        ids.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, marker);
            }
        });
    }

    function fail(container) {
        container.classList.add("diagram-failed");
        container.textContent = container.getAttribute("data-failed");
    }

    function draw(container) {
        fetch(container.getAttribute("data-source"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) {
                return response.ok ? response.json() : Promise.reject(new Error("HTTP " + response.status));
            })
            .then(function (data) {
                var viewer = new BpmnJS({container: container});
                return viewer.importXML(data.bpmn).then(function () {
                    mark(viewer, data.done, "accord-done");
                    mark(viewer, data.flows, "accord-done");
                    mark(viewer, data.current, "accord-current");
                    viewer.get("canvas").zoom("fit-viewport", "auto");
                    container.classList.add("diagram-ready");
                });
            })
            .catch(function () {
                fail(container);
            });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll(".case-diagram[data-source]").forEach(function (container) {
            if (typeof BpmnJS === "undefined") {
                fail(container);
            } else {
                draw(container);
            }
        });
    });
})();
