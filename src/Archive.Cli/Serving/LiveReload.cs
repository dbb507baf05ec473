using System.Net;

namespace PaperArchive.Cli.Serving;

/// <summary>
/// The preview's live reload: a script, added to HTML responses at serve time only (never to the built files),
/// that listens to <see cref="EventsPath"/>, reloads the page when a newer site is built and shows a failed
/// build's diagnostics over the page. It is an external same-origin script, so the site's Content-Security-Policy
/// allows it; its overlay is styled through the DOM, which that policy does not forbid.
/// </summary>
public static class LiveReload
{
    public const string Prefix = "/__archive/";
    public const string ScriptPath = Prefix + "live-reload.js";
    public const string EventsPath = Prefix + "events";
    public const string StatusPath = Prefix + "status";

    public static string Tag(string site) => $"<script src=\"{ScriptPath}?v={Uri.EscapeDataString(site)}\" defer></script>";

    /// <summary>The page with the script tag before its last <c>&lt;/body&gt;</c>, or at its end when it has none.</summary>
    public static string Inject(string html, string site)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag(site) : html.Insert(at, Tag(site));
    }

    /// <summary>The page served while no good site exists yet: the diagnostics of the failed build, escaped.</summary>
    public static string ErrorPage(BuildState state)
    {
        var items = string.Concat(state.Diagnostics.Select(d => $"<li>{WebUtility.HtmlEncode(d)}</li>\n"));
        return "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Build failed</title></head>\n<body>\n" +
            $"<h1>Build failed</h1>\n<p>{WebUtility.HtmlEncode(state.Summary)}</p>\n<ul>\n{items}</ul>\n" +
            "<p>Fix the input and save: this page reloads by itself.</p>\n" + Tag(state.Site) + "\n</body>\n</html>\n";
    }

    public const string Script = """
        // Paper Archive preview: reloads the page after each rebuild and shows a failed build's diagnostics.
        (function () {
          'use strict';
          var script = document.currentScript;
          var served = script ? new URL(script.src).searchParams.get('v') : null;
          var overlay = null;

          function hide() {
            if (overlay) {
              overlay.remove();
              overlay = null;
            }
          }

          function show(state) {
            hide();
            overlay = document.createElement('div');
            overlay.id = 'archive-build-error';
            overlay.setAttribute('role', 'alert');
            var style = overlay.style;
            style.position = 'fixed';
            style.inset = '0';
            style.zIndex = '2147483647';
            style.overflow = 'auto';
            style.padding = '2rem';
            style.background = 'rgba(24, 24, 24, 0.95)';
            style.color = '#fff';
            style.font = '14px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace';
            var title = document.createElement('h2');
            title.textContent = 'The last rebuild failed; you are looking at the last good site.';
            var summary = document.createElement('p');
            summary.textContent = state.summary;
            var list = document.createElement('pre');
            list.textContent = state.diagnostics.join('\n');
            list.style.whiteSpace = 'pre-wrap';
            list.style.overflowWrap = 'anywhere';
            var hint = document.createElement('p');
            hint.textContent = 'Fix the input and save: the page reloads by itself.';
            overlay.append(title, summary, list, hint);
            document.body.appendChild(overlay);
          }

          var events = new EventSource('/__archive/events');
          events.addEventListener('build', function (message) {
            var state = JSON.parse(message.data);
            if (!state.ok) {
              show(state);
            } else if (served !== null && state.site !== served) {
              location.reload();
            } else {
              hide();
            }
          });
        })();

        """;
}
