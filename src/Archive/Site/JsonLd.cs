using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperArchive.Site;

/// <summary>
/// Serializes JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element. The default encoder writes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and line separators as <c>\u003C</c> and so on, so no text
/// can close the element or be read as markup; the result is still JSON with the original text.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static string Serialize(JsonObject data) => data.ToJsonString(Options);
}
