namespace PaperArchive.Classification;

/// <summary>One word of a text as its number in the archive's <see cref="WordTable"/>. <see cref="Joined"/> is true
/// when only white space or hyphens separate it from the word before (see <see cref="WordReader"/>).</summary>
/// <remarks>Packed into one int: an archive of 10,000 papers holds two million of them.</remarks>
internal readonly struct Token(int word, bool joined)
{
    private readonly int _value = (word << 1) | (joined ? 1 : 0);

    public int Word => _value >> 1;

    public bool Joined => (_value & 1) != 0;
}
