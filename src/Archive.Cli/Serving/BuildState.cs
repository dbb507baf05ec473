using System.Text;
using System.Text.Json;

namespace PaperArchive.Cli.Serving;

/// <summary>
/// What the preview knows about the last build. <see cref="Site"/> names the site being served and changes with
/// every successful build (a page served from an older one reloads); a failed build keeps the last good site and
/// carries its diagnostics, which the live-reload script shows over the page.
/// </summary>
public sealed record BuildState(string Site, bool Ok, string Summary, IReadOnlyList<string> Diagnostics)
{
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("site", Site);
            json.WriteBoolean("ok", Ok);
            json.WriteString("summary", Summary);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in Diagnostics)
            {
                json.WriteStringValue(diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
