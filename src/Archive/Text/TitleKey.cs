namespace PaperArchive.Text;

/// <summary>
/// The form of a title used to recognise the same paper in different listings: folded to ASCII, lower case,
/// every run of punctuation and white space made one space ("GUESS:GradUally" equals "GUESS: Gradually").
/// </summary>
public static class TitleKey
{
    public static string Of(string title) => string.Join(' ', TextFolding.Words(title));
}
