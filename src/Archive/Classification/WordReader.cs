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
    private readonly ReadOnlySpan<char> _text = text;
    private char[] _word = buffer;
    private int _position;
    private int _length;
    private bool _anyWord;
    private bool _gapIsSoft;

    /// <summary>The buffer as it is now (it grows for a word longer than it), to hand to the next reader.</summary>
    public readonly char[] Buffer => _word;

    public bool Next(out ReadOnlySpan<char> word, out bool joined)
    {
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(char.ToLowerInvariant(c));
                }
                else if (EndWord(c is ' ' or '\t' or '\r' or '\n' or '-', out word, out joined))
                {
                    return true;
                }

                continue;
            }

            // Folding gives letters (one, several as for "ß", or none for a combining mark, which belongs to the
            // word it decorates) or a single character that is no letter: a separator.
            var folded = LatinFolding.Fold(c);
            if (folded.Length == 1 && !char.IsAsciiLetterOrDigit(folded[0]))
            {
                if (EndWord(IsSoftSeparator(c), out word, out joined))
                {
                    return true;
                }

                continue;
            }

            foreach (var f in folded)
            {
                Append(f);
            }
        }

        return EndWord(false, out word, out joined);
    }

    /// <summary>Hands out the word read so far, if any, and remembers whether the gap after it is soft; a gap of
    /// several separators is soft only when all of them are.</summary>
    private bool EndWord(bool soft, out ReadOnlySpan<char> word, out bool joined)
    {
        if (_length == 0)
        {
            _gapIsSoft &= soft;
            word = default;
            joined = false;
            return false;
        }

        word = _word.AsSpan(0, _length);
        joined = _anyWord && _gapIsSoft;
        _anyWord = true;
        _gapIsSoft = soft;
        _length = 0;
        return true;
    }

    private void Append(char c)
    {
        if (_length == _word.Length)
        {
            Array.Resize(ref _word, Math.Max(16, _word.Length * 2));
        }

        _word[_length++] = c;
    }

    private static bool IsSoftSeparator(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
