namespace PaperArchive.Listings;

/// <summary>
/// What each card field may look like. Each test returns null when the value is plausible, else a short reason a
/// curator can act on. The tests are cheap (no regular expressions): the gate runs on every card of every build.
/// </summary>
internal static class Plausibility
{
    public const int MaxTitleLength = 400;
    public const int MaxOrganizationLength = 80;
    public const int MaxOrganizationWords = 10;
    public const int MaxAuthorNameLength = 100;
    public const int MaxAuthors = 10_000;
    public const int MaxUpvotes = 10_000_000;

    /// <summary>The words of the pages' own navigation, menus and buttons: never a paper's title.</summary>
    private static readonly HashSet<string> NavigationText = new(StringComparer.OrdinalIgnoreCase)
    {
        "About", "Back to top", "Blog", "Brand assets", "Buckets", "Careers", "Changelog", "Collections", "Community",
        "Daily", "Daily Papers", "Datasets", "Discord", "Docs", "Enterprise", "Enterprise Support", "Forum", "GitHub",
        "Hub", "Hugging Face", "Hugging Face PRO", "HuggingChat", "Inference Endpoints", "Inference Providers", "Jobs",
        "Languages", "Learn", "Log In", "Login", "Models", "Monthly", "new", "Next", "Organizations", "Papers", "Posts",
        "Press", "Previous", "Pricing", "Privacy", "Privacy Policy", "Search", "Sign In", "Sign Up", "Solutions",
        "Spaces", "Status", "Storage Buckets", "Submit", "Submitted by", "Subscribe", "Tasks", "Team & Enterprise",
        "Terms of Service", "TOS", "Trending", "Trending Papers", "Upvote", "Website", "Weekly", "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!", "by AK and the research community", "byAK and the research community",
    };

    public static bool IsNavigationText(string text) => NavigationText.Contains(text.Trim().TrimEnd(':', '.', '!'));

    public static string? TitleProblem(string title)
    {
        var text = title.Trim();
        if (text.Length == 0 || !HasLetter(text))
        {
            return "the title has no words";
        }

        if (IsNavigationText(text))
        {
            return $"'{text}' is the page's navigation, not a title";
        }

        if (IsUrl(text))
        {
            return "the title is a web address";
        }

        if (LooksLikeMarkup(text))
        {
            return "the title is markup";
        }

        return text.Length > MaxTitleLength ? $"the title is longer than {MaxTitleLength} characters (an abstract?)" : null;
    }

    public static string? OrganizationProblem(string organization, string title)
    {
        var text = organization.Trim();
        if (text.Length == 0 || !HasLetter(text))
        {
            return "the organisation has no name";
        }

        if (IsUrl(text))
        {
            return "the organisation is a web address";
        }

        if (HasMarkup(text) || IsImagePlaceholder(text))
        {
            return "the organisation is markup or an image placeholder";
        }

        var words = WordCount(text);
        if (text.Length > MaxOrganizationLength || words > MaxOrganizationWords || IsSentence(text, words))
        {
            return "the organisation is a sentence, not a short name";
        }

        // Not checked against navigation: "Hugging Face" is the site's logo text and an organisation too.
        if (SameText(text, title))
        {
            return "the organisation is the title";
        }

        return null;
    }

    public static string? AbstractProblem(string abstractText, string title)
    {
        var text = abstractText.Trim();
        if (text.Length == 0 || !HasLetter(text))
        {
            return "the abstract has no words";
        }

        if (SameText(text, title))
        {
            return "the abstract is the title again";
        }

        // Abstracts often end with their code's address; only an abstract that is nothing but an address fails.
        return (IsUrl(text) && text.AsSpan().IndexOfAny(' ', '\t') < 0) || IsNavigationText(text)
            ? "the abstract is a web address or navigation"
            : null;
    }

    public static string? AuthorNamesProblem(IReadOnlyList<string> names)
    {
        if (names.Count > MaxAuthors)
        {
            return "too many author names";
        }

        foreach (var name in names)
        {
            var text = name.Trim();
            if (text.Length == 0 || text.Length > MaxAuthorNameLength || !HasLetter(text) || IsUrl(text) || HasMarkup(text) || IsImagePlaceholder(text))
            {
                return $"'{Snippet.Of(text)}' is not an author's name";
            }
        }

        return null;
    }

    /// <summary>An avatar or logo a tool wrote down as text: <c>[图片：…] Name</c>, <c>[Image: logo]</c>, <c>![](…)</c>.</summary>
    public static bool IsImagePlaceholder(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith('[') || t.StartsWith("![", StringComparison.Ordinal) || t.StartsWith("图片", StringComparison.Ordinal) ||
            t.StartsWith("Image:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Image ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
        text.StartsWith('/') || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static bool HasMarkup(string text) =>
        text.AsSpan().IndexOfAny("<>[]{}|`") >= 0 || text.StartsWith('#') || text.StartsWith("* ", StringComparison.Ordinal) ||
        text.StartsWith("![", StringComparison.Ordinal);

    /// <summary>Markdown a title may not start with or hold. Titles do use brackets, bars and angle brackets ("[CLS]
    /// Token", "A | B", "&lt;1% of the data"); HTML in a title is escaped on the way out, so it is only text here.</summary>
    private static bool LooksLikeMarkup(string text) =>
        text[0] is '#' or '|' or '`' || text.StartsWith("![", StringComparison.Ordinal) ||
        text.Contains("](", StringComparison.Ordinal) || text.Contains("][", StringComparison.Ordinal);

    /// <summary>A sentence: several words and a full stop that ends it (not "Inc." or "Co.").</summary>
    private static bool IsSentence(string text, int words) =>
        words > 3 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal) || text.EndsWith('?') || text.EndsWith('!'));

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('.'), b.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
