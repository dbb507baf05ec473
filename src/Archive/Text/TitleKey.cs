using System.Text;

namespace PaperArchive.Text;

/// <summary>
/// The form of a title used to recognise the same paper in different listings: folded to ASCII, lower case,
/// every run of punctuation and white space made one space ("GUESS:GradUally" equals "GUESS: Gradually").
/// '+' and '#' are kept, because "C++" and "C#" name different things.
/// </summary>
public static class TitleKey
{
    public static string Of(string title)
    {
        var folded = TextFolding.FoldToAscii(title);
        var key = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '#')
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }
}
