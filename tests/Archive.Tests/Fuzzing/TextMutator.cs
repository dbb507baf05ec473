using System.Text;

namespace PaperArchive.Tests.Fuzzing;

/// <summary>The mutations every fuzz test applies to text: line edits, line endings, flipped bits, a cut end of file.</summary>
internal static class TextMutator
{
    public static byte[] Mutate(Random random, List<string> lines, List<string> mutations)
    {
        for (var n = random.Next(1, 4); n > 0 && lines.Count > 0; n--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(at);
                    mutations.Add($"drop line {at + 1}");
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    mutations.Add($"repeat line {at + 1}");
                    break;
                case 2:
                    lines[at] = lines[at][..random.Next(lines[at].Length + 1)];
                    mutations.Add($"truncate line {at + 1}");
                    break;
                case 3:
                    lines.Insert(at, string.Empty);
                    mutations.Add($"blank line before {at + 1}");
                    break;
                default:
                    break;
            }
        }

        var newline = random.Next(6) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
        if (newline != "\n")
        {
            mutations.Add(newline == "\r" ? "CR line endings" : "CRLF line endings");
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join(newline, lines) + (random.Next(3) == 0 ? string.Empty : newline));
        for (var flips = random.Next(3) == 0 ? random.Next(1, 4) : 0; flips > 0 && bytes.Length > 0; flips--)
        {
            var at = random.Next(bytes.Length);
            bytes[at] ^= (byte)(1 << random.Next(8));
            mutations.Add($"flip a bit of byte {at}");
        }

        if (bytes.Length > 0 && random.Next(8) == 0)
        {
            var length = random.Next(bytes.Length);
            bytes = bytes[..length];
            mutations.Add($"cut the file at byte {length}");
        }

        return bytes;
    }
}
