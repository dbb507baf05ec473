using PaperArchive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Configuration;

/// <summary>Reads <c>site.yml</c>. Never throws for bad YAML: it reports the line and returns what it could read.</summary>
public static class SiteConfigReader
{
    private static readonly string[] TopLevelKeys =
        ["title", "description", "base_url", "language", "author", "feeds", "listings", "themes"];

    public static SiteConfig Read(string file, string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(DiagnosticIds.ConfigYamlError, location, $"site.yml is not valid YAML: {e.Message}");
            return SiteConfig.Default;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed flow collections ("items: [50"); the last
            // event it read is the closest place we can point at.
            var mark = parser.Current?.End;
            var location = new SourceLocation(file, (int)(mark?.Line ?? 1), (int)(mark?.Column ?? 1));
            diagnostics.Error(DiagnosticIds.ConfigYamlError, location,
                "site.yml is not valid YAML: a [list] or {mapping} written on one line is not closed.");
            return SiteConfig.Default;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: "" or null })
            {
                diagnostics.Error(DiagnosticIds.ConfigYamlError, SourceLocation.Of(file), "site.yml must be a mapping of keys to values.");
            }

            return SiteConfig.Default;
        }

        var nodes = new YamlNodes(file, diagnostics);
        var config = SiteConfig.Default;
        foreach (var (key, value) in nodes.Entries(root, TopLevelKeys))
        {
            config = key switch
            {
                "title" => config with { Title = nodes.Scalar(value, key) ?? config.Title },
                "description" => config with { Description = nodes.Scalar(value, key) ?? config.Description },
                "base_url" => config with { BaseUrl = NormalizeBaseUrl(nodes.Scalar(value, key)) },
                "language" => config with { Language = nodes.Scalar(value, key) ?? config.Language },
                "author" => config with { Author = nodes.Scalar(value, key) ?? config.Author },
                "feeds" => config with { Feeds = ReadFeeds(nodes, value) },
                "listings" => config with { Listings = ReadListings(nodes, value) },
                "themes" => config with { Themes = ThemeDefinitionReader.Read(nodes, value, diagnostics) },
                _ => config,
            };
        }

        return config;
    }

    /// <summary>Base URLs are kept without a trailing slash so that paths join as <c>base + "/papers/x/"</c>.</summary>
    public static string NormalizeBaseUrl(string? url) => (url ?? string.Empty).Trim().TrimEnd('/');

    private static FeedConfig ReadFeeds(YamlNodes nodes, YamlNode value)
    {
        var feeds = FeedConfig.Default;
        if (nodes.Mapping(value, "feeds") is not { } mapping)
        {
            return feeds;
        }

        foreach (var (key, node) in nodes.Entries(mapping, "items"))
        {
            feeds = feeds with { Items = nodes.Integer(node, "feeds.items", 1, 10_000) ?? feeds.Items };
        }

        return feeds;
    }

    private static Dictionary<string, ListingConfig> ReadListings(YamlNodes nodes, YamlNode value)
    {
        var listings = new Dictionary<string, ListingConfig>(StringComparer.Ordinal);
        if (nodes.Mapping(value, "listings") is not { } mapping)
        {
            return listings;
        }

        foreach (var (file, node) in nodes.Entries(mapping))
        {
            DateOnly? captured = null;
            string? title = null;
            if (node is YamlMappingNode entry)
            {
                foreach (var (key, field) in nodes.Entries(entry, "captured", "title"))
                {
                    if (key == "captured")
                    {
                        captured = nodes.Date(field, $"listings.{file}.captured");
                    }
                    else
                    {
                        title = nodes.Scalar(field, $"listings.{file}.title");
                    }
                }
            }
            else
            {
                nodes.Mapping(node, $"listings.{file}");
            }

            listings[file] = new ListingConfig(file, captured, title, nodes.LocationOf(node));
        }

        return listings;
    }
}
