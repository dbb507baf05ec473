namespace PaperArchive.Checking;

/// <summary>The clean-up browsers apply to an attribute value before parsing it as a URL (WHATWG URL standard).</summary>
internal static class UrlText
{
    /// <summary>Drops leading and trailing C0 controls and spaces, and tabs and newlines anywhere, as browsers do;
    /// otherwise <c>"java&#9;script:"</c> would slip past the javascript: rule.</summary>
    public static string Clean(string value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && value[start] <= ' ')
        {
            start++;
        }

        while (end > start && value[end - 1] <= ' ')
        {
            end--;
        }

        var trimmed = value[start..end];
        return trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? trimmed
            : string.Concat(trimmed.Where(c => c is not ('\t' or '\n' or '\r')));
    }

    /// <summary>The scheme of an absolute URL, lower-cased (WHATWG: a letter, then letters, digits, '+', '-' or '.',
    /// then ':'); null for a relative one.</summary>
    public static string? SchemeOf(string cleaned)
    {
        var colon = cleaned.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(cleaned[0]))
        {
            return null;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(cleaned[i]) && cleaned[i] is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return cleaned[..colon].ToLowerInvariant();
    }

    public static bool IsJavaScript(string cleaned) =>
        cleaned.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
