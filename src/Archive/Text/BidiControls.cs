using System.Text;

namespace PaperArchive.Text;

/// <summary>
/// Keeps the Unicode text-direction controls of a piece of text inside it. An embedding or override (U+202A, U+202B,
/// U+202D, U+202E) runs until a PDF (U+202C), an isolate (U+2066–U+2068) until a PDI (U+2069); left open in a title,
/// one would reverse what follows it wherever the title is shown: the site name in <c>&lt;title&gt;</c>, the rest of a
/// heading or a feed reader's line. <see cref="Balance"/> closes what is open at the end and drops closers that close
/// nothing, as the Unicode Bidirectional Algorithm pairs them, so the text shows as before and no further.
/// </summary>
internal static class BidiControls
{
    private const char Pdf = '\u202C';
    private const char Pdi = '\u2069';

    /// <summary>The text with every opened control closed at its end and stray closers removed; the same instance when
    /// it has no direction control at all.</summary>
    public static string Balance(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0)
        {
            return text;
        }

        var open = new Stack<char>();
        var balanced = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (IsEmbedding(c) || IsIsolate(c))
            {
                open.Push(c);
                balanced.Append(c);
            }
            else if (c == Pdf)
            {
                // A PDF closes an embedding opened after the innermost isolate; otherwise it closes nothing.
                if (open.TryPeek(out var top) && IsEmbedding(top))
                {
                    open.Pop();
                    balanced.Append(c);
                }
            }
            else if (c == Pdi)
            {
                // A PDI closes the innermost isolate and every embedding opened inside it.
                if (open.Any(IsIsolate))
                {
                    while (!IsIsolate(open.Peek()))
                    {
                        open.Pop();
                        balanced.Append(Pdf);
                    }

                    open.Pop();
                    balanced.Append(c);
                }
            }
            else
            {
                balanced.Append(c);
            }
        }

        while (open.TryPop(out var opener))
        {
            balanced.Append(IsIsolate(opener) ? Pdi : Pdf);
        }

        return balanced.ToString();
    }

    /// <summary>True when every control in <paramref name="text"/> is closed, in order, and every closer closes one.</summary>
    public static bool IsBalanced(string text)
    {
        var open = new Stack<char>();
        foreach (var c in text)
        {
            if (IsEmbedding(c) || IsIsolate(c))
            {
                open.Push(c);
            }
            else if (c == Pdf || c == Pdi)
            {
                if (!open.TryPop(out var opener) || IsIsolate(opener) != (c == Pdi))
                {
                    return false;
                }
            }
        }

        return open.Count == 0;
    }

    private static bool IsControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsEmbedding(char c) => c is '\u202A' or '\u202B' or '\u202D' or '\u202E';

    private static bool IsIsolate(char c) => c is '\u2066' or '\u2067' or '\u2068';
}
