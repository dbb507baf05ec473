using System.Globalization;
using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>
/// Splits text into words the way theme rules and related papers see it: diacritics folded ("Mélange" is
/// "melange"), lower case, runs of ASCII letters and digits. "URL" is one word, so a rule "RL" cannot match it.
/// A word is <c>joined</c> when only white space or hyphens separate it from the word before, so that a phrase
/// never spans a full stop, comma or bracket.
/// </summary>
/// <remarks>
/// Each word is handed out as a span over one reused buffer, valid until the next call: a 10,000-paper archive has
/// two million words but only tens of thousands of distinct ones, and a string per word kept the collector busy.
/// </remarks>
internal ref struct WordReader(ReadOnlySpan<char> text, char[] buffer)
{
    // Per ASCII character: its lower case when it belongs to a word, else '\0'.
    private static readonly char[] WordChar = Enumerable.Range(0, 128)
        .Select(c => char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0').ToArray();

    private readonly ReadOnlySpan<char> _text = text;
    private char[] _word = buffer;
    private int _position;
    private bool _anyWord;
    private bool _gapIsSoft;

    /// <summary>The buffer as it is now (it grows for a word longer than it), to hand to the next reader.</summary>
    public readonly char[] Buffer => _word;

    public bool Next(out ReadOnlySpan<char> word, out bool joined)
    {
        // Locals rather than fields in the loop: this runs once per character of every paper.
        var text = _text;
        var letters = _word;
        var length = 0;
        var position = _position;
        while (position < text.Length)
        {
            var c = text[position++];
            bool soft;
            if (c < 128)
            {
                var lower = WordChar[c];
                if (lower != '\0')
                {
                    if (length == letters.Length)
                    {
                        Array.Resize(ref letters, letters.Length * 2);
                    }

                    letters[length++] = lower;
                    continue;
                }

                soft = c is ' ' or '\t' or '\r' or '\n' or '-';
            }
            else
            {
                // Folding gives letters (one, several as for "ß", or none for a combining mark, which belongs to
                // the word it decorates) or a single character that is no letter: a separator.
                var folded = LatinFolding.Fold(c);
                if (folded.Length != 1 || char.IsAsciiLetterOrDigit(folded[0]))
                {
                    if (length + folded.Length > letters.Length)
                    {
                        Array.Resize(ref letters, letters.Length * 2 + folded.Length);
                    }

                    folded.CopyTo(letters.AsSpan(length));
                    length += folded.Length;
                    continue;
                }

                soft = IsSoftSeparator(c);
            }

            if (length > 0)
            {
                return Hand(letters, length, position, soft, out word, out joined);
            }

            // A gap of several separators is soft only when all of them are.
            _gapIsSoft &= soft;
        }

        _position = position;
        if (length > 0)
        {
            return Hand(letters, length, position, false, out word, out joined);
        }

        word = default;
        joined = false;
        return false;
    }

    /// <summary>Hands out the word read, and remembers whether the gap after it is soft.</summary>
    private bool Hand(char[] letters, int length, int position, bool softGapAfter, out ReadOnlySpan<char> word, out bool joined)
    {
        _word = letters;
        _position = position;
        word = letters.AsSpan(0, length);
        joined = _anyWord && _gapIsSoft;
        _anyWord = true;
        _gapIsSoft = softGapAfter;
        return true;
    }

    private static bool IsSoftSeparator(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
