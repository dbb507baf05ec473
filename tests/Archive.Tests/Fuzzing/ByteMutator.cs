namespace PaperArchive.Tests.Fuzzing;

/// <summary>
/// One edit of a document's bytes at a random offset, for the forms whose parser reads the whole document (JSON,
/// HTML), where a line is often the whole file: cut the file there, delete a span, insert a stray character, or
/// flip a bit. Everything before <c>Offset</c> is unchanged.
/// </summary>
internal static class ByteMutator
{
    private static readonly byte[] Strays = "{}[]\",:<>/&'\\\n\u0000"u8.ToArray();

    public static (byte[] Bytes, int Offset, string Mutation) Mutate(Random random, byte[] bytes)
    {
        var at = random.Next(bytes.Length);
        switch (random.Next(4))
        {
            case 0:
                return (bytes[..at], at, $"cut the file at byte {at}");
            case 1:
                var length = random.Next(1, 200);
                return ([.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + length)..]], at, $"delete {length} bytes at {at}");
            case 2:
                var stray = Strays[random.Next(Strays.Length)];
                return ([.. bytes[..at], stray, .. bytes[at..]], at, $"insert byte {stray} at {at}");
            default:
                var flipped = bytes.ToArray();
                flipped[at] ^= (byte)(1 << random.Next(8));
                return (flipped, at, $"flip a bit of byte {at}");
        }
    }
}
